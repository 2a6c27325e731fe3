/**
 * Reporting verbs: the cue that ties a quotation to its speaker ("said", "explained").
 * Each lemma is inflected by rule (says, said, saying); irregular and doubled forms are
 * listed. `nounLike` lemmas double as common nouns ("a note", "the report"), so only
 * their past and -ing forms count as cues.
 */
export interface ReportingVerb {
  /** Forms that the regular rules would get wrong. */
  readonly forms?: readonly string[];
  readonly nounLike?: boolean;
}

export const REPORTING_VERBS: ReadonlyMap<string, ReportingVerb> = new Map<string, ReportingVerb>([
  ['say', { forms: ['says', 'said', 'saying'] }], // the commonest cue
  ['tell', { forms: ['tells', 'told', 'telling'] }], // "told reporters"
  ['add', {}], // continuation: "he added"
  ['explain', {}], // "explained Stoltenberg"
  ['underline', {}], // Italian "sottolineare"
  ['underscore', {}], // US synonym of underline
  ['stress', { nounLike: true }], // emphasis; "stress" is also a noun
  ['emphasize', {}], // emphasis
  ['emphasise', {}], // British spelling
  ['clarify', {}], // "clarified general secretary"
  ['continue', {}], // "– he continued –"
  ['admit', { forms: ['admits', 'admitted', 'admitting'] }], // concession
  ['argue', {}], // claim with reasons
  ['warn', {}], // warning
  ['denounce', {}], // condemnation
  ['confirm', {}], // "as delegations confirm"
  ['insist', {}], // insistence
  ['note', { nounLike: true }], // "a note" is a noun
  ['declare', {}], // formal statement
  ['announce', {}], // announcement
  ['ask', {}], // question
  ['reply', {}], // answer
  ['respond', {}], // answer
  ['answer', { nounLike: true }], // "the answer" is a noun
  ['write', { forms: ['writes', 'wrote', 'written', 'writing'] }], // written statement
  ['tweet', { nounLike: true }], // "a tweet" is a noun
  ['post', { nounLike: true }], // social media post
  ['state', { nounLike: true }], // "the state" is a noun
  ['claim', { nounLike: true }], // "the claim" is a noun
  ['assert', {}], // claim
  ['acknowledge', {}], // concession
  ['reiterate', {}], // "reiterating that"
  ['repeat', {}], // repetition
  ['comment', { nounLike: true }], // "a comment" is a noun
  ['remark', { nounLike: true }], // "a remark" is a noun
  ['observe', {}], // observation
  ['suggest', {}], // suggestion
  ['recall', { nounLike: true }], // memory; "a recall" is a noun
  ['conclude', {}], // conclusion
  ['complain', {}], // complaint
  ['concede', {}], // concession
  ['maintain', {}], // continued claim
  ['contend', {}], // claim
  ['deny', {}], // denial
  ['report', { nounLike: true }], // "the report" is a noun
  ['reveal', {}], // disclosure
  ['predict', {}], // forecast
  ['promise', { nounLike: true }], // "a promise" is a noun
  ['vow', { nounLike: true }], // pledge; "a vow" is a noun
  ['pledge', { nounLike: true }], // promise; "a pledge" is a noun
  ['threaten', {}], // threat
  ['urge', {}], // exhortation
  ['demand', { nounLike: true }], // "the demand" is a noun
  ['call', { nounLike: true, forms: ['called', 'calling'] }], // "called it …", "called for"
  ['describe', {}], // "described it as"
  ['quip', { forms: ['quips', 'quipped', 'quipping'] }], // joke
  ['joke', { nounLike: true }], // "a joke" is a noun
  ['boast', {}], // boast
  ['lament', {}], // regret
  ['charge', { nounLike: true }], // accusation
  ['accuse', {}], // accusation
  ['allege', {}], // allegation
  ['proclaim', {}], // proclamation
  ['exclaim', {}], // exclamation
  ['shout', {}], // loud speech
  ['yell', {}], // loud speech
  ['cry', {}], // "cried"
  ['mutter', {}], // quiet speech
  ['whisper', {}], // quiet speech
  ['testify', {}], // testimony
  ['recount', {}], // narration
  ['caution', { nounLike: true }], // warning; "caution" is also a noun
  ['reason', { nounLike: true }], // "the reason" is a noun
  ['muse', {}], // reflection
  ['wonder', {}], // question
  ['counter', { nounLike: true }], // rebuttal; "counter" is also a noun
  ['retort', {}], // rebuttal
  ['rebut', { forms: ['rebuts', 'rebutted', 'rebutting'] }], // rebuttal
  ['specify', {}], // precision
  ['highlight', {}], // emphasis
  ['point', { nounLike: true }], // "pointed out"
  ['indicate', {}], // statement
  ['mention', {}], // mention
  ['affirm', {}], // affirmation
  ['reassure', {}], // reassurance
  ['estimate', { nounLike: true }], // figure
  ['tout', {}], // praise
  ['praise', { nounLike: true }], // "praise" is also a noun
  ['criticize', {}], // criticism
  ['criticise', {}], // British spelling
  ['blast', { nounLike: true }], // harsh criticism in US news; "a blast" is a noun
  ['slam', { forms: ['slams', 'slammed', 'slamming'] }], // harsh criticism
  ['attack', { nounLike: true }], // "the attacks" is a noun
  ['mock', {}], // ridicule
  ['email', { nounLike: true }], // "an email" is a noun
  ['text', { nounLike: true }], // "a text" is a noun
  ['recommend', {}], // advice
  ['advise', {}], // advice
  ['plead', {}], // plea
  ['summarize', {}], // summary
  ['summarise', {}], // British spelling
  ['echo', { forms: ['echoes', 'echoed', 'echoing'] }], // repetition of another's words
  ['agree', {}], // agreement
  ['disagree', {}], // disagreement
  ['object', { nounLike: true }], // objection
  ['protest', { nounLike: true }], // objection
  ['pronounce', {}], // declaration
  ['interject', {}], // interruption
  ['interrupt', {}], // interruption
  ['chime', {}], // "chimed in"
  ['believe', {}], // a view held, attributed like a statement
  ['think', { forms: ['thinks', 'thought', 'thinking'] }], // a view held
  ['cite', {}], // "cited the “…” figure"
  ['term', { nounLike: true }], // "termed it “…”"; "a term" is a noun
  ['dub', { forms: ['dubs', 'dubbed', 'dubbing'] }], // naming: "dubbed it “…”"
  ['brand', { nounLike: true }], // naming: "branded him “…”"
  ['label', { nounLike: true }], // naming: "labeled it “…”"
  ['refer', { forms: ['refers', 'referred', 'referring'] }], // "referred to it as “…”"
  ['characterize', {}], // "characterized it as “…”"
  ['characterise', {}], // British spelling
  ['deem', {}], // "deemed it “…”"
  ['assail', {}], // harsh criticism
  ['decry', {}], // condemnation
  ['blame', { nounLike: true }], // accusation; "the blame" is a noun
  ['dismiss', {}], // rejection
  ['hail', { nounLike: true }], // praise; "hail" is also a noun
  ['applaud', {}], // praise
  ['condemn', {}], // condemnation
  ['reference', { nounLike: true }], // "referenced a report that “…”"
  ['assure', {}], // reassurance
  ['retaliate', {}], // retort
  ['herald', {}], // praise: "heralded the deal as a “…”"
  ['laud', {}], // praise
  ['grouse', {}], // complaint
  ['gripe', { nounLike: true }], // complaint
  ['rail', { nounLike: true }], // "railed against “…”"
  ['tease', {}], // teasing announcement
  ['react', {}], // "reacted Trump"
  ['exhort', {}], // urging
  ['chant', { nounLike: true }], // crowds chanting a slogan
  ['sing', { forms: ['sings', 'sang', 'sung', 'singing'] }], // quoted lyrics
  ['talk', { nounLike: true }], // "talking about “…”"
  ['scream', {}], // loud speech
  ['concur', { forms: ['concurs', 'concurred', 'concurring'] }], // agreement
  ['opine', {}], // opinion
  ['quote', { nounLike: true }], // "quoting Leonardo: “…”"
  ['read', { forms: ['reads', 'read'] }], // written words: "the sign read “…”", "“…,” reads the editorial"
  ['press', { nounLike: true }], // insistence: "“…?” Hannity pressed"; "the press" is a noun
  ['brag', { forms: ['brags', 'bragged', 'bragging'] }], // boast
  ['scoff', {}], // derision
  ['confess', {}], // admission
  ['disclose', {}], // disclosure
  ['hint', { nounLike: true }], // "a hint" is a noun
  ['grumble', {}], // complaint
  ['sigh', { nounLike: true }], // "a sigh" is a noun
  ['laugh', { nounLike: true }], // "“…,” she laughed"; "a laugh" is a noun
]);

