/**
 * Nouns that name a role a person holds ("the secretary general", "the diplomat", "a
 * spokesman"). A role noun refers back to a person already named, or stands for an
 * unnamed one. Gender is given only where the noun itself marks it.
 */
export interface RoleNoun {
  readonly gender?: 'female' | 'male';
  /** Plural forms name a group of people ("officials", "the delegations"). */
  readonly plural?: boolean;
}

export const ROLE_NOUNS: ReadonlyMap<string, RoleNoun> = new Map<string, RoleNoun>([
  ['president', {}], // head of state or of an organisation
  ['vice-president', {}], // hyphenated spelling
  ['secretary', {}], // secretary of state, secretary general
  ['minister', {}], // government minister
  ['premier', {}], // head of government
  ['chancellor', {}], // German head of government
  ['senator', {}], // member of a senate
  ['governor', {}], // head of a state
  ['mayor', {}], // head of a city
  ['congressman', { gender: 'male' }], // member of the US House
  ['congresswoman', { gender: 'female' }], // member of the US House
  ['representative', {}], // member of a lower house, or an envoy
  ['lawmaker', {}], // legislator
  ['legislator', {}], // member of a legislature
  ['speaker', {}], // presiding officer of a house
  ['diplomat', {}], // envoy, foreign-service official
  ['ambassador', {}], // head of an embassy
  ['envoy', {}], // special representative
  ['spokesman', { gender: 'male' }], // press officer
  ['spokeswoman', { gender: 'female' }], // press officer
  ['spokesperson', {}], // press officer
  ['chairman', {}], // often used for women too, so no gender
  ['chairwoman', { gender: 'female' }], // presiding officer
  ['chair', {}], // presiding officer
  ['leader', {}], // party or group leader
  ['chief', {}], // head of an office
  ['head', {}], // "head of the Russian delegation"
  ['director', {}], // head of an agency
  ['official', {}], // unnamed government official
  ['aide', {}], // assistant to an official
  ['adviser', {}], // advisor
  ['advisor', {}], // US spelling
  ['nominee', {}], // party's candidate
  ['candidate', {}], // election candidate
  ['front-runner', {}], // leading candidate
  ['frontrunner', {}], // leading candidate
  ['hopeful', {}], // "presidential hopeful"
  ['general', {}], // army general, secretary general
  ['admiral', {}], // navy officer
  ['commander', {}], // military commander
  ['king', { gender: 'male' }], // monarch
  ['queen', { gender: 'female' }], // monarch
  ['prince', { gender: 'male' }], // royal
  ['princess', { gender: 'female' }], // royal
  ['pope', { gender: 'male' }], // head of the Catholic Church
  ['judge', {}], // judge
  ['justice', {}], // supreme court justice
  ['attorney', {}], // lawyer, prosecutor
  ['prosecutor', {}], // public prosecutor
  ['lawyer', {}], // counsel
  ['strategist', {}], // campaign strategist
  ['pollster', {}], // opinion pollster
  ['manager', {}], // campaign manager
  ['analyst', {}], // commentator
  ['economist', {}], // expert
  ['expert', {}], // specialist
  ['professor', {}], // academic
  ['businessman', { gender: 'male' }], // business person
  ['businesswoman', { gender: 'female' }], // business person
  ['billionaire', {}], // common epithet in news
  ['mogul', {}], // "the real estate mogul"
  ['founder', {}], // founder of an organisation
  ['executive', {}], // company executive
  ['ceo', {}], // chief executive officer
  ['host', {}], // broadcast host
  ['anchor', {}], // news anchor
  ['columnist', {}], // opinion writer
  ['author', {}], // writer
  ['activist', {}], // campaigner
  ['officer', {}], // police or military officer
  ['deputy', {}], // "the deputy"
  ['undersecretary', {}], // junior minister
  ['negotiator', {}], // talks delegate
  ['reporter', {}], // journalist
  ['correspondent', {}], // journalist
  ['journalist', {}], // journalist
  ['editor', {}], // newspaper editor
  ['narrator', {}], // voice of an advertisement
  ['witness', {}], // eyewitness
  ['resident', {}], // local inhabitant
  ['voter', {}], // member of the electorate
  ['supporter', {}], // backer
  ['critic', {}], // opponent
  ['observer', {}], // commentator
  ['delegate', {}], // convention delegate
  ['volunteer', {}], // helper
  ['consultant', {}], // adviser
  ['operative', {}], // political operative
  ['historian', {}], // academic
  ['scientist', {}], // researcher
  ['researcher', {}], // academic
  ['teacher', {}], // educator
  ['doctor', {}], // physician
  ['soldier', {}], // military
  ['owner', {}], // business owner
  ['organizer', {}], // event organiser
  ['organiser', {}], // British spelling
  ['attendee', {}], // participant
  ['protester', {}], // demonstrator
  ['wife', { gender: 'female' }], // kinship, marks gender
  ['husband', { gender: 'male' }], // kinship, marks gender
  ['mother', { gender: 'female' }], // kinship, marks gender
  ['father', { gender: 'male' }], // kinship, marks gender
  ['son', { gender: 'male' }], // kinship, marks gender
  ['daughter', { gender: 'female' }], // kinship, marks gender
  ['brother', { gender: 'male' }], // kinship, marks gender
  ['sister', { gender: 'female' }], // kinship, marks gender
  // Plural role nouns stand for groups of people.
  ['officials', { plural: true }], // unnamed officials
  ['diplomats', { plural: true }], // unnamed diplomats
  ['aides', { plural: true }], // staff
  ['advisers', { plural: true }], // staff
  ['lawmakers', { plural: true }], // legislators
  ['senators', { plural: true }], // legislators
  ['leaders', { plural: true }], // leaders of a group
  ['ministers', { plural: true }], // government ministers
  ['delegates', { plural: true }], // conference or convention delegates
  ['critics', { plural: true }], // opponents
  ['supporters', { plural: true }], // backers
  ['analysts', { plural: true }], // commentators
  ['experts', { plural: true }], // specialists
  ['observers', { plural: true }], // commentators
  ['sources', { plural: true }], // anonymous sources
  ['voters', { plural: true }], // electorate
  ['residents', { plural: true }], // locals
  ['citizens', { plural: true }], // people of a country
  ['protesters', { plural: true }], // demonstrators
  ['allies', { plural: true }], // "the allies" (of NATO, of a politician)
  ['organizers', { plural: true }], // event organisers
  ['organisers', { plural: true }], // British spelling
  ['prosecutors', { plural: true }], // public prosecutors
  ['investigators', { plural: true }], // police or inspectors
  ['authorities', { plural: true }], // government bodies
  ['researchers', { plural: true }], // academics
  ['economists', { plural: true }], // experts
  ['democrats', { plural: true }], // party members
  ['conservatives', { plural: true }], // political camp
  ['liberals', { plural: true }], // political camp
  ['progressives', { plural: true }], // political camp
  ['members', { plural: true }], // members of a body
  ['lawyers', { plural: true }], // counsel
  ['attorneys', { plural: true }], // counsel
  ['judges', { plural: true }], // the bench
  ['candidates', { plural: true }], // election candidates
  ['nominees', { plural: true }], // party candidates
  ['spokesmen', { plural: true }], // press officers
  ['governors', { plural: true }], // heads of states
  ['mayors', { plural: true }], // heads of cities
  ['ambassadors', { plural: true }], // envoys
  ['advocates', { plural: true }], // campaigners
  ['activists', { plural: true }], // campaigners
  ['strategists', { plural: true }], // political consultants
  ['pollsters', { plural: true }], // opinion pollsters
  ['donors', { plural: true }], // funders
  ['politicians', { plural: true }], // elected officials
  ['scientists', { plural: true }], // researchers
  ['doctors', { plural: true }], // physicians
  ['witnesses', { plural: true }], // witnesses
  ['veterans', { plural: true }], // former soldiers
  ['students', { plural: true }], // students
  ['parents', { plural: true }], // parents
  ['workers', { plural: true }], // workers
  ['employees', { plural: true }], // staff
  ['agents', { plural: true }], // federal agents
  ['police', { plural: true }], // the police
  ['insiders', { plural: true }], // well-placed sources
  ['reporters', { plural: true }], // journalists
  ['journalists', { plural: true }], // journalists
  ['republicans', { plural: true }], // party members
]);

