/**
 * Spellings that mark a text as American: where British English writes the word another
 * way. A text that has one of these and also a British form of another word mixes the two
 * varieties, which a single writer rarely does and machine translation often does.
 * Each entry: a pattern over a lower-case word, and examples.
 */
export const AMERICAN_MARKERS: readonly { readonly pattern: RegExp; readonly example: string }[] = [
  // -ize/-yze verbs and their forms; "size", "prize", "seize", "capsize" are spelled alike in both.
  { pattern: /^(?!.*(?:size|prize|seize|maize|baize)).{3,}(?:iz|yz)(?:e|es|ed|ing|ation|ations|er|ers)$/u, example: 'organized, recognizes, analyzing, modernization' },
  // -or where British writes -our.
  {
    pattern: /^(?:colo|favo|hono|labo|neighbo|behavio|harbo|rumo|humo|flavo|endeavo|vigo|savio|armo|odo|paro|splendo)r(?:s|ed|ing|able|ably|ful|hood|ite|ites)?$/u,
    example: 'color, neighboring, behavior, labors, favorite',
  },
  // -er where British writes -re.
  { pattern: /^(?:cent|theat|fib|lit|spect|somb|meag)er(?:s|ed)?$/u, example: 'center, theater, fiber, liter' },
  // A single l before an ending where British doubles it.
  { pattern: /^(?:trave|cance|labe|mode|fue|signa|dia|tota|equa|marve|quarre|counse)l(?:ed|ing|er|ers)$/u, example: 'traveled, canceling, labeled, traveler' },
  // Other words spelled apart.
  { pattern: /^(?:defense|offense|inquiry|inquiries|skeptic|skeptical|skepticism|gray|catalog|catalogs|pajamas|aluminum|tire|tires|plow|plowed|fulfill|fulfillment|enrollment|installment)$/u, example: 'defense, inquiry, skeptical, gray' },
];

/**
 * The British rewrites (`british` of BRITISH_SPELLINGS) that mark a word as British only.
 * Left out, because American writers use them too: "-lled"/"-lling" (cancelled,
 * fuelling), "-gement" (judgement, acknowledgement), "-eable" (sizeable, unlikeable),
 * "-ence" (it also turns "sen- tence" into "tense"), "-ogue" (names such as Hogue) and the
 * rare ones.
 */
export const CLEARLY_BRITISH_REWRITES: ReadonlySet<string> = new Set([
  'our', // colour, neighbouring
  'tre', // centre, theatre
  'isation', // organisation
  'ise', // organised, recognise
  'ising', // mobilising
  'yse', // analyse
  'ysing', // analysing
  'ller', // traveller, counsellor
  'mme', // programme
  'enquir', // enquiry
]);
