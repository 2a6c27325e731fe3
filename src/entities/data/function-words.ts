/**
 * Capitalised words that are not names: sentence openers, days and months. A capitalised
 * run that starts with one of these drops it ("However, Stoltenberg" → "Stoltenberg").
 * Lower case.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  // Articles, conjunctions and prepositions that open sentences.
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'as', 'at', 'by', 'in', 'on', 'of', 'to',
  'from', 'with', 'without', 'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'until', 'while',
  'when', 'where', 'why', 'how', 'what', 'who', 'whom', 'whose', 'which', 'that', 'this', 'these', 'those',
  'there', 'here', 'then', 'than', 'also', 'still', 'just', 'even', 'only', 'not', 'no', 'yes', 'all', 'both',
  'each', 'every', 'some', 'many', 'most', 'more', 'much', 'few', 'other', 'another', 'such', 'any', 'none',
  'although', 'though', 'because', 'unless', 'whether', 'despite', 'during', 'about', 'against', 'among',
  'between', 'through', 'throughout', 'toward', 'towards', 'upon', 'within', 'via', 'per', 'like', 'unlike',
  'according', 'however', 'meanwhile', 'moreover', 'furthermore', 'indeed', 'instead', 'otherwise', 'thus',
  'therefore', 'hence', 'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'later', 'earlier', 'again',
  'once', 'twice', 'first', 'second', 'third', 'last', 'next', 'finally', 'perhaps', 'maybe', 'well', 'oh',
  'please', 'thank', 'thanks', 'sorry', 'okay', 'ok', 'hey', 'hello', 'dear', 'let', 'lets',
  // Pronouns and their forms.
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his', 'she', 'her',
  'hers', 'it', 'its', 'they', 'them', 'their', 'theirs', 'one', 'someone', 'everyone', 'nobody', 'anyone',
  // Auxiliaries and very common verbs that open questions and headlines.
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would',
  'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'said', 'says', 'asked', 'told', 'added',
  // Number words: "The Thirty" (the NATO allies) is a number, not a name.
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozens',
  // Days and months: capitalised, but times, not names.
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // Words that open news copy: datelines, bylines, section labels.
  'abstract', 'full', 'text', 'update', 'updated', 'breaking', 'photo', 'video', 'watch', 'read', 'follow',
  'related', 'advertisement', 'editor', 'note', 'correction', 'exclusive', 'opinion', 'analysis',
]);
