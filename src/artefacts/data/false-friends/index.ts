import { DE_FALSE_FRIENDS } from './de.js';
import { ES_FALSE_FRIENDS } from './es.js';
import { FR_FALSE_FRIENDS } from './fr.js';
import { IT_FALSE_FRIENDS } from './it.js';
import { PT_FALSE_FRIENDS } from './pt.js';
import type { FalseFriendEntry, SourceLanguage } from './types.js';

export type { FalseFriendEntry, FalseFriendKind, SourceLanguage } from './types.js';
export { DE_FALSE_FRIENDS, ES_FALSE_FRIENDS, FR_FALSE_FRIENDS, IT_FALSE_FRIENDS, PT_FALSE_FRIENDS };

/** The false-friend, calque and exonym lexicon of each source language, each sorted by `english`. */
export const FALSE_FRIEND_LEXICONS: Readonly<Record<SourceLanguage, readonly FalseFriendEntry[]>> = Object.freeze({
  it: IT_FALSE_FRIENDS,
  fr: FR_FALSE_FRIENDS,
  es: ES_FALSE_FRIENDS,
  de: DE_FALSE_FRIENDS,
  pt: PT_FALSE_FRIENDS,
});
