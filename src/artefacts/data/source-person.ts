/**
 * First- and second-person pronouns of English, and how a source text shows the same
 * persons. A translation that says "we" where its source names no speaker has invented
 * one: Chinese drops subjects, and MT fills the gap with a person the source never had.
 */

/** English pronouns of the first and second person, lower case, with their person. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'first' | 'second'> = new Map([
  ['i', 'first'], // written "I"; a lone lower-case "i" is no pronoun
  ['me', 'first'],
  ['my', 'first'],
  ['mine', 'first'],
  ['we', 'first'],
  ['us', 'first'], // only in lower case: "US" is the United States
  ['our', 'first'],
  ['ours', 'first'],
  ['you', 'second'],
  ['your', 'second'],
  ['yours', 'second'],
]);

/**
 * Writing systems whose texts name the speaker or addressee with a pronoun whenever they
 * mean one, and the characters that do it. Each entry: the script's test, and its person
 * markers. Languages that mark person on the verb (Italian "abbiamo") are not listed: their
 * sources do not show a dropped pronoun.
 */
export const SOURCE_PERSON_MARKERS: readonly {
  /** Which source texts the entry applies to. */
  readonly script: RegExp;
  /** Any of these in the source means a first or second person is there. */
  readonly markers: RegExp;
  /**
   * Obligation words of subjectless sentences ("要加强", "必须坚持": one must
   * strengthen …), which English renders as "we must", "we should", "we need to".
   */
  readonly obligation: RegExp;
  readonly note: string;
}[] = [
  {
    script: /\p{Script=Han}/u,
    // 我 I/we (我们, 我国 "our country"), 咱 we (colloquial), 俺 I (dialect), 本人 I (formal),
    // 你 you (你们), 您 you (polite), 吾 I (literary), 大家 everybody (rendered "we"/"you").
    markers: /[我咱俺你您吾]|本人|大家/u,
    // 要 must/will, 必须 must, 应 should (应当, 应该), 需 need (需要).
    obligation: /[要必应需]/u,
    note: 'Chinese writes 我/你 whenever a speaker or addressee is meant, and drops the subject otherwise',
  },
];

/**
 * Modals after which an invented "we" renders a subjectless obligation ("we must
 * strengthen"): the usual English for it, not a person the translation made up. Lower case.
 */
export const OBLIGATION_MODALS: ReadonlySet<string> = new Set(['must', 'should', 'need', 'needs', 'will', 'shall', 'have', 'ought']);
