/**
 * Abbreviations that end in a full stop without ending the sentence. Keys are lowercase
 * and without the final full stop. News style guides (AP, Reuters) are the main source.
 *
 * `always`: the next word belongs to the same sentence (titles before a name, "No." before
 * a number). `unlessCapitalised`: the abbreviation may also close a sentence ("based in
 * the U.S."), so it holds the sentence open only when the next word starts in lower case
 * or with a digit.
 */
export type AbbreviationBehaviour = 'always' | 'unlessCapitalised';

export const ABBREVIATIONS: ReadonlyMap<string, AbbreviationBehaviour> = new Map<string, AbbreviationBehaviour>([
  // Honorifics and titles, always followed by a name.
  ['mr', 'always'], // Mr. Putin
  ['mrs', 'always'], // Mrs. Merkel
  ['ms', 'always'], // Ms. Sherman
  ['dr', 'always'], // Dr. Fauci
  ['prof', 'always'], // Prof. Rossi
  ['sen', 'always'], // Sen. Warren
  ['rep', 'always'], // Rep. Pelosi
  ['gov', 'always'], // Gov. Newsom
  ['pres', 'always'], // Pres. Biden
  ['gen', 'always'], // Gen. Milley
  ['lt', 'always'], // Lt. Col.
  ['col', 'always'], // Col. Smith
  ['maj', 'always'], // Maj. Gen.
  ['capt', 'always'], // Capt. Jones
  ['cmdr', 'always'], // Cmdr. Lee
  ['adm', 'always'], // Adm. Nimitz
  ['sgt', 'always'], // Sgt. Pepper
  ['cpl', 'always'], // Cpl. Hicks
  ['pvt', 'always'], // Pvt. Ryan
  ['rev', 'always'], // Rev. King
  ['fr', 'always'], // Fr. Brown
  ['st', 'always'], // St. Petersburg
  ['mt', 'always'], // Mt. Everest
  ['hon', 'always'], // Hon. member
  ['amb', 'always'], // Amb. Taylor
  ['atty', 'always'], // Atty. Gen.
  ['supt', 'always'], // Supt. Ward
  ['insp', 'always'], // Insp. Morse
  ['messrs', 'always'], // Messrs. Smith and Jones
  ['mme', 'always'], // Mme. Lagarde
  ['mlle', 'always'], // Mlle. Dupont
  ['sr', 'unlessCapitalised'], // John Smith Sr.
  ['jr', 'unlessCapitalised'], // Martin Luther King Jr.
  // Before numbers and references.
  ['no', 'always'], // No. 2 (only holds when a digit follows; see segment-sentences)
  ['nos', 'always'], // Nos. 3 and 4
  ['art', 'always'], // Art. 5
  ['vol', 'always'], // Vol. 3
  ['p', 'always'], // p. 12
  ['pp', 'always'], // pp. 12-14
  ['fig', 'always'], // Fig. 2
  ['ch', 'always'], // Ch. 7
  ['sec', 'always'], // Sec. 230
  ['para', 'always'], // para. 4
  ['approx', 'always'], // approx. 300
  ['ca', 'always'], // ca. 1900
  ['cf', 'always'], // cf. the treaty
  ['vs', 'always'], // Russia vs. Ukraine
  ['v', 'always'], // Roe v. Wade
  ['viz', 'always'], // viz. the following
  ['e.g', 'always'], // e.g. sanctions
  ['i.e', 'always'], // i.e. the allies
  ['etc', 'unlessCapitalised'], // tanks, jets, etc.
  ['al', 'unlessCapitalised'], // Smith et al.
  // Months (AP style), which may end a sentence only rarely.
  ['jan', 'always'], // Jan. 12
  ['feb', 'always'], // Feb. 24
  ['mar', 'unlessCapitalised'], // Mar. 3 (also a word)
  ['apr', 'always'], // Apr. 1
  ['aug', 'always'], // Aug. 15
  ['sep', 'always'], // Sep. 11
  ['sept', 'always'], // Sept. 11
  ['oct', 'always'], // Oct. 7
  ['nov', 'always'], // Nov. 9
  ['dec', 'always'], // Dec. 25
  // Organisations and places that may close a sentence.
  ['u.s', 'unlessCapitalised'], // the U.S. said
  ['u.k', 'unlessCapitalised'], // the U.K. government
  ['u.n', 'unlessCapitalised'], // the U.N. Security Council
  ['e.u', 'unlessCapitalised'], // the E.U. summit
  ['u.s.a', 'unlessCapitalised'], // the U.S.A.
  ['d.c', 'unlessCapitalised'], // Washington, D.C.
  ['inc', 'unlessCapitalised'], // Apple Inc.
  ['corp', 'unlessCapitalised'], // Microsoft Corp.
  ['co', 'unlessCapitalised'], // Smith & Co.
  ['ltd', 'unlessCapitalised'], // Acme Ltd.
  ['bros', 'unlessCapitalised'], // Warner Bros.
  ['dept', 'unlessCapitalised'], // Dept. of State
  ['univ', 'unlessCapitalised'], // Univ. of Bologna
  ['ave', 'unlessCapitalised'], // Fifth Ave.
  ['blvd', 'unlessCapitalised'], // Sunset Blvd.
  ['rd', 'unlessCapitalised'], // Abbey Rd.
  // Times of day.
  ['a.m', 'unlessCapitalised'], // 10 a.m. Tuesday
  ['p.m', 'unlessCapitalised'], // 4 p.m.
  // US state abbreviations used in datelines.
  ['ala', 'unlessCapitalised'], // Ala.
  ['ariz', 'unlessCapitalised'], // Ariz.
  ['calif', 'unlessCapitalised'], // Calif.
  ['colo', 'unlessCapitalised'], // Colo.
  ['conn', 'unlessCapitalised'], // Conn.
  ['fla', 'unlessCapitalised'], // Fla.
  ['ill', 'unlessCapitalised'], // Ill.
  ['mass', 'unlessCapitalised'], // Mass.
  ['mich', 'unlessCapitalised'], // Mich.
  ['minn', 'unlessCapitalised'], // Minn.
  ['nev', 'unlessCapitalised'], // Nev.
  ['penn', 'unlessCapitalised'], // Penn.
  ['tenn', 'unlessCapitalised'], // Tenn.
  ['tex', 'unlessCapitalised'], // Tex.
  ['va', 'unlessCapitalised'], // Va.
  ['wash', 'unlessCapitalised'], // Wash.
  ['wis', 'unlessCapitalised'], // Wis.
]);
