/**
 * A small reader for the subset of Hunspell that English dictionaries use: single-level
 * prefix and suffix rules with character-class conditions, and cross products.
 *
 * Words are checked by stripping affixes back to a stem, as Hunspell does, rather than by
 * expanding every form up front: a stem table is several times smaller than all ~120,000
 * forms (and faster than building nspell), and only the suggester ever needs forms, a first
 * letter at a time. The stems come from a {@link StemLookup}: the generated compact table at
 * run time (english-stems.ts), a map read from the `.dic` file when generating it.
 */

/** One position of an affix condition: a set of characters, negated or not (`.` is any). */
interface ConditionChar {
  readonly chars: string;
  readonly negated: boolean;
  readonly any: boolean;
}

export interface AffixRule {
  readonly flag: string;
  readonly kind: 'PFX' | 'SFX';
  readonly crossProduct: boolean;
  readonly strip: string;
  readonly add: string;
  readonly condition: readonly ConditionChar[];
}

function parseCondition(condition: string): ConditionChar[] {
  const result: ConditionChar[] = [];
  for (let i = 0; i < condition.length; i++) {
    const char = condition.charAt(i);
    if (char === '.') {
      result.push({ chars: '', negated: false, any: true });
    } else if (char === '[') {
      const close = condition.indexOf(']', i + 1);
      const end = close < 0 ? condition.length : close;
      let body = condition.slice(i + 1, end);
      const negated = body.startsWith('^');
      if (negated) body = body.slice(1);
      result.push({ chars: body, negated, any: false });
      i = end;
    } else {
      result.push({ chars: char, negated: false, any: false });
    }
  }
  return result;
}

/** Whether `word` meets a suffix condition (checked against its end) or a prefix one (its start). */
function meetsCondition(word: string, rule: AffixRule): boolean {
  const condition = rule.condition;
  if (condition.length === 1 && condition[0]!.any) return true;
  if (word.length < condition.length) return false;
  const offset = rule.kind === 'SFX' ? word.length - condition.length : 0;
  for (let k = 0; k < condition.length; k++) {
    const position = condition[k]!;
    if (position.any) continue;
    if (position.chars.includes(word.charAt(offset + k)) === position.negated) return false;
  }
  return true;
}

function parseAffixes(aff: string): AffixRule[] {
  const rules: AffixRule[] = [];
  const headers = new Map<string, boolean>();
  for (const line of aff.split('\n')) {
    const fields = line.trim().split(/\s+/u);
    const kind = fields[0];
    if ((kind !== 'PFX' && kind !== 'SFX') || fields.length < 4) continue;
    const flag = fields[1]!;
    const crossProduct = headers.get(`${kind}${flag}`);
    if (crossProduct === undefined) {
      // Header line: `SFX D Y 4`.
      headers.set(`${kind}${flag}`, fields[2] === 'Y');
      continue;
    }
    const strip = fields[2] === '0' ? '' : fields[2]!;
    const add = (fields[3] ?? '').split('/')[0]!;
    rules.push({ flag, kind, crossProduct, strip, add: add === '0' ? '' : add, condition: parseCondition(fields[4] ?? '.') });
  }
  return rules;
}

function applyRule(word: string, rule: AffixRule): string | undefined {
  if (!meetsCondition(word, rule)) return undefined;
  if (rule.kind === 'SFX') {
    if (rule.strip && !word.endsWith(rule.strip)) return undefined;
    return word.slice(0, word.length - rule.strip.length) + rule.add;
  }
  if (rule.strip && !word.startsWith(rule.strip)) return undefined;
  return rule.add + word.slice(rule.strip.length);
}

/** Lower-cased stems with their affix flags, however they are stored. */
export interface StemLookup {
  /** The flags of a stem ("" when it has none), or undefined when it is not listed. */
  get(stem: string): string | undefined;
  /** Whether a stem is listed only with a capital ("Che", "Dante"): a name, not a common word. */
  isProper(stem: string): boolean;
  /** The stems whose flags include at least one of `flags`. */
  withAnyFlag(flags: readonly string[]): string[];
  /** The stems that start with `start`. */
  startingWith(start: string): string[];
}

/** Stems read from a `.dic` file into a map: for the generator of the compact table, and tests. */
export class ParsedStems implements StemLookup {
  /** Lower-cased stem → its flags (merged when a stem is listed twice, e.g. in two cases). */
  readonly stems = new Map<string, string>();
  /** Stems listed only with a capital. */
  readonly properStems = new Set<string>();

