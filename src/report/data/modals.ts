/**
 * Modal verbs and the kind of modality each expresses. Two aligned statements whose
 * modals differ in kind ("must be prevented" / "may be prevented", "will" / "would")
 * diverge in modality. Lower case; contractions stay one token ("won't").
 */
export type ModalKind = 'necessity' | 'advice' | 'possibility' | 'ability' | 'future' | 'conditional';

export const MODALS: ReadonlyMap<string, ModalKind> = new Map<string, ModalKind>([
  ['must', 'necessity'], // obligation: "Moscow must ease the pressure"
  ["mustn't", 'necessity'], // negated obligation
  ['shall', 'future'], // formal future or obligation in legal texts
  ['should', 'advice'], // recommendation, weaker than must
  ["shouldn't", 'advice'],
  ['ought', 'advice'], // "ought to", as should
  ['may', 'possibility'], // "may be prevented"
  ['might', 'possibility'], // weaker possibility
  ['can', 'ability'], // "can deploy"
  ['cannot', 'ability'],
  ["can't", 'ability'],
  ['could', 'conditional'], // past ability or hypothetical possibility
  ["couldn't", 'conditional'],
  ['will', 'future'], // "will lead to serious consequences"
  ["won't", 'future'],
  ["'ll", 'future'], // contracted will, when split
  ['would', 'conditional'], // hypothetical: "would lead to"
  ["wouldn't", 'conditional'],
  ["'d", 'conditional'], // contracted would
]);
