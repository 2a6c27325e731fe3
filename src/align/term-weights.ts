/**
 * TF-IDF-style weights for the words of two reports: a word's corpus-independent prior
 * (rare in general English → heavy) times how rare it is among the sentences of the two
 * reports at hand (a name that appears in every sentence of both says little about which
 * sentences correspond). Keys are vocabulary ids.
 */
export class TermWeights {
  private readonly documentFrequency: number[] = [];
  private sentences = 0;
  private readonly lastSeen: number[] = [];
  private readonly rarityByFrequency: number[] = [];
  private rarityCacheSentences = -1;

  /** Counts the key ids of one sentence (each id once). */
  add(ids: readonly number[]): void {
    this.sentences++;
    for (const id of ids) {
      if (this.lastSeen[id] === this.sentences) continue;
      this.lastSeen[id] = this.sentences;
      this.documentFrequency[id] = (this.documentFrequency[id] ?? 0) + 1;
    }
  }

  /** Sentences, across both reports, that contain the key. */
  frequency(id: number): number {
    return this.documentFrequency[id] ?? 0;
  }

  /** Inverse sentence frequency scaled to [0.1, 1]; 1 for a key seen once. */
  rarity(id: number): number {
    const n = this.sentences;
    if (n <= 2) return 1;
    const df = Math.max(1, this.frequency(id));
    // Few distinct frequencies occur, so the logarithms are memoised by frequency.
    if (this.rarityCacheSentences !== n) {
      this.rarityByFrequency.length = 0;
      this.rarityCacheSentences = n;
    }
    let value = this.rarityByFrequency[df];
    if (value === undefined) {
      value = Math.max(0.1, Math.min(1, Math.log((n + 1) / df) / Math.log(n + 1)));
      this.rarityByFrequency[df] = value;
    }
    return value;
  }

  /** The weight of a word: prior × (0.4 + 0.6 × rarity). */
  weight(id: number, prior: number): number {
    return prior * (0.4 + 0.6 * this.rarity(id));
  }
}
