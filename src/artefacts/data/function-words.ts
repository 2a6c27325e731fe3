import type { SourceLanguage } from '../../options.js';

/**
 * Function words of the source languages that a machine translation sometimes leaves in
 * the English text ("the meeting della NATO"). Keys are lower case; each value glosses the
 * word. Only words that are not also English are listed here: homographs such as Italian
 * "come", Spanish "con", German "die" or French "son" would fire on every English text.
 * Words that are mainly name particles live in {@link NAME_PARTICLES}.
 */
export const FUNCTION_WORDS: Readonly<Record<SourceLanguage, ReadonlyMap<string, string>>> = {
  it: new Map([
    ['della', 'of the (feminine)'],
    ['delle', 'of the (feminine plural)'],
    ['degli', 'of the (masculine plural)'],
    ['dello', 'of the (masculine, before s+consonant)'],
    ['dei', 'of the (masculine plural)'],
    ['nella', 'in the (feminine)'],
    ['nelle', 'in the (feminine plural)'],
    ['negli', 'in the (masculine plural)'],
    ['nello', 'in the (masculine)'],
    ['nel', 'in the'],
    ['sulla', 'on the (feminine)'],
    ['sulle', 'on the (feminine plural)'],
    ['sugli', 'on the (masculine plural)'],
    ['sul', 'on the'],
    ['dalla', 'from the (feminine)'],
    ['dalle', 'from the (feminine plural)'],
    ['dagli', 'from the (masculine plural)'],
    ['dal', 'from the'],
    ['alla', 'to the (feminine)'],
    ['alle', 'to the (feminine plural)'],
    ['agli', 'to the (masculine plural)'],
    ['allo', 'to the (masculine)'],
    ['gli', 'the (masculine plural)'],
    ['il', 'the'],
    ['che', 'that, which'],
    ['perché', 'because, why'],
    ['anche', 'also'],
    ['però', 'however'],
    ['quindi', 'therefore'],
    ['ancora', 'still, again'],
    ['questo', 'this'],
    ['questa', 'this (feminine)'],
    ['questi', 'these'],
    ['queste', 'these (feminine)'],
    ['quello', 'that'],
    ['quella', 'that (feminine)'],
    ['sono', 'are, I am'],
    ['essere', 'to be'],
    ['hanno', 'they have'],
    ['molto', 'very, much'],
    ['tutti', 'all, everyone'],
    ['tutto', 'all, everything'],
    ['sempre', 'always'],
    ['dove', 'where'],
    ['quando', 'when'],
    ['mentre', 'while'],
    ['senza', 'without'],
    ['è', 'is'],
    ['più', 'more'],
    ['già', 'already'],
    ['cioè', 'that is'],
    ['ciò', 'that, this'],
    ['oppure', 'or else'],
    ['nei', 'in the (masculine plural)'],
    ['sui', 'on the (masculine plural)'],
    ['dai', 'from the (masculine plural)'],
    ['ai', 'to the (masculine plural)'],
    ['uno', 'a, one'],
    ['una', 'a, one (feminine)'],
    ['degli', 'of the (masculine plural)'],
    ['sia', 'both; be (subjunctive)'],
    ['loro', 'they, their'],
    ['noi', 'we'],
    ['voi', 'you (plural)'],
    ['stato', 'been; state'],
    ['stata', 'been (feminine)'],
    ['ha', 'has'],
    ['tra', 'between'],
    ['per', 'for (also English "per")'],
    ['con', 'with (also English "con")'],
    ['come', 'as, like (also English "come")'],
    ['di', 'of'],
    ['a', 'to, at (also English "a")'],
    ['e', 'and'],
    ['o', 'or'],
    ['in', 'in (also English)'],
    ['la', 'the (feminine)'],
    ['le', 'the (feminine plural)'],
    ['lo', 'the (masculine)'],
    ['un', 'a'],
    ['da', 'from, by'],
    ['su', 'on'],
  ]),
  fr: new Map([
    ['les', 'the (plural)'],
    ['des', 'of the, some'],
    ['dans', 'in'],
    ['avec', 'with'],
    ['pour', 'for'],
    ['une', 'a, one (feminine)'],
    ['est', 'is'],
    ['sont', 'are'],
    ['mais', 'but'],
    ['aussi', 'also'],
    ['cette', 'this (feminine)'],
    ['ces', 'these'],
    ['qui', 'who, which'],
    ['que', 'that, which'],
    ['pas', 'not'],
    ['nous', 'we'],
    ['vous', 'you'],
    ['ils', 'they'],
    ['elles', 'they (feminine)'],
    ['leur', 'their'],
    ['leurs', 'their (plural)'],
    ['été', 'been; summer'],
    ['être', 'to be'],
    ['avoir', 'to have'],
    ['très', 'very'],
    ['où', 'where'],
    ['déjà', 'already'],
    ['selon', 'according to'],
    ['aux', 'to the (plural)'],
    ['lui', 'him'],
    ['dont', 'of which, whose'],
    ['celle', 'the one (feminine)'],
    ['sur', 'on'],
    ['sans', 'without'],
    ['ont', 'have'],
    ['avait', 'had'],
    ['fait', 'done, made'],
    ['entre', 'between'],
    ['depuis', 'since'],
    ['contre', 'against'],
    ['toujours', 'always'],
    ['encore', 'still, again'],
    ['parce', 'because (in "parce que")'],
    ['quand', 'when'],
    ['ceux', 'those'],
    ['cela', 'that'],
    ['ça', 'that'],
    ['plusieurs', 'several'],
    ['le', 'the (masculine)'],
    ['la', 'the (feminine)'],
    ['de', 'of'],
    ['du', 'of the'],
    ['et', 'and'],
    ['en', 'in'],
    ['un', 'a'],
    ['au', 'to the'],
    ['par', 'by (also English "par")'],
    ['son', 'his, her (also English "son")'],
    ['sa', 'his, her (feminine)'],
    ['se', 'oneself'],
    ['ne', 'not'],
    ['il', 'he, it'],
    ['elle', 'she'],
    ['on', 'one, we (also English "on")'],
  ]),
  es: new Map([
    ['los', 'the (masculine plural)'],
    ['las', 'the (feminine plural)'],
    ['una', 'a, one (feminine)'],
    ['unos', 'some (masculine)'],
    ['unas', 'some (feminine)'],
    ['para', 'for'],
    ['por', 'by, for'],
    ['pero', 'but'],
    ['como', 'as, like'],
    ['más', 'more'],
    ['está', 'is'],
    ['están', 'are'],
    ['fue', 'was'],
    ['han', 'have'],
    ['sido', 'been'],
    ['ser', 'to be'],
    ['muy', 'very'],
    ['también', 'also'],
    ['porque', 'because'],
    ['cuando', 'when'],
    ['donde', 'where'],
    ['sobre', 'on, about'],
    ['entre', 'between'],
    ['hasta', 'until'],
    ['desde', 'since, from'],
    ['según', 'according to'],
    ['ya', 'already'],
    ['esto', 'this'],
    ['esta', 'this (feminine)'],
    ['este', 'this'],
    ['ese', 'that'],
    ['esa', 'that (feminine)'],
    ['eso', 'that'],
    ['aquí', 'here'],
    ['puede', 'can'],
    ['pueden', 'they can'],
    ['tiene', 'has'],
    ['tienen', 'they have'],
    ['hay', 'there is'],
    ['que', 'that, which'],
    ['qué', 'what'],
    ['nuestro', 'our'],
    ['nuestra', 'our (feminine)'],
    ['usted', 'you (formal)'],
    ['ellos', 'they'],
    ['ellas', 'they (feminine)'],
    ['él', 'he'],
    ['sus', 'their, his, her'],
    ['muy', 'very'],
    ['sin', 'without'],
    ['cuál', 'which'],
    ['todos', 'all'],
    ['todo', 'all'],
    ['otra', 'other (feminine)'],
    ['otro', 'other'],
    ['al', 'to the'],
    ['el', 'the'],
    ['la', 'the (feminine)'],
    ['de', 'of'],
    ['del', 'of the'],
    ['en', 'in'],
    ['con', 'with (also English "con")'],
    ['y', 'and'],
    ['un', 'a'],
    ['se', 'oneself'],
    ['no', 'not (also English "no")'],
    ['lo', 'it, the'],
    ['le', 'to him, to her'],
  ]),
  de: new Map([
    ['und', 'and'],
    ['der', 'the'],
    ['das', 'the; that'],
    ['dem', 'the (dative)'],
    ['ein', 'a'],
    ['eine', 'a (feminine)'],
    ['einen', 'a (accusative)'],
    ['einem', 'a (dative)'],
    ['einer', 'a (genitive, dative)'],
    ['nicht', 'not'],
    ['mit', 'with'],
    ['zu', 'to'],
    ['zum', 'to the'],
    ['zur', 'to the (feminine)'],
    ['auf', 'on'],
    ['für', 'for'],
    ['ist', 'is'],
    ['sind', 'are'],
    ['wird', 'will, becomes'],
    ['werden', 'become, will'],
    ['wurde', 'was, became'],
    ['auch', 'also'],
    ['oder', 'or'],
    ['aber', 'but'],
    ['wenn', 'if, when'],
    ['dass', 'that'],
    ['daß', 'that (old spelling)'],
    ['sich', 'oneself'],
    ['noch', 'still'],
    ['nach', 'after, to'],
    ['bei', 'at, with'],
    ['aus', 'out of, from'],
    ['über', 'over, about'],
    ['unter', 'under'],
    ['vom', 'from the'],
    ['im', 'in the'],
    ['ins', 'into the'],
    ['sehr', 'very'],
    ['schon', 'already'],
    ['durch', 'through'],
    ['gegen', 'against'],
    ['ohne', 'without'],
    ['wir', 'we'],
    ['ich', 'I'],
    ['sie', 'she, they'],
    ['es', 'it'],
    ['wie', 'how, like'],
    ['hat', 'has'],
    ['haben', 'have'],
    ['kann', 'can'],
    ['können', 'can (plural)'],
    ['muss', 'must'],
    ['nur', 'only'],
    ['immer', 'always'],
    ['dieser', 'this'],
    ['diese', 'this, these'],
    ['zwischen', 'between'],
    ['gibt', 'gives; there is'],
    ['die', 'the (also English "die")'],
    ['den', 'the (accusative; also English "den")'],
    ['des', 'of the'],
    ['in', 'in (also English)'],
    ['am', 'at the (also English "am")'],
    ['an', 'at, on (also English "an")'],
    ['von', 'of, from'],
    ['er', 'he'],
    ['so', 'so (also English)'],
    ['was', 'what (also English "was")'],
  ]),
  pt: new Map([
    ['não', 'not'],
    ['uma', 'a, one (feminine)'],
    ['umas', 'some (feminine)'],
    ['uns', 'some'],
    ['para', 'for'],
    ['pelo', 'by the'],
    ['pela', 'by the (feminine)'],
    ['pelos', 'by the (plural)'],
    ['pelas', 'by the (feminine plural)'],
    ['com', 'with'],
    ['como', 'as, like'],
    ['mais', 'more'],
    ['também', 'also'],
    ['está', 'is'],
    ['estão', 'are'],
    ['foi', 'was'],
    ['são', 'are'],
    ['ser', 'to be'],
    ['muito', 'very'],
    ['quando', 'when'],
    ['onde', 'where'],
    ['sobre', 'on, about'],
    ['entre', 'between'],
    ['até', 'until'],
    ['sem', 'without'],
    ['já', 'already'],
    ['isso', 'that'],
    ['isto', 'this'],
    ['esse', 'that'],
    ['essa', 'that (feminine)'],
    ['este', 'this'],
    ['esta', 'this (feminine)'],
    ['nosso', 'our'],
    ['nossa', 'our (feminine)'],
    ['ele', 'he'],
    ['ela', 'she'],
    ['eles', 'they'],
    ['elas', 'they (feminine)'],
    ['você', 'you'],
    ['aos', 'to the (plural)'],
    ['às', 'to the (feminine plural)'],
    ['à', 'to the (feminine)'],
    ['num', 'in a'],
    ['numa', 'in a (feminine)'],
    ['mas', 'but'],
    ['porque', 'because'],
    ['então', 'then'],
    ['ainda', 'still'],
    ['seu', 'his, her, your'],
    ['sua', 'his, her, your (feminine)'],
    ['seus', 'his, her, your (plural)'],
    ['suas', 'his, her, your (feminine plural)'],
    ['que', 'that, which'],
    ['ao', 'to the'],
    ['pelo', 'by the'],
    ['de', 'of'],
    ['da', 'of the (feminine)'],
    ['do', 'of the (also English "do")'],
    ['dos', 'of the (plural)'],
    ['das', 'of the (feminine plural)'],
    ['em', 'in'],
    ['no', 'in the (also English "no")'],
    ['na', 'in the (feminine)'],
    ['os', 'the (plural)'],
    ['as', 'the (feminine plural; also English "as")'],
    ['o', 'the'],
    ['a', 'the (feminine; also English "a")'],
    ['e', 'and'],
    ['um', 'a'],
    ['se', 'if, oneself'],
  ]),
};