/**
 * Words that modify a role noun inside a role phrase ("deputy", "former", "foreign").
 * Capitalised words and demonyms are accepted as modifiers without being listed.
 */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', // second in rank
  'vice', // second in rank
  'assistant', // junior rank
  'under', // "under secretary"
  'former', // no longer in office
  'acting', // temporarily in office
  'interim', // temporarily in office
  'outgoing', // leaving office
  'incoming', // entering office
  'senior', // high rank
  'top', // "top aide"
  'chief', // "chief strategist"
  'foreign', // foreign minister
  'defense', // defense secretary
  'defence', // British spelling
  'interior', // interior minister
  'finance', // finance minister
  'economy', // economy minister
  'state', // state senator, secretary of state
  'prime', // prime minister
  'general', // secretary general
  'permanent', // permanent representative
  'special', // special envoy
  'press', // press secretary
  'campaign', // campaign manager
  'communications', // communications director
  'policy', // policy adviser
  'national', // national security adviser
  'security', // security adviser
  'presidential', // presidential candidate
  'republican', // party modifier, often lower case in quotes
  'democratic', // party modifier
  'party', // party leader
  'opposition', // opposition leader
  'majority', // majority leader
  'minority', // minority leader
  'white', // White House spokesman
  'house', // House speaker
  'senate', // Senate leader
  'government', // government official
  'administration', // administration official
  'military', // military officials
  'intelligence', // intelligence officials
  'russian', // demonym written lower case after translation
  'american', // demonym written lower case after translation
  'real', // "real estate mogul"
  'estate', // "real estate mogul"
  'business', // "business executive"
  'longtime', // "longtime adviser"
  'top-ranking', // high rank
  'high-ranking', // high rank
  'two-term', // tenure
  'first-term', // tenure
  'veteran', // experienced
  'retired', // no longer serving
  'late', // deceased
]);