/**
 * Verbs that report only with their particle ("shot back", "chimed in"): form → particle.
 * The verb alone is no cue ("shot the messenger", "fired a warning").
 */
export const PHRASAL_CUES: ReadonlyMap<string, string> = new Map([
  ['shot', 'back'], // retort
  ['shoots', 'back'], // retort
  ['fired', 'back'], // retort
  ['fires', 'back'], // retort
  ['hit', 'back'], // retort
  ['hits', 'back'], // retort
  ['pushed', 'back'], // objection
  ['chimed', 'in'], // interjection
  ['weighed', 'in'], // opinion
  ['piped', 'up'], // interjection
  ['spoke', 'up'], // objection
]);

/**
 * Multi-word cues that introduce a source without a reporting verb of their own,
 * lower case, word by word.
 */
export const CUE_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'], // "according to NATO"
  ['in', 'the', 'words', 'of'], // "in the words of the minister"
  ['as', 'put', 'by'], // "as put by the minister"
];

/**
 * Phrases that attribute a view without being a reporting verb ("in his opinion"); they
 * give a phrase quote its speaker but no cue. The pronoun at `pronounAt` is the speaker.
 */
export const OPINION_PHRASES: readonly { readonly words: readonly string[]; readonly pronounAt: number }[] = [
  { words: ['in', '*', 'opinion'], pronounAt: 1 }, // in his opinion
  { words: ['in', '*', 'view'], pronounAt: 1 }, // in her view
  { words: ['in', '*', 'words'], pronounAt: 1 }, // in his words
  { words: ['for', '*', 'part'], pronounAt: 1 }, // for his part
  { words: ['according', 'to', '*'], pronounAt: 2 }, // according to him
];

