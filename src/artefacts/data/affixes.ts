/**
 * Prefixes that stand before a hyphen as the first part of an English compound
 * ("de-escalation", "non-expansion"). The part after the hyphen is then checked alone.
 * Each entry: the prefix, and an example.
 */
export const HYPHEN_PREFIXES: ReadonlyMap<string, string> = new Map<string, string>([
  ['a', 'a-political'],
  ['anti', 'anti-missile'],
  ['bi', 'bi-partisan'],
  ['co', 'co-founder'],
  ['counter', 'counter-offensive'],
  ['cross', 'cross-border'],
  ['cyber', 'cyber-attack'],
  ['de', 'de-escalation'],
  ['e', 'e-mail'],
  ['eco', 'eco-friendly'],
  ['euro', 'euro-atlantic'],
  ['ex', 'ex-president'],
  ['extra', 'extra-judicial'],
  ['geo', 'geo-political'],
  ['hyper', 'hyper-inflation'],
  ['inter', 'inter-agency'],
  ['intra', 'intra-party'],
  ['macro', 'macro-economic'],
  ['mega', 'mega-project'],
  ['micro', 'micro-loans'],
  ['mid', 'mid-term'],
  ['mini', 'mini-summit'],
  ['multi', 'multi-party'],
  ['neo', 'neo-fascist'],
  ['non', 'non-expansion'],
  ['over', 'over-reliance'],
  ['pan', 'pan-european'],
  ['para', 'para-military'],
  ['post', 'post-war'],
  ['pre', 'pre-election'],
  ['pro', 'pro-russian'],
  ['pseudo', 'pseudo-scientific'],
  ['quasi', 'quasi-official'],
  ['re', 're-election'],
  ['self', 'self-defence'],
  ['semi', 'semi-final'],
  ['socio', 'socio-economic'],
  ['sub', 'sub-committee'],
  ['super', 'super-power'],
  ['trans', 'trans-atlantic'],
  ['tri', 'tri-lateral'],
  ['ultra', 'ultra-nationalist'],
  ['un', 'un-american'],
  ['under', 'under-secretary'],
  ['vice', 'vice-president'],
]);

/**
 * Derivational and inflectional endings. A suggestion that keeps the garbled word's
 * ending is more likely what the translator meant ("exclusation" → "escalation"):
 * machine translation garbles stems more often than suffixes. Longest first.
 */
export const SUGGESTION_SUFFIXES: readonly string[] = [
  'isation', // modernisation
  'ization', // modernization
  'ations', // negotiations
  'ation', // escalation
  'ments', // agreements
  'ment', // agreement
  'ness', // frankness
  'ities', // authorities
  'ity', // stability
  'ings', // meetings
  'ing', // meeting
  'ions', // sanctions
  'ion', // sanction
  'ists', // separatists
  'ist', // separatist
  'ism', // terrorism
  'ers', // leaders
  'ed', // escalated
  'ly', // directly
  'able', // acceptable
  'ible', // responsible
  'ive', // aggressive
  'ous', // dangerous
  'al', // political
];

/**
 * English clitics written after an apostrophe. "what're" and "Russia's" are checked as
 * "what" and "Russia". Longest first.
 */
export const CLITICS: readonly string[] = [
  "n't", // don't, isn't
  "'re", // what're, they're
  "'ve", // would've
  "'ll", // we'll
  "'d", // he'd
  "'m", // I'm
  "'s", // it's, Russia's
  "'", // allies' (plural possessive), goin' (dropped g)
];

/**
 * Prefixes that English attaches freely, closed up, to words the dictionary knows
 * ("counterterrorism", "unaffordable", "midafternoon"). A word made of one of these and a
 * known word of three letters or more is accepted. Each entry: the prefix, and an example.
 */