/**
 * Particles that are function words in the source language but in English text mostly
 * stand inside names ("Piero della Francesca", "Los Angeles", "Charles de Gaulle",
 * "Lula da Silva"). They count only inside a run of other source-language words.
 */
export const NAME_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['de', 'de Gaulle, de Blasio'],
  ['di', 'Di Maio'],
  ['da', 'da Silva, Da Nang'],
  ['do', 'do Brasil (also English "do")'],
  ['dos', 'dos Santos'],
  ['das', 'das Neves'],
  ['del', 'del Toro, Del Rio'],
  ['della', 'della Francesca'],
  ['du', 'du Pont'],
  ['la', 'La Paz, La Repubblica'],
  ['le', 'Le Pen, Le Monde'],
  ['el', 'El Paso, El Salvador'],
  ['los', 'Los Angeles'],
  ['las', 'Las Vegas'],
  ['von', 'von der Leyen'],
  ['van', 'van Gogh'],
  ['der', 'von der Leyen, Der Spiegel'],
  ['il', 'Il Sole 24 Ore'],
  ['al', 'al-Assad, Al Jazeera'],
  ['y', 'Ortega y Gasset'],
  ['e', 'Ferreira e Silva'],
]);

/**
 * Foreign phrases that English has borrowed and uses as its own; their words are never
 * untranslated. Lower case, words separated by single spaces.
 */
