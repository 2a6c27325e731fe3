import type { SourceLanguage } from '../../options.js';

/** English names of the source languages, for messages. */
export const LANGUAGE_NAMES: Readonly<Record<SourceLanguage, string>> = {
  it: 'Italian',
  fr: 'French',
  es: 'Spanish',
  de: 'German',
  pt: 'Portuguese',
};
