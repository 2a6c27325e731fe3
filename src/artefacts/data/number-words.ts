/**
 * English number words. A lexicon phrase that ends in one ("the thirty" for Italian "i
 * Trenta", the NATO allies) is a calque only when the number stands as a noun; before a
 * noun ("the thirty Western allies") it is ordinary English. Each entry: word, value.
 */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
  ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['twenty', 20], ['twenty-seven', 27], ['twenty-eight', 28],
  ['thirty', 30], ['thirty-one', 31], ['thirty-two', 32], ['forty', 40], ['fifty', 50], ['hundred', 100],
]);
