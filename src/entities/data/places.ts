/**
 * Countries with their demonym and capital, and other places often named in news. A
 * capital standing as the subject of a verb ("Moscow said") stands for its government.
 * Keys and values are as written in English news; lookups are case-insensitive.
 */
export interface Country {
  readonly name: string;
  /** Adjective and demonym ("Russian"). */
  readonly demonym: string;
  readonly capital?: string;
  /** Other names and abbreviations ("US", "U.S.", "America"). */
  readonly aliases?: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  { name: 'Russia', demonym: 'Russian', capital: 'Moscow', aliases: ['Russian Federation'] }, // Kremlin seat
  { name: 'Ukraine', demonym: 'Ukrainian', capital: 'Kiev', aliases: ['Kyiv'] }, // capital has two spellings
  { name: 'United States', demonym: 'American', capital: 'Washington', aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'] }, // many short forms
  { name: 'United Kingdom', demonym: 'British', capital: 'London', aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England'] }, // England used loosely
  { name: 'France', demonym: 'French', capital: 'Paris' }, // EU member
  { name: 'Germany', demonym: 'German', capital: 'Berlin' }, // EU member
  { name: 'Italy', demonym: 'Italian', capital: 'Rome' }, // EU member
  { name: 'Spain', demonym: 'Spanish', capital: 'Madrid' }, // EU member
  { name: 'Portugal', demonym: 'Portuguese', capital: 'Lisbon' }, // EU member
  { name: 'Poland', demonym: 'Polish', capital: 'Warsaw' }, // EU member
  { name: 'Belgium', demonym: 'Belgian', capital: 'Brussels' }, // seat of NATO and the EU
  { name: 'Netherlands', demonym: 'Dutch', capital: 'Amsterdam', aliases: ['Holland'] }, // EU member
  { name: 'Austria', demonym: 'Austrian', capital: 'Vienna' }, // seat of the OSCE
  { name: 'Switzerland', demonym: 'Swiss', capital: 'Bern', aliases: ['Berne'] }, // Geneva talks
  { name: 'Sweden', demonym: 'Swedish', capital: 'Stockholm' }, // Nordic
  { name: 'Finland', demonym: 'Finnish', capital: 'Helsinki' }, // Nordic
  { name: 'Norway', demonym: 'Norwegian', capital: 'Oslo' }, // Nordic
  { name: 'Denmark', demonym: 'Danish', capital: 'Copenhagen' }, // Nordic
  { name: 'Estonia', demonym: 'Estonian', capital: 'Tallinn' }, // Baltic
  { name: 'Latvia', demonym: 'Latvian', capital: 'Riga' }, // Baltic
  { name: 'Lithuania', demonym: 'Lithuanian', capital: 'Vilnius' }, // Baltic
  { name: 'Belarus', demonym: 'Belarusian', capital: 'Minsk' }, // Russian ally
  { name: 'Moldova', demonym: 'Moldovan', capital: 'Chisinau', aliases: ['Moldavia'] }, // Moldavia is the old name
  { name: 'Georgia', demonym: 'Georgian', capital: 'Tbilisi' }, // also a US state
  { name: 'Romania', demonym: 'Romanian', capital: 'Bucharest' }, // EU member
  { name: 'Hungary', demonym: 'Hungarian', capital: 'Budapest' }, // EU member
  { name: 'Greece', demonym: 'Greek', capital: 'Athens' }, // EU member
  { name: 'Turkey', demonym: 'Turkish', capital: 'Ankara', aliases: ['Türkiye'] }, // NATO member
  { name: 'Ireland', demonym: 'Irish', capital: 'Dublin' }, // EU member
  { name: 'Canada', demonym: 'Canadian', capital: 'Ottawa' }, // NATO member
  { name: 'Mexico', demonym: 'Mexican', capital: 'Mexico City' }, // US neighbour
  { name: 'Brazil', demonym: 'Brazilian', capital: 'Brasilia' }, // South America
  { name: 'Argentina', demonym: 'Argentine', capital: 'Buenos Aires' }, // South America
  { name: 'Venezuela', demonym: 'Venezuelan', capital: 'Caracas' }, // South America
  { name: 'Cuba', demonym: 'Cuban', capital: 'Havana' }, // Caribbean
  { name: 'China', demonym: 'Chinese', capital: 'Beijing' }, // East Asia
  { name: 'Japan', demonym: 'Japanese', capital: 'Tokyo' }, // East Asia
  { name: 'North Korea', demonym: 'North Korean', capital: 'Pyongyang' }, // East Asia
  { name: 'South Korea', demonym: 'South Korean', capital: 'Seoul' }, // East Asia
  { name: 'Taiwan', demonym: 'Taiwanese', capital: 'Taipei' }, // East Asia
  { name: 'India', demonym: 'Indian', capital: 'New Delhi' }, // South Asia
  { name: 'Pakistan', demonym: 'Pakistani', capital: 'Islamabad' }, // South Asia
  { name: 'Afghanistan', demonym: 'Afghan', capital: 'Kabul' }, // Central Asia
  { name: 'Kazakhstan', demonym: 'Kazakh', capital: 'Astana' }, // Central Asia
  { name: 'Iran', demonym: 'Iranian', capital: 'Tehran' }, // Middle East
  { name: 'Iraq', demonym: 'Iraqi', capital: 'Baghdad' }, // Middle East
  { name: 'Syria', demonym: 'Syrian', capital: 'Damascus' }, // Middle East
  { name: 'Israel', demonym: 'Israeli', capital: 'Jerusalem' }, // Middle East
  { name: 'Saudi Arabia', demonym: 'Saudi', capital: 'Riyadh' }, // Middle East
  { name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo' }, // North Africa
  { name: 'Libya', demonym: 'Libyan', capital: 'Tripoli' }, // North Africa
  { name: 'Nigeria', demonym: 'Nigerian', capital: 'Abuja' }, // West Africa
  { name: 'South Africa', demonym: 'South African', capital: 'Pretoria' }, // Southern Africa
  { name: 'Australia', demonym: 'Australian', capital: 'Canberra' }, // Oceania
  { name: 'Serbia', demonym: 'Serbian', capital: 'Belgrade' }, // Balkans
  { name: 'Chad', demonym: 'Chadian', capital: "N'Djamena" }, // Central Africa
];

/** Places other than countries and capitals, lower case: regions, cities and US states. */
export const OTHER_PLACES: ReadonlySet<string> = new Set([
  'europe', // continent
  'asia', // continent
  'africa', // continent
  'america', // continent or the US
  'latin america', // region
  'middle east', // region
  'eastern europe', // region
  'western europe', // region
  'the west', // political bloc
  'the baltics', // region
  'baltic states', // region
  'crimea', // disputed peninsula
  'donbass', // disputed region
  'donbas', // alternative spelling
  'geneva', // talks venue
  'new york', // city and state
  'los angeles', // city
  'chicago', // city
  'boston', // city
  'miami', // city
  'philadelphia', // city
  'san francisco', // city
  'las vegas', // city
  'cleveland', // convention city
  'manhattan', // borough
  'brooklyn', // borough
  'central park', // park
  'silicon valley', // region
  'wall street', // financial district
  'macau', // city
  'benghazi', // city
  'astana', // city
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', // US states
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', // US states
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', // US states
  'new hampshire', 'new jersey', 'new mexico', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', // US states
  'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', // US states
  'virginia', 'west virginia', 'wisconsin', 'wyoming', // US states
]);
