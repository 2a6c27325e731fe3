/**
 * Words that name a date or time. A replacement of one by another inside two aligned
 * statements ("on Monday" / "on Tuesday", "yesterday" / "today") is a date divergence.
 * Lower case.
 */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
  // abbreviations as news agencies write them ("Jan.", "Sept.")
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

export const WEEKDAYS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

/** Days and parts of days named relative to the report's date. */
export const RELATIVE_DAYS: readonly string[] = [
  'yesterday', 'today', 'tomorrow', 'tonight', // the day before, of, or after the report
  'morning', 'afternoon', 'evening', 'night', 'midnight', 'noon', // parts of a day
  'weekend', // "over the weekend"
];