export const BORROWED_PHRASES: readonly string[] = [
  'de facto', // in fact
  'de jure', // by law
  'per se', // in itself
  'en route', // on the way
  'en masse', // all together
  'vice versa', // the other way round
  'bona fide', // genuine
  'ad hoc', // for this purpose
  'pro bono', // unpaid
  'quid pro quo', // a favour for a favour
  'status quo', // the existing state
  'coup d’état', // seizure of power
  "coup d'etat", // seizure of power, without accent
  "coup d'état", // seizure of power
  'raison d’être', // reason for being
  "raison d'etre", // reason for being
  'laissez faire', // non-intervention
  'tête à tête', // private conversation
  'c’est la vie', // that's life
  "c'est la vie", // that's life
  'déjà vu', // already seen
  'deja vu', // already seen, without accents
  'mano a mano', // head to head
  'hasta la vista', // see you
  'que sera sera', // whatever will be
  'cinco de mayo', // Mexican holiday
  'dia de los muertos', // Day of the Dead
  'el niño', // climate pattern
  'el nino', // climate pattern, without tilde
  'la niña', // climate pattern
  'la nina', // climate pattern, without tilde
  'sine qua non', // indispensable condition
  'mea culpa', // my fault
  'et al', // and others
  'in situ', // in place
  'in vitro', // in glass
  'ad nauseam', // to sickness
  'carte blanche', // full discretion
  'joie de vivre', // zest for life
  'pièce de résistance', // showpiece
  'savoir faire', // know-how
  'nom de guerre', // assumed name
  'esprit de corps', // team spirit
  'femme fatale', // seductress
  'danse macabre', // dance of death
  'la dolce vita', // the sweet life
  'dolce vita', // the sweet life
  'cosa nostra', // the Sicilian Mafia
  'sotto voce', // in an undertone
  'realpolitik', // power politics
  'zeitgeist', // spirit of the age
  'angst', // anxiety
  'kaput', // broken
  'wunderkind', // prodigy
  'schadenfreude', // joy at others' misfortune
  'sí se puede', // yes we can (slogan)
  'si se puede', // yes we can (slogan), without accent
  'vis à vis', // compared with
  'per capita', // for each person
  'bona fides', // credentials
  'modus operandi', // way of working
  'modus vivendi', // arrangement for coexisting
  'lingua franca', // common language
  'in terrorem', // as a warning
  'habeas corpus', // writ against unlawful detention
  'amicus curiae', // friend of the court
  'non sequitur', // conclusion that does not follow
  'persona non grata', // unwelcome person
  'terra incognita', // unknown territory
  'alma mater', // one's old school
  'ad infinitum', // endlessly
  'pro forma', // as a formality
  'prima facie', // at first sight
  'fait accompli', // thing already done
  'faits accomplis', // things already done
  'à la carte', // priced separately
  'a la carte', // priced separately, without accent
  'par excellence', // the best of its kind
  'cause célèbre', // controversial issue
  'cause celebre', // controversial issue, without accents
  'idée fixe', // obsession
  'enfant terrible', // unruly prodigy
  'noblesse oblige', // privilege entails duty
  'tour de force', // feat of skill
  'nouveau riche', // newly rich
  'force majeure', // unforeseeable circumstances
  'pro tem', // for the time being
  'sub judice', // under judicial consideration
  'bête noire', // pet hate
  'bete noire', // pet hate, without accent
];
