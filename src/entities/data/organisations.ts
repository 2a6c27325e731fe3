/**
 * Words that make a proper name an organisation ("Defense Ministry", "NATO-Russia
 * Council") and the aliases under which well-known organisations appear.
 */

/** Head words of organisation names, lower case. */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'ministry', // Defense Ministry
  'department', // State Department
  'council', // NATO-Russia Council
  'committee', // National Committee
  'commission', // European Commission
  'party', // Republican Party
  'alliance', // Atlantic Alliance
  'union', // European Union
  'agency', // Environmental Protection Agency
  'organisation', // British spelling
  'organization', // World Health Organization
  'bureau', // Federal Bureau of Investigation
  'office', // Foreign Office
  'administration', // Obama administration
  'government', // Russian Government
  'parliament', // European Parliament
  'congress', // US Congress
  'senate', // US Senate
  'assembly', // General Assembly
  'court', // Supreme Court
  'campaign', // Clinton Campaign
  'foundation', // Clinton Foundation
  'institute', // Roosevelt Institute
  'university', // Georgetown University
  'college', // Electoral College, colleges
  'school', // schools
  'association', // National Rifle Association
  'federation', // Russian Federation (as a state actor)
  'corporation', // companies
  'company', // companies
  'corp', // companies
  'inc', // companies
  'group', // Eurasia Group
  'bank', // World Bank
  'fund', // International Monetary Fund
  'times', // New York Times
  'post', // Washington Post
  'news', // Fox News
  'journal', // Wall Street Journal
  'tribune', // Chicago Tribune
  'herald', // Miami Herald
  'gazette', // newspapers
  'magazine', // magazines
  'network', // broadcasters
  'television', // broadcasters
  'radio', // broadcasters
  'agency', // news agencies
  'coalition', // Republican Jewish Coalition
  'caucus', // Freedom Caucus
  'board', // Federal Reserve Board
  'service', // Secret Service
  'army', // armed forces
  'navy', // armed forces
  'police', // police forces
  'guard', // National Guard
  'delegation', // Russian Delegation
  'club', // clubs
  'society', // societies
  'center', // think tanks
  'centre', // British spelling
  'forum', // World Economic Forum
  'network', // networks
  'movement', // political movements
  'front', // political fronts
  'authority', // Palestinian Authority
  'reserve', // Federal Reserve
  'kremlin', // the Kremlin
  'pentagon', // the Pentagon
  'house', // White House, House of Representatives
  'cabinet', // government cabinet
  'osce', // Organization for Security and Co-operation in Europe
]);

/** Known alternative names of organisations: alias (lower case) → canonical name. */
export const ORGANISATION_ALIASES: ReadonlyMap<string, string> = new Map([
  ['atlantic alliance', 'NATO'], // common in European reporting
  ['north atlantic treaty organization', 'NATO'], // full name
  ['north atlantic treaty organisation', 'NATO'], // British spelling
  ['north atlantic alliance', 'NATO'], // variant
  ['european union', 'EU'], // full name
  ['united nations', 'UN'], // full name
  ['u.n.', 'UN'], // dotted abbreviation
  ['kremlin', 'Russian government'], // seat of the Russian presidency
  ['the kremlin', 'Russian government'], // with article
  ['white house', 'US administration'], // seat of the US presidency
  ['federal bureau of investigation', 'FBI'], // full name
  ['central intelligence agency', 'CIA'], // full name
  ['gop', 'Republican Party'], // Grand Old Party
  ['grand old party', 'Republican Party'], // full nickname
  ['democratic national committee', 'DNC'], // full name
  ['republican national committee', 'RNC'], // full name
]);

/** Lower-case nouns for bodies of people that speak as one ("the delegation", "the campaign"). */
export const BODY_NOUNS: ReadonlyMap<string, { readonly plural?: boolean }> = new Map<string, { readonly plural?: boolean }>([
  ['delegation', {}], // negotiating team
  ['delegations', { plural: true }], // both negotiating teams
  ['alliance', {}], // "the alliance": the alliance named before (NATO as "the Atlantic Alliance")
  ['campaign', {}], // election campaign staff
  ['government', {}], // executive
  ['administration', {}], // US executive
  ['ministry', {}], // government department
  ['department', {}], // government department
  ['committee', {}], // parliamentary or party committee
  ['commission', {}], // executive body
  ['council', {}], // governing council
  ['party', {}], // political party
  ['agency', {}], // government agency
  ['company', {}], // business
  ['side', {}], // "the Russian side"
  ['team', {}], // campaign or negotiating team
  ['white house', {}], // the US presidency
]);