/** Role words written as abbreviations in titles, mapped to the full noun, so "Sen." matches "the senator". */
export const ROLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['sen', 'senator'], // Sen. Lindsey Graham
  ['rep', 'representative'], // Rep. John Boehner
  ['gov', 'governor'], // Gov. Chris Christie
  ['gen', 'general'], // Gen. Mark Milley
  ['pres', 'president'], // Pres. Obama
  ['amb', 'ambassador'], // Amb. Susan Rice
  ['adm', 'admiral'], // Adm. Mike Mullen
]);

/**
 * Generic role nouns that point back to a named person through a related role: "the
 * diplomat" for a deputy foreign minister or a secretary of state. Each generic noun
 * lists words that, found in an entity's roles, make it a fitting antecedent.
 */
export const RELATED_ROLES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['diplomat', ['foreign', 'ambassador', 'envoy', 'diplomat', 'delegation', 'state', 'negotiator']], // foreign-service roles
  ['envoy', ['ambassador', 'envoy', 'representative', 'delegation']], // representatives abroad
  ['negotiator', ['delegation', 'negotiator', 'envoy', 'ambassador', 'foreign']], // talks delegates
  ['official', ['minister', 'secretary', 'official', 'director', 'spokesman', 'spokeswoman', 'undersecretary', 'deputy']], // office holders
  ['politician', ['senator', 'governor', 'representative', 'congressman', 'congresswoman', 'minister', 'president', 'mayor']], // elected office
  ['lawmaker', ['senator', 'representative', 'congressman', 'congresswoman', 'legislator']], // legislators
  ['legislator', ['senator', 'representative', 'congressman', 'congresswoman', 'lawmaker']], // legislators
  ['candidate', ['nominee', 'candidate', 'hopeful', 'front-runner', 'frontrunner']], // election candidates
  ['nominee', ['nominee', 'candidate', 'hopeful', 'front-runner', 'frontrunner']], // election candidates
  ['billionaire', ['businessman', 'businesswoman', 'mogul', 'billionaire', 'executive', 'founder']], // business people
  ['businessman', ['businessman', 'mogul', 'billionaire', 'executive', 'founder']], // business people
  ['mogul', ['businessman', 'mogul', 'billionaire', 'executive', 'founder']], // business people
  ['minister', ['minister', 'secretary']], // cabinet members
  ['secretary', ['secretary', 'minister']], // cabinet members
  ['general', ['general', 'commander', 'admiral']], // military leaders
  ['commander', ['general', 'commander', 'admiral']], // military leaders
]);
