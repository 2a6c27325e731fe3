/**
 * Common East Asian family names. Chinese, Korean and Vietnamese names put the family name
 * first ("Kim Jong Un", "Xi Jinping"), so the first word of such a name is no first name
 * and says nothing about gender ("Kim" is a woman's first name in English tables).
 * Each entry: the lower-cased family name, and where it is common.
 */
export const SURNAME_FIRST_FAMILY_NAMES: ReadonlyMap<string, string> = new Map([
  ['kim', 'Korea'],
  ['lee', 'Korea, China'],
  ['park', 'Korea'],
  ['choi', 'Korea'],
  ['jung', 'Korea'],
  ['moon', 'Korea'],
  ['yoon', 'Korea'],
  ['xi', 'China'],
  ['li', 'China'],
  ['wang', 'China'],
  ['zhang', 'China'],
  ['liu', 'China'],
  ['chen', 'China'],
  ['yang', 'China'],
  ['zhao', 'China'],
  ['huang', 'China'],
  ['zhou', 'China'],
  ['wu', 'China'],
  ['hu', 'China'],
  ['sun', 'China'],
  ['ma', 'China'],
  ['xia', 'China'],
  ['song', 'China'],
  ['wen', 'China'],
  ['nguyen', 'Vietnam'],
  ['tran', 'Vietnam'],
  ['pham', 'Vietnam'],
  ['le', 'Vietnam'],
]);