/** Adverbs and auxiliaries that may stand between a speaker and the cue ("Sherman also said"). */
export const CUE_GAP_WORDS: ReadonlySet<string> = new Set([
  'also', 'then', 'later', 'earlier', 'again', 'once', 'further', 'previously', 'recently', 'repeatedly',
  'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'did', 'does', 'do', 'had', 'been',
  'can', 'could', 'should', 'may', 'might', 'must', 'not', 'never', 'always', 'often', 'just', 'still',
  'even', 'only', 'finally', 'now', 'today', 'yesterday', 'publicly', 'privately', 'simply', 'flatly',
  'himself', 'herself', 'themselves', 'itself', 'first',
]);

/**
 * Words that govern a reporting verb's infinitive, which still reports ("went on to say",
 * "continued to argue"); the speaker is the subject before them.
 */
export const INFINITIVE_GOVERNORS: ReadonlySet<string> = new Set([
  'on', // "went on to say": the particle stands right before "to"
  'went', // "went on to say"
  'goes', // "goes on to say"
  'continued', // "continued to argue"
  'continues', // "continues to insist"
  'proceeded', // "proceeded to explain"
  'proceeds', // "proceeds to explain"
]);

/**
 * Words by which a person names or characterises something in words of their own ("Hale
 * labelled the deal “a betrayal”", "her promise of “free buses”"): a short quote after one
 * is that person's words, where an uncued short quote is otherwise the writer's scare quote
 * or a title. The verb forms that are also cues (`said`-like, above) are found as cues
 * first; this list adds the noun uses ("his calls for", "the term") and spellings the cue
 * list lacks.
 */
export const CHARACTERISATION_VERBS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', // "called the plan “reckless”"
  'describe', 'describes', 'described', 'describing', // "described it as “a mistake”"
  'dub', 'dubs', 'dubbed', 'dubbing', // "dubbed the bill “a giveaway”"
  'label', 'labels', 'labeled', 'labelled', 'labeling', 'labelling', // "labeled them “extremists”"
  'term', 'terms', 'termed', 'terming', // "termed the vote “a sham”"
  'brand', 'brands', 'branded', 'branding', // "branded the report “fake news”"
  'characterize', 'characterizes', 'characterized', 'characterizing', // US spelling
  'characterise', 'characterises', 'characterised', 'characterising', // British spelling
  'hail', 'hails', 'hailed', 'hailing', // "hailed the deal as “historic”"
  'praise', 'praises', 'praised', 'praising', // "praised her as “a fighter”"
  'slam', 'slams', 'slammed', 'slamming', // headline English: "slammed the ruling as “absurd”"
  'blast', 'blasts', 'blasted', 'blasting', // "blasted the plan as “a disaster”"
  'vow', 'vows', 'vowed', 'vowing', // "vowed to “fight to the end”"
  'promise', 'promises', 'promised', 'promising', // "promised “a new start”"
  'pledge', 'pledges', 'pledged', 'pledging', // "pledged to “drain the swamp”"
]);
