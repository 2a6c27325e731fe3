export { brokenHyphenRule } from './broken-hyphen.js';
export { lowercaseAfterStopRule } from './lowercase-after-stop.js';
export { missingSpaceRule } from './missing-space.js';
export { mojibakeRule } from './mojibake.js';
export { quoteMarksRule } from './quote-marks.js';
export { spaceBeforePunctuationRule } from './space-before-punctuation.js';
export { strayCapitalRule } from './stray-capital.js';
