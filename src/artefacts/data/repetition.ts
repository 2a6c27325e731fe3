/**
 * Words that English doubles on purpose, so that "had had" or "that that" is not a
 * stutter. Lower case; each entry: the word, and an example of the grammatical double.
 */
export const GRAMMATICAL_DOUBLES: ReadonlyMap<string, string> = new Map<string, string>([
  ['had', 'she had had enough (past perfect of have)'],
  ['that', 'he said that that plan had failed (conjunction + demonstrative)'],
  ['is', 'what it is is a gamble (colloquial pseudo-cleft)'],
  ['do', 'what they do do is wait'],
  ['very', 'very very few (emphatic)'],
  ['really', 'really really hard (emphatic)'],
  ['no', '"No, no" / no no (emphatic refusal)'],
  ['so', 'so-so (mediocre)'],
  ['yeah', 'yeah yeah (dismissive)'],
  ['well', 'well well (surprise)'],
  ['now', 'now now (soothing)'],
  ['there', 'there there (comforting)'],
  ['bye', 'bye bye'],
  ['ha', 'ha ha (laughter)'],
  ['blah', 'blah blah'],
  ['tut', 'tut tut (disapproval)'],
  ['knock', 'knock knock'],
  ['chop', 'chop chop (hurry)'],
  ['many', 'many many years ago (emphatic)'],
  ['long', 'long long ago (emphatic)'],
  ['far', 'far far away (emphatic)'],
  ['never', 'never never (emphatic)'],
  ['go', 'go go go (urging)'],
  ['tsk', 'tsk tsk (disapproval)'],
  ['bla', 'bla bla'],
  ['yes', 'yes yes (impatient)'],
  ['oh', 'oh oh'],
  ['mm', 'mm mm'],
  ['hey', 'hey hey'],
  ['wait', 'wait wait (interrupting)'],
  ['please', 'please please (begging)'],
  ['cha', 'cha cha (dance)'],
  ['pom', 'pom pom'],
  ['tom', 'tom tom (drum)'],
  ['dum', 'dum dum'],
  ['can', 'can can (dance)'],
  ['sing', 'Sing Sing (prison)'],
  ['bora', 'Bora Bora (island)'],
  ['baden', 'Baden-Baden (town)'],
  ['walla', 'Walla Walla (town)'],
  ['pago', 'Pago Pago (town)'],
]);

/**
 * Words that English coordinates with themselves idiomatically ("more and more"): the
 * coordinated-repeat rule leaves these alone. Comparatives ("bigger and bigger") are
 * recognised by their ending and need no entry. Each entry: the word, and the idiom.
 */
export const IDIOMATIC_COORDINATIONS: ReadonlyMap<string, string> = new Map<string, string>([
  ['more', 'more and more (increasingly)'],
  ['less', 'less and less (decreasingly)'],
  ['fewer', 'fewer and fewer'],
  ['again', 'again and again (repeatedly)'],
  ['over', 'over and over (repeatedly)'],
  ['on', 'on and on (without stopping)'],
  ['round', 'round and round'],
  ['around', 'around and around'],
  ['through', 'through and through (completely)'],
  ['by', 'by and by (eventually)'],
  ['out', 'out and out (utter)'],
  ['up', 'up and up (rising)'],
  ['down', 'down and down'],
  ['further', 'further and further'],
  ['farther', 'farther and farther'],
  ['worse', 'worse and worse'],
  ['better', 'better and better'],
  ['faster', 'faster and faster'],
  ['higher', 'higher and higher'],
  ['deeper', 'deeper and deeper'],
  ['louder', 'louder and louder'],
  ['so', 'so and so (an unnamed person)'],
  ['such', 'such and such (unspecified)'],
  ['miles', 'miles and miles (a great distance)'],
  ['years', 'years and years (a long time)'],
  ['hours', 'hours and hours'],
  ['days', 'days and days'],
  ['weeks', 'weeks and weeks'],
  ['months', 'months and months'],
  ['ages', 'ages and ages'],
  ['back', 'back and back'],
  ['neck', 'neck and neck (level in a race)'],
  ['ever', 'for ever and ever'],
  ['wait', 'wait and wait'],
  ['try', 'try and try'],
  ['talk', 'talk and talk'],
  ['grow', 'grow and grow'],
  ['here', 'here and here (pointing)'],
  ['this', 'this and this (pointing)'],
  ['one', 'one and one (arithmetic)'],
  ['two', 'two and two (arithmetic)'],
]);

/**
 * Words that lead a phrase a machine translation may restart ("the right to do, to choose
 * their own path": a retry left in the output). Only the infinitive marker is listed: with
 * articles and prepositions the same shape is ordinary English ("at the end of the day,
 * the responsibility …"). Each entry: the word, and what must follow it twice.
 */
export const RESTART_LEADERS: ReadonlyMap<string, 'verb'> = new Map<string, 'verb'>([
  ['to', 'verb'], // to do, to choose their own path
]);

