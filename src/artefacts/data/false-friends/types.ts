/** Languages whose lexicons ship with corroborate. */
export type SourceLanguage = 'it' | 'fr' | 'es' | 'de' | 'pt';

export type FalseFriendKind =
  | 'false-friend' // an English word that looks like a source word but means something else (actually ← attualmente)
  | 'calque' // a phrase translated word for word (do the possible ← fare il possibile)
  | 'exonym'; // an old or source-language form of a name (Moldavia ← Moldavia, for Moldova)

export interface FalseFriendEntry {
  /** The English surface as it appears in bad translations, lowercase; may be several words. Inflected forms go in `forms`. */
  readonly english: string;
  /** Other inflections of `english` to match too (e.g. "actual" → none; "eventually"; "make a question" → "made a question", "makes a question"). Lowercase. */
  readonly forms?: readonly string[];
  /** The source-language word or phrase it came from. */
  readonly source: string;
  /** What was meant in English: one or more suggestions, best first. */
  readonly meant: readonly string[];
  readonly kind: FalseFriendKind;
  /**
   * true when the English surface is also ordinary, correct English in other contexts
   * (e.g. "actually", "eventually", "sensible", "argument"). Such entries must only fire
   * when the caller says the text was translated from this language, and even then
   * only as a hint. false for phrases that are wrong in any native English text
   * ("do the possible", "make a question").
   */
  readonly ambiguous: boolean;
  /** Optional: words that must appear near the match, in the same sentence, for the entry to fire (lowercase), to cut false alarms on ordinary English. */
  readonly contextAny?: readonly string[];
  /**
   * How many words either side of the match a `contextAny` word may stand. Defaults to
   * the rule's window (4): the translation sense shows in a collocation, not anywhere in
   * a long sentence.
   */
  readonly contextWindow?: number;
  /** Why this is an artefact, in one short clause. */
  readonly note: string;
}
