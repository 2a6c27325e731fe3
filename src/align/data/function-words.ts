/**
 * Words that carry grammar rather than content. They still take part in diffs, but weigh
 * little when deciding whether two sentences say the same thing. Lower case.
 */
export const FUNCTION_WORDS: readonly string[] = [
  // articles and determiners
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'either', 'neither',
  'such', 'what', 'which', 'whose', 'whatever', 'whichever', 'another', 'other', 'others', 'both', 'all',
  // personal, possessive and reflexive pronouns
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours',
  'yourself', 'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its',
  'itself', 'they', 'them', 'their', 'theirs', 'themselves', 'who', 'whom', 'one', 'oneself',
  // prepositions
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'into', 'onto', 'upon', 'about', 'above',
  'below', 'over', 'under', 'between', 'among', 'through', 'during', 'before', 'after', 'since', 'until',
  'till', 'against', 'towards', 'toward', 'within', 'without', 'across', 'along', 'around', 'behind',
  'beyond', 'despite', 'per', 'via', 'than', 'as', 'like', 'off', 'out', 'up', 'down', 'near',
  // conjunctions and subordinators
  'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'because', 'although', 'though', 'while', 'whereas',
  'whether', 'unless', 'when', 'where', 'why', 'how', 'then', 'also', 'however', 'therefore', 'thus',
  // auxiliaries (forms of be, have, do)
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does',
  'did', 'done', 'doing',
  // modal verbs (their meaning is checked separately, as modality)
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought',
  // negators (their meaning is checked separately, as polarity)
  'not', "n't", 'no', 'never',
  // degree and discourse adverbs that rarely change what is claimed
  'very', 'too', 'just', 'only', 'even', 'still', 'already', 'again', 'now', 'here', 'there', 'more',
  'most', 'much', 'many', 'less', 'least', 'quite', 'rather', 'really', 'so', 'well', 'ever',
  // the possessive clitic and contracted auxiliaries, as the tokenizer splits them
  "'s", "'re", "'ve", "'ll", "'d", "'m",
  // reporting verbs: nearly every news sentence has one, so sharing one proves nothing
  'say', 'says', 'said', 'saying', 'told', 'tell', 'tells', 'added', 'according',
];