/**
 * Words that English repeats around "and"/"or" for emphasis or in fixed frames, beyond
 * {@link IDIOMATIC_COORDINATIONS}: pronouns and modals ("her and her family", "may or may
 * not"). Each entry: the word, and an example.
 */
export const COORDINATION_FRAMES: ReadonlyMap<string, string> = new Map([
  ['her', 'support to her and her family'],
  ['his', 'his and his alone'],
  ['may', 'may or may not'],
  ['might', 'might or might not'],
  ['can', 'can or cannot'],
  ['will', 'will or will not'],
  ['would', 'would or would not'],
  ['could', 'could or could not'],
  ['should', 'should or should not'],
  ['must', 'must or must not'],
  ['does', 'does or does not'],
  ['did', 'did or did not'],
  ['is', 'is or is not'],
  ['was', 'was or was not'],
  ['are', 'are or are not'],
  ['were', 'were or were not'],
  ['has', 'has or has not'],
  ['have', 'have or have not'],
  ['had', 'had or had not'],
  ['you', 'you and you alone'],
  ['me', 'me and me alone'],
]);

/**
 * Words before an adjective slot: a word coordinated with itself right after one of these
 * ("a serious and serious mistake", "is frank and frank") stands where a translation
 * garbled two different adjectives into one. Each entry: the word, and its kind.
 */
export const ADJECTIVE_SLOT_CUES: ReadonlyMap<string, string> = new Map([
  ['a', 'article'],
  ['an', 'article'],
  ['the', 'article'],
  ['this', 'demonstrative'],
  ['that', 'demonstrative'],
  ['these', 'demonstrative'],
  ['those', 'demonstrative'],
  ['its', 'possessive'],
  ['their', 'possessive'],
  ['our', 'possessive'],
  ['very', 'intensifier'],
  ['so', 'intensifier'],
  ['too', 'intensifier'],
  ['quite', 'intensifier'],
  ['rather', 'intensifier'],
  ['extremely', 'intensifier'],
  ['most', 'superlative'],
  ['is', 'copula'],
  ['are', 'copula'],
  ['was', 'copula'],
  ['were', 'copula'],
  ['be', 'copula'],
  ['been', 'copula'],
  ['being', 'copula'],
  ['remains', 'copula'],
  ['remain', 'copula'],
  ['seems', 'copula'],
  ['seem', 'copula'],
  ['became', 'copula'],
  ['become', 'copula'],
]);

/**
 * Closed-class words a restarted phrase is made of ("in the, in the capital", "we will, we
 * will not"): a retry repeats the frame it broke off, while English repeats content words
 * on purpose ("a long, long time", "the president, the president of France"). Each
 * entry: the word, and its class.
 */
export const RESTART_FRAME_WORDS: ReadonlyMap<string, string> = new Map([
  ['the', 'article'],
  ['a', 'article'],
  ['an', 'article'],
  ['in', 'preposition'],
  ['on', 'preposition'],
  ['at', 'preposition'],
  ['of', 'preposition'],
  ['for', 'preposition'],
  ['with', 'preposition'],
  ['by', 'preposition'],
  ['from', 'preposition'],
  ['into', 'preposition'],
  ['about', 'preposition'],
  ['i', 'subject pronoun'],
  ['we', 'subject pronoun'],
  ['you', 'pronoun'], // also an object: "told you, you know"
  ['he', 'subject pronoun'],
  ['she', 'subject pronoun'],
  ['they', 'subject pronoun'],
  ['it', 'pronoun'], // also an object: "close to it, it's not"
  ['our', 'possessive'],
  ['their', 'possessive'],
  ['his', 'possessive'],
  ['its', 'possessive'],
  ['will', 'modal'],
  ['would', 'modal'],
  ['can', 'modal'],
  ['could', 'modal'],
  ['should', 'modal'],
  ['must', 'modal'],
  ['shall', 'modal'],
  ['is', 'auxiliary'],
  ['are', 'auxiliary'],
  ['was', 'auxiliary'],
  ['were', 'auxiliary'],
  ['has', 'auxiliary'],
  ['have', 'auxiliary'],
  ['had', 'auxiliary'],
]);

/**
 * Classes a one-word frame may have ("the, the agreement", "we, we will"): words that never
 * end a clause. A preposition, modal or object pronoun before a comma may close one
 * ("close to it, it's not just …").
 */
export const LONE_RESTART_CLASSES: ReadonlySet<string> = new Set(['article', 'possessive', 'subject pronoun']);

/**
 * Reporting verbs a restart may end on after a subject pronoun ("he said, he said that"):
 * the subject and its verb are the frame, what follows is the content. Each entry: the
 * verb form.
 */
export const RESTART_FRAME_VERBS: ReadonlySet<string> = new Set([
  'said', // he said, he said that …
  'says', // she says, she says the …
  'stated', // he stated, he stated that …
  'added', // she added, she added that …
  'noted', // he noted, he noted that …
  'stressed', // he stressed, he stressed that …
  'explained', // she explained, she explained that …
  'believe', // we believe, we believe that …
  'think', // I think, I think that … (only outside quotations: speech stutters are real)
]);