  constructor(dic: string) {
    // One pass with indexOf: splitting into ~50,000 line strings first doubles the cost.
    let lineStart = dic.indexOf('\n') + 1; // the first line holds the entry count
    while (lineStart > 0 && lineStart < dic.length) {
      let lineEnd = dic.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = dic.length;
      const slash = dic.indexOf('/', lineStart);
      const stemEnd = slash >= 0 && slash < lineEnd ? slash : lineEnd;
      const written = dic.slice(lineStart, stemEnd).trimEnd();
      const stem = written.toLowerCase();
      if (stem) {
        const flags = stemEnd < lineEnd ? dic.slice(stemEnd + 1, lineEnd).trimEnd() : '';
        const existing = this.stems.get(stem);
        this.stems.set(stem, existing === undefined ? flags : existing + flags);
        const capitalised = written !== stem;
        if (capitalised && existing === undefined) this.properStems.add(stem);
        else if (!capitalised) this.properStems.delete(stem);
      }
      lineStart = lineEnd + 1;
    }
  }

  get(stem: string): string | undefined {
    return this.stems.get(stem);
  }

  isProper(stem: string): boolean {
    return this.properStems.has(stem);
  }

  withAnyFlag(flags: readonly string[]): string[] {
    const result: string[] = [];
    for (const [stem, stemFlags] of this.stems) if (flags.some((flag) => stemFlags.includes(flag))) result.push(stem);
    return result;
  }

  startingWith(start: string): string[] {
    return [...this.stems.keys()].filter((stem) => stem.startsWith(start));
  }
}

/**
 * An English Hunspell dictionary: stems with their affix flags. Flags are single
 * characters (the English dictionary's `FLAG` default); compound rules (ordinals like
 * `21st`) are left out because numbers are never spell-checked.
 */
export class HunspellDictionary {
  readonly stems: StemLookup;
  readonly prefixes: readonly AffixRule[];
  readonly suffixes: readonly AffixRule[];

  constructor(aff: string, stems: StemLookup) {
    const rules = parseAffixes(aff);
    this.prefixes = rules.filter((rule) => rule.kind === 'PFX');
    this.suffixes = rules.filter((rule) => rule.kind === 'SFX');
    this.stems = stems;
  }

  /** Whether a lower-cased word is a common word: listed, but not only as a name. */
  hasCommon(word: string): boolean {
    return this.has(word) && !this.stems.isProper(word);
  }

  /** Whether a lower-cased word is a stem or an affixed form of one. */
  has(word: string): boolean {
    if (this.stems.get(word) !== undefined) return true;
    for (const suffix of this.suffixes) {
      const base = this.unapply(word, suffix);
      if (base === undefined) continue;
      if (this.stems.get(base)?.includes(suffix.flag)) return true;
      if (!suffix.crossProduct) continue;
      for (const prefix of this.prefixes) {
        if (!prefix.crossProduct) continue;
        const root = this.unapply(base, prefix);
        if (root === undefined) continue;
        const flags = this.stems.get(root);
        if (flags?.includes(prefix.flag) && flags.includes(suffix.flag)) return true;
      }
    }
    for (const prefix of this.prefixes) {
      const base = this.unapply(word, prefix);
      if (base !== undefined && this.stems.get(base)?.includes(prefix.flag)) return true;
    }
    return false;
  }

  /** The stem that `rule` would turn into `word`, if the rule can have produced it. */
  private unapply(word: string, rule: AffixRule): string | undefined {
    if (word.length <= rule.add.length) return undefined;
    let base: string;
    if (rule.kind === 'SFX') {
      if (!word.endsWith(rule.add)) return undefined;
      base = word.slice(0, word.length - rule.add.length) + rule.strip;
    } else {
      if (!word.startsWith(rule.add)) return undefined;
      base = rule.strip + word.slice(rule.add.length);
    }
    return meetsCondition(base, rule) ? base : undefined;
  }

  /** Every form of one stem: the stem, its affixed forms and cross products (or suffixed forms only). */
  forms(stem: string, withPrefixes = true): string[] {
    const flags = this.stems.get(stem);
    const result = [stem];
    if (!flags) return result;
    const suffixed: string[] = [];
    for (const suffix of this.suffixes) {
      if (!flags.includes(suffix.flag)) continue;
      const form = applyRule(stem, suffix);
      if (form === undefined) continue;
      result.push(form);
      if (suffix.crossProduct) suffixed.push(form);
    }
    if (!withPrefixes) return result;
    for (const prefix of this.prefixes) {
      if (!flags.includes(prefix.flag)) continue;
      const form = applyRule(stem, prefix);
      if (form === undefined) continue;
      result.push(form);
      if (!prefix.crossProduct) continue;
      for (const suffixedForm of suffixed) {
        const both = applyRule(suffixedForm, prefix);
        if (both !== undefined) result.push(both);
      }
    }
    return result;
  }
}