export const PRODUCTIVE_PREFIXES: ReadonlyMap<string, string> = new Map<string, string>([
  ['anti', 'antiestablishment'],
  ['arch', 'archconservative'],
  ['bio', 'biofuels'],
  ['co', 'cosponsor'],
  ['counter', 'counterterrorism'],
  ['cyber', 'cybersecurity'],
  ['de', 'deplatform'],
  ['dis', 'disinvest'],
  ['hyper', 'hyperpartisan'],
  ['inter', 'interagency'],
  ['mega', 'megadeal'],
  ['micro', 'microtargeting'],
  ['mid', 'midafternoon'],
  ['mis', 'misremember'],
  ['multi', 'multibillion'],
  ['non', 'nonpartisan'],
  ['out', 'outraise'],
  ['over', 'overpromise'],
  ['post', 'postelection'],
  ['pre', 'preexisting'],
  ['pro', 'proabortion'],
  ['re', 'recanvass'],
  ['self', 'selfdefense'],
  ['semi', 'semiautomatic'],
  ['sub', 'subcommittee'],
  ['super', 'supermajority'],
  ['tele', 'telecommute'],
  ['trans', 'transnational'],
  ['ultra', 'ultraconservative'],
  ['un', 'unelectable'],
  ['under', 'underserved'],
]);

/**
 * Suffixes that English attaches freely to words the dictionary knows ("electability",
 * "nativist", "fireable"). Each entry: the suffix, the ending it may replace on the base
 * (e.g. "able" → "ability"), and an example.
 */
export const PRODUCTIVE_SUFFIXES: readonly { readonly suffix: string; readonly replaces: string; readonly example: string }[] = [
  { suffix: 'ability', replaces: 'able', example: 'favorability (favorable)' },
  { suffix: 'ibility', replaces: 'ible', example: 'accessibility (accessible)' },
  { suffix: 'ly', replaces: '', example: 'presumptively (presumptive)' },
  { suffix: 'ily', replaces: 'y', example: 'scrappily (scrappy)' },
  { suffix: 'ness', replaces: '', example: 'transactionalness (transactional)' },
  { suffix: 'able', replaces: '', example: 'fireable (fire)' },
  { suffix: 'able', replaces: 'e', example: 'buildable, usable (use)' },
  { suffix: 'ism', replaces: '', example: 'birtherism (birther)' },
  { suffix: 'isms', replaces: '', example: 'trumpisms' },
  { suffix: 'ist', replaces: '', example: 'nativist (native)' },
  { suffix: 'ist', replaces: 'e', example: 'nativist (native)' },
  { suffix: 'ists', replaces: 'e', example: 'nativists (native)' },
  { suffix: 'er', replaces: '', example: 'bundler (bundle), commenter (comment)' },
  { suffix: 'er', replaces: 'e', example: 'unifier via y → i is below; bundler (bundle)' },
  { suffix: 'ier', replaces: 'y', example: 'unifier (unify)' },
  { suffix: 'ers', replaces: '', example: 'funders (fund)' },
  { suffix: 'ers', replaces: 'e', example: 'bundlers (bundle)' },
  { suffix: 'iers', replaces: 'y', example: 'unifiers (unify)' },
  { suffix: 'ed', replaces: '', example: 'ramped (ramp)' },
  { suffix: 'd', replaces: '', example: 'fundraised (fundraise)' },
  { suffix: 'ing', replaces: '', example: 'defunding (defund)' },
  { suffix: 'ing', replaces: 'e', example: 'rebranding; fundraising (fundraise)' },
  { suffix: 's', replaces: '', example: 'tuitions (tuition)' },
  { suffix: 'es', replaces: '', example: 'caucuses' },
  { suffix: 'ies', replaces: 'y', example: 'militaries (military)' },
  { suffix: 'ization', replaces: 'ize', example: 'reauthorization' },
  { suffix: 'ation', replaces: 'ate', example: 'recalibration (recalibrate)' },
  { suffix: 'al', replaces: '', example: 'reputational (reputation)' },
  { suffix: 'ive', replaces: 'e', example: 'determinative (determinate)' },
  { suffix: 'ee', replaces: '', example: 'adoptee (adopt)' },
  { suffix: 'ees', replaces: '', example: 'adoptees (adopt)' },
  { suffix: 'ship', replaces: '', example: 'frontrunnership' },
];
