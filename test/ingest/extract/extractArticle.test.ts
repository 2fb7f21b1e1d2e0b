import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityKnowledge } from '../../../src/ingest/extract/EntityKnowledge.js';
import { extractArticle } from '../../../src/ingest/extract/extractArticle.js';
import type { Extraction } from '../../../src/ingest/extract/Extraction.js';
import { loadEntityKnowledge } from '../../../src/ingest/extract/loadEntityKnowledge.js';

let knowledge: EntityKnowledge;
beforeAll(async () => {
  knowledge = await loadEntityKnowledge();
});

const extract = (text: string, title: string | null = null): Extraction =>
  extractArticle({ id: null, text, title, publisher: null, url: null, publishedOn: null, byline: [] }, knowledge);

// Short articles written for these tests; they follow common news patterns, not any real story.
const BORDER_REPORT = [
  'Removals Fall Again as Agency Shifts Focus',
  '',
  'U.S. Immigration and Customs Enforcement removed 235,413 people in fiscal year 2015, down from 315,943 a year earlier, the agency said Thursday.',
  '',
  '"We are focusing our resources on the most serious threats," said Sarah Saldaña, the director of ICE. "That is what the public expects."',
  '',
  'Of those removed, about 59 percent had criminal convictions, according to the Migration Policy Institute.',
  '',
  'Doris Meissner, a senior fellow at the Migration Policy Institute, said the drop reflected fewer apprehensions at the border. She added that the figures were "not surprising at all given the trends."',
  '',
  'Story highlights',
  'ICE removed more than 235,000 people',
  'Director says focus is on threats',
  '',
  'Washington (CNN) — The numbers were released late on Thursday.',
].join('\n');

const DETENTION_REPORT = [
  "The Department of Homeland Security spent $1.2 billion on detention in fiscal year '12, according to data released by the Government Accountability Office.",
  "",
  "Who should pay for immigration detention?",
  "",
  "By completing the poll, you agree to our privacy policy.",
  "",
  "[video id=55512]",
  "",
  "Critics said the spending was wasteful. Officials said at the time that the costs were justified.",
  "",
  "Rep. Maria Gonzalez told Reuters on Monday that the 287(g) agreements in 31 states had cost \"far more than anyone in Congress was ever told.\"",
  "",
  "\"We have a 34-year-old system and a 2014 problem,\" Gonzalez said. \"It's time to fix it.\" She said nearly 3.5 million immigrants were waiting for hearings as of Jan. 5, 2014.",
  "",
  "Mark Krikorian, executive director of the Center for Immigration Studies, disagreed. \"The backlog exists because enforcement stopped,\" he said in an interview.",
  "",
  "The number of detainers issued fell by more than 40 percent over two years, the report found.",
].join('\n');

// Wire-service style: a dateline, "fiscal 2016", a change beside its count, "one in five", titles such as "Sen." and "Mr.".
const WIRE_REPORT = [
  "WASHINGTON (AP) — Deportations of immigrants living in the U.S. interior dropped sharply last year, according to an analysis released Wednesday by the Pew Research Center.",
  "",
  "The agency removed 65,332 people arrested away from the border in fiscal 2016, down 24.5% from the year before, the report said.",
  "",
  "\"What we're seeing is a real shift in who gets deported,\" said Ana Gonzalez-Barrera, a senior researcher at Pew. \"Most removals now happen at or near the border.\"",
  "",
  "Sen. John Cornyn, R-Texas, said in an email that the decline showed \"an administration that has stopped enforcing the law.\"",
  "",
  "Mr. Cornyn has long pushed for more detention beds. Immigration officials told reporters on Tuesday that the agency held an average of 34,376 people a day in detention, at a cost of about $2.3 million a day.",
  "",
  "Thomas Homan, who leads the agency's enforcement and removal operations, told lawmakers that roughly one in five people removed had no criminal record. He said the agency \"will continue to prioritize public safety threats.\"",
  "",
  "Critics of the program, including the American Immigration Council, said the numbers masked a rise in detention. \"Detention has become the default,\" the council's policy director, Royce Murray, wrote in a blog post.",
].join('\n');

// Feature style: a headline with figures, a photo caption, "says", a quotation running on over two paragraphs,
// a fragment quoted after "says", and a pull-quote.
const FEATURE_REPORT = [
  "ICE Deported 240,255 People in 2016, Agency Says",
  "",
  "Photo: Detainees wait in a processing center in Texas. (File photo)",
  "",
  "U.S. Immigration and Customs Enforcement deported 240,255 people in fiscal year 2016, up slightly from 235,413 the previous year, the agency says in its annual report.",
  "",
  "\"We are focused on the people who pose the greatest risk,\" says Sarah Rodriguez, a spokeswoman for ICE. \"That has not changed.",
  "",
  "\"Our officers make thousands of decisions a day, and they follow the priorities they were given.\"",
  "",
  "Rodriguez says about 92 percent of those removed in the interior had been convicted of a crime.",
  "",
  "The Migration Policy Institute estimates that 11.3 million unauthorized immigrants live in the United States. Its president, Andrew Selee, says the numbers \"tell us less than people think.\"",
  "",
  "\"They tell us less than people think.\"",
  "",
  "Removals at the border rose to 174,923, the report shows.",
].join('\n');

describe('extractArticle', () => {
  it('finds figures with their hedge, unit, measure and fiscal-year period', () => {
    const result = extract(BORDER_REPORT);
    const byValue = new Map(result.figures.map((figure) => [figure.value, figure]));
    expect(byValue.get(235413)).toMatchObject({ unit: 'people', approximate: false, measure: 'removals', period: 'FY2015' });
    expect(byValue.get(315943)).toMatchObject({ unit: 'people', measure: 'removals', period: 'FY2014' });
    expect(byValue.get(59)).toMatchObject({ unit: 'percent', approximate: true, qualifier: 'about', measure: 'criminal share of removals' });
    // The highlight restates a figure: no duplicate.
    expect(result.figures.filter((figure) => figure.value === 235000)).toHaveLength(0);
    for (const figure of result.figures) expect(BORDER_REPORT.slice(figure.start, figure.end)).toContain(figure.value_text);
  });

  it('keeps a quotation split by its attribution as one, with the named speaker', () => {
    const result = extract(BORDER_REPORT);
    const saldana = result.quotes.filter((quote) => quote.speaker === 'Sarah Saldaña');
    expect(saldana).toHaveLength(1);
    expect(saldana[0]).toMatchObject({ direct: true, text: 'We are focusing our resources on the most serious threats, That is what the public expects.' });
    expect(result.people.find((person) => person.name === 'Sarah Saldaña')?.roles).toEqual([{ title: 'Director', organization: 'U.S. Immigration and Customs Enforcement' }]);
  });

  it('attributes reported speech, resolving pronouns and "the agency"', () => {
    const result = extract(BORDER_REPORT);
    const speakers = result.quotes.map((quote) => [quote.speaker, quote.direct, quote.text.slice(0, 30)]);
    expect(speakers).toContainEqual(['U.S. Immigration and Customs Enforcement', false, 'U.S. Immigration and Customs E']);
    expect(speakers).toContainEqual(['Doris Meissner', false, 'the drop reflected fewer appre']);
    // A quoted fragment inside reported speech is quoted: the words in quote marks are hers.
    expect(speakers).toContainEqual(['Doris Meissner', true, 'not surprising at all given th']);
    expect(speakers).toContainEqual(['Migration Policy Institute', false, 'Of those removed, about 59 per']);
  });

  it('uses the alias list for canonical names and marks the headline and highlights as no source of facts', () => {
    const result = extract(BORDER_REPORT);
    expect(result.article).toMatchObject({ title: 'Removals Fall Again as Agency Shifts Focus', title_inferred: false });
    const ice = result.organizations.find((org) => org.name === 'U.S. Immigration and Customs Enforcement');
    expect(ice).toMatchObject({ kind: 'agency', part_of: null });
    expect(ice?.aliases).toContain('ICE');
    expect(result.quotes.some((quote) => /Director says/.test(quote.text))).toBe(false);
  });

  it('reads money, fiscal year \'12, "as of" dates and counts of things, and skips ages, statute numbers and dates', () => {
    const result = extract(DETENTION_REPORT);
    expect(result.figures.map((figure) => [figure.value, figure.unit, figure.period])).toEqual([
      [1_200_000_000, 'usd', 'FY2012'],
      [31, 'other', null],
      [3_500_000, 'people', '2014-01-05'],
      [40, 'percent', null],
    ]);
    expect(result.figures[1]!.measure).toBe('states');
    expect(result.figures[3]).toMatchObject({ approximate: true, qualifier: 'more than', derived: true });
  });

  it('leaves out unnamed speakers, poll prompts and embeds, and skips the listener of "told"', () => {
    const result = extract(DETENTION_REPORT);
    // "…, the report found." is the report of the data the GAO released.
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Government Accountability Office', 'Maria Gonzalez', 'Maria Gonzalez', 'Maria Gonzalez', 'Mark Krikorian', 'Government Accountability Office']);
    expect(result.quotes[1]!.text.startsWith('the 287(g) agreements in 31 states')).toBe(true);
    expect(result.quotes.some((quote) => /wasteful|justified|pay for/.test(quote.text))).toBe(false);
    expect(result.people.map((person) => person.name)).toEqual(['Maria Gonzalez', 'Mark Krikorian']);
  });

  it('gives offsets that point at the quoted words in the text as given', () => {
    for (const text of [BORDER_REPORT, DETENTION_REPORT]) {
      for (const quote of extract(text).quotes) {
        const span = text.slice(quote.start, quote.end).replace(/[“”"]/g, '');
        expect(span).toContain(quote.text.split(/[,.]/)[0]!.replace(/[“”"]/g, ''));
      }
    }
  });
});

describe('extractArticle relations from the alias list', () => {
  it('states part_of and run_by only when the article names the parent too', () => {
    const alone = extract('ICE removed 1,234 people in fiscal year 2014, the agency said on Monday.');
    expect(alone.organizations.find((org) => org.name === 'U.S. Immigration and Customs Enforcement')?.part_of).toBeNull();
    const both = extract('ICE, part of the Department of Homeland Security, removed 1,234 people in fiscal year 2014, the agency said.');
    expect(both.organizations.find((org) => org.name === 'U.S. Immigration and Customs Enforcement')?.part_of).toBe('U.S. Department of Homeland Security');
  });
});

describe('extractArticle on wire-service copy', () => {
  it('keeps the dateline out of the first sentence and reads a change as a change of the count beside it', () => {
    const result = extract(WIRE_REPORT);
    expect(result.quotes[0]).toMatchObject({ speaker: 'Pew Research Center', direct: false });
    expect(result.quotes[0]!.text.startsWith('Deportations of immigrants')).toBe(true);
    expect(result.figures.map((figure) => [figure.value, figure.unit, figure.measure, figure.period])).toEqual([
      [65_332, 'people', 'removals', 'FY2016'],
      [24.5, 'percent', 'change in removals', 'FY2015->FY2016'],
      [34_376, 'people', 'detentions', 'FY2016'],
      [2_300_000, 'usd', 'detention cost', 'FY2016'],
      [20, 'percent', 'criminal share of removals', 'FY2016'],
    ]);
    expect(result.figures[4]).toMatchObject({ value_text: 'one in five', qualifier: 'about' });
  });

  it('attributes to named people through titles and skips the listener of "told lawmakers"', () => {
    const result = extract(WIRE_REPORT);
    expect(result.people.map((person) => person.name)).toEqual(['Ana Gonzalez-Barrera', 'John Cornyn', 'Thomas Homan', 'Royce Murray']);
    expect(result.quotes.map((quote) => quote.speaker)).toEqual([
      'Pew Research Center', 'Pew Research Center', 'Ana Gonzalez-Barrera', 'John Cornyn', 'Thomas Homan', 'Thomas Homan', 'Royce Murray',
    ]);
    expect(result.quotes.find((quote) => quote.verb === 'told')?.text.startsWith('roughly one in five')).toBe(true);
    // "Immigration officials told reporters" names no agency in this text, and critics are nobody in particular.
    expect(result.quotes.some((quote) => /34,376|masked/.test(quote.text))).toBe(false);
  });
});

describe('extractArticle on feature copy', () => {
  it('joins a quotation that runs on into the next paragraph, and finds a fragment quoted after "says"', () => {
    const result = extract(FEATURE_REPORT);
    expect(result.quotes.map((quote) => [quote.speaker, quote.direct])).toEqual([
      ['U.S. Immigration and Customs Enforcement', false],
      ['Sarah Rodriguez', true],
      ['Sarah Rodriguez', false],
      ['Migration Policy Institute', false],
      ['Andrew Selee', true],
    ]);
    expect(result.quotes[1]!.text).toBe('We are focused on the people who pose the greatest risk, That has not changed. Our officers make thousands of decisions a day, and they follow the priorities they were given.');
    expect(result.quotes[4]!.text).toBe('tell us less than people think.');
  });

  it('takes no facts from the headline or the caption, and names a count of people by what it counts', () => {
    const result = extract(FEATURE_REPORT);
    expect(result.article).toMatchObject({ title: 'ICE Deported 240,255 People in 2016, Agency Says', title_inferred: false });
    expect(result.figures.filter((figure) => figure.value === 240_255)).toHaveLength(1);
    expect(result.figures.find((figure) => figure.value === 11_300_000)).toMatchObject({ unit: 'people', measure: 'immigrants' });
  });
});

describe('extractArticle on stated changes', () => {
  it('reads "a decline of nearly 30 percent" between two fiscal years as a change over those years', () => {
    const result = extract('Removals fell from 200,000 in fiscal year 2014 to 150,000 in fiscal year 2015, a decline of nearly 30 percent, the agency said.');
    expect(result.figures.map((figure) => [figure.value, figure.measure, figure.period, figure.derived])).toEqual([
      [200_000, 'removals', 'FY2014', false],
      [150_000, 'removals', 'FY2015', false],
      [30, 'change in removals', 'FY2014->FY2015', true],
    ]);
  });
});

describe('extractArticle on everyday attribution patterns', () => {
  // Written for this test, in the style of a daily news report.
  const DAILY_REPORT = [
    'The Department of Homeland Security deported 368,644 people in fiscal 2013, down from about 410,000 the year before, according to figures released Friday.',
    '',
    '"We are putting our resources where they matter most," Homeland Security Secretary Jeh Johnson told reporters.',
    '',
    'But Chris Newman, legal director of the National Day Laborer Organizing Network, said the program "has eroded trust between police and immigrant communities." Newman said about 26 percent of those deported had no criminal record.',
  ].join('\n');

  it('takes "X told reporters" after a quotation as its attribution', () => {
    const result = extract(DAILY_REPORT);
    expect(result.quotes.find((quote) => quote.text.startsWith('We are putting'))).toMatchObject({ speaker: 'Jeh Johnson', verb: 'told', direct: true });
  });

  it('finds a person named after a sentence-initial "But", and gives them what they said', () => {
    const result = extract(DAILY_REPORT);
    expect(result.people.map((person) => person.name)).toEqual(['Jeh Johnson', 'Chris Newman']);
    expect(result.quotes.filter((quote) => quote.speaker === 'Chris Newman').map((quote) => quote.text.slice(0, 20))).toEqual([
      'has eroded trust bet',
      'about 26 percent of ',
    ]);
  });

  it('reads "Angela Kelley of the Center for American Progress" as a person of an organisation', () => {
    const result = extract('"There are still thousands of people in the pipeline," says Angela Kelley of the Center for American Progress.');
    expect(result.people.map((person) => person.name)).toEqual(['Angela Kelley']);
    expect(result.organizations.map((organization) => organization.name)).toEqual(['Center for American Progress']);
    expect(result.quotes[0]?.speaker).toBe('Angela Kelley');
  });

  it('reads "figures released Friday" as a publication, not as releases from custody', () => {
    const result = extract(DAILY_REPORT);
    expect(result.figures.slice(0, 2).map((figure) => [figure.value, figure.measure, figure.period])).toEqual([
      [368_644, 'removals', 'FY2013'],
      [410_000, 'removals', 'FY2012'],
    ]);
  });
});

describe('extractArticle on a county-jail story', () => {
  // Written for this test.
  const JAIL_REPORT = [
    'ICE lodged 165,000 detainers with local jails in FY14, ICE spokeswoman Gillian Christensen said on Wednesday.',
    '',
    '“We have a responsibility,” Christensen said, “to take custody of people who pose a risk to public safety.”',
    '',
    'Sheriff Lupe Valdez of Dallas County disagreed. “My deputies are not immigration agents,” she said.',
    '',
    'Maria Torres, an attorney with the American Civil Liberties Union, said the detainers "do not come with a warrant."',
  ].join('\n');

  it('keeps a quotation split by "X said," mid-sentence as one', () => {
    const result = extract(JAIL_REPORT);
    expect(result.quotes.filter((quote) => quote.direct && quote.speaker === 'Gillian Christensen').map((quote) => quote.text)).toEqual([
      'We have a responsibility, to take custody of people who pose a risk to public safety.',
    ]);
  });

  it('ends a name at "of" and gives the titled person the pronoun that follows', () => {
    const result = extract(JAIL_REPORT);
    expect(result.people.map((person) => person.name)).toContain('Lupe Valdez');
    expect(result.quotes.find((quote) => quote.text.startsWith('My deputies'))?.speaker).toBe('Lupe Valdez');
  });

  it('reads "an attorney with" as the role and FY14 as fiscal year 2014', () => {
    const result = extract(JAIL_REPORT);
    expect(result.people.find((person) => person.name === 'Maria Torres')?.roles).toEqual([{ title: 'Attorney', organization: 'American Civil Liberties Union' }]);
    expect(result.figures[0]).toMatchObject({ value: 165_000, period: 'FY2014' });
  });

  it('gives a year to the number of its own clause rather than a nearer one after a comma', () => {
    const result = extract('ICE lodged 165,000 detainers with local jails in FY14, an increase of 12 percent from the year before.');
    expect(result.figures[0]).toMatchObject({ value: 165_000, period: 'FY2014' });
  });
});

describe('extractArticle on a congressional reaction story', () => {
  // Written for this test.
  const REACTION_REPORT = [
    '"These numbers are a disgrace," said Rep. Luis Gutierrez (D-Ill.), who has pressed the White House to slow deportations. "Families are being torn apart every day."',
    '',
    'The number of people released from detention rose to 36,007 convicted criminals in 2013, the Center for Immigration Studies reported.',
  ].join('\n');

  it('reads "said Rep. Luis Gutierrez (D-Ill.)" past the abbreviation to the name', () => {
    const result = extract(REACTION_REPORT);
    expect(result.quotes[0]).toMatchObject({ speaker: 'Luis Gutierrez', direct: true, text: 'These numbers are a disgrace, Families are being torn apart every day.' });
  });

  it('counts people "released from detention" as releases', () => {
    expect(extract(REACTION_REPORT).figures[0]).toMatchObject({ value: 36_007, measure: 'criminal releases' });
  });
});

describe('extractArticle on a page that opens with its highlights', () => {
  // Written for this test: the text a web page's main content gives, highlights first, a poll inside.
  const PAGE = [
    'Story highlights',
    '',
    'ICE removed 102,224 people from the interior',
    '',
    'That is down 23 percent',
    '',
    'Immigration and Customs Enforcement removed 102,224 people arrested in the interior of the country in fiscal year 2014, down from 133,551 the year before, the agency said.',
    '',
    'Poll: Should local police honor ICE detainers? Vote now. 1,204 votes',
  ].join('\n');

  it('takes no facts from the highlights or the poll, and gives the compared figure the fiscal year before', () => {
    const result = extract(PAGE, 'Fewer deportations from the interior');
    expect(result.figures.map((figure) => [figure.value, figure.measure, figure.period])).toEqual([
      [102_224, 'removals', 'FY2014'],
      [133_551, 'removals', 'FY2013'],
    ]);
    expect(result.programs).toEqual([]);
  });
});

describe('extractArticle on an immigration-court story', () => {
  // Written for this test.
  const COURT_REPORT = [
    '"This is about resources, not policy," said Laura Lichter, a former president of the American Immigration Lawyers Association. She said judges were handling as many as 1,500 cases each.',
    '',
    'The backlog reached 456,216 cases at the end of fiscal 2014. The number of immigration judges rose to about 230 in 2014 from 262 in 2010, officials said.',
  ].join('\n');

  it('ends a name at a full stop, and gives "she" to the speaker of the inverted attribution before it', () => {
    const result = extract(COURT_REPORT);
    expect(result.organizations.map((organization) => organization.name)).toContain('American Immigration Lawyers Association');
    expect(result.quotes.map((quote) => [quote.speaker, quote.direct])).toEqual([
      ['Laura Lichter', true],
      ['Laura Lichter', false],
    ]);
  });

  it('gives "from 262 in 2010" the year written after it (fiscal, as the article counts its years)', () => {
    expect(extract(COURT_REPORT).figures.find((figure) => figure.value === 262)?.period).toBe('FY2010');
  });
});

describe('extractArticle on a hearing story', () => {
  // Written for this test.
  const HEARING_REPORT = [
    'Deportations fell to 235,413 in fiscal year 2015, ICE Director Sarah Saldana said Tuesday.',
    '',
    'But Rep. Bob Goodlatte, who chairs the committee, disagreed. In fiscal year 2014, ICE released 30,558 criminal aliens, he said.',
  ].join('\n');

  it('finds a titled name after a sentence-initial "But", with the "he" that follows, and the title before a name', () => {
    const result = extract(HEARING_REPORT);
    expect(result.people.map((person) => [person.name, person.roles])).toEqual([
      ['Sarah Saldana', [{ title: 'Director', organization: 'U.S. Immigration and Customs Enforcement' }]],
      ['Bob Goodlatte', []],
    ]);
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Sarah Saldana', 'Bob Goodlatte']);
  });

  it('gives "he" to nobody when only a woman was named before it', () => {
    const result = extract('Deportations fell to 235,413 in fiscal year 2015, ICE Director Sarah Saldana said Tuesday. Releases of criminal aliens fell to 30,558, he said.');
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Sarah Saldana']);
  });
});

describe('extractArticle keeps what the rules above must not take', () => {
  it('reads a two-word organisation before a capitalised or lower-case title whole', () => {
    const result = extract('"We will keep at it," Border Patrol spokesman Lloyd Easterling said on Monday. ICE Director Sarah Saldana agreed.');
    expect(result.people.map((person) => [person.name, person.roles])).toEqual([
      ['Lloyd Easterling', [{ title: 'Spokesman', organization: 'U.S. Border Patrol' }]],
      ['Sarah Saldana', [{ title: 'Director', organization: 'U.S. Immigration and Customs Enforcement' }]],
    ]);
  });

  it('makes no person of "The Marshall Project", and no widget of "Poll workers"', () => {
    expect(extract('A report by The Marshall Project found that 1,204 people were held.').people).toEqual([]);
    expect(extract('Poll workers counted 1,204 provisional ballots in 2014, county officials said.').figures.map((figure) => figure.value)).toEqual([1_204]);
  });
});

describe('extractArticle on an advocacy reaction', () => {
  it('takes an unfamiliar given name for a person when a role follows it, and "made up 45 per cent" for a share', () => {
    const result = extract('Marielena Hincapie, executive director of the National Immigration Law Center, said the administration "has the power to stop this now." Removals made up 45 per cent of the total in fiscal year 2013.');
    expect(result.people.map((person) => [person.name, person.roles])).toEqual([
      ['Marielena Hincapie', [{ title: 'Executive Director', organization: 'National Immigration Law Center' }]],
    ]);
    expect(result.quotes[0]?.speaker).toBe('Marielena Hincapie');
    expect(result.figures[0]).toMatchObject({ value: 45, measure: 'share of removals' });
  });
});

// A county story and a court-backlog brief in the styles of local papers and wire briefs.
const COUNTY_REPORT = [
  "The Lakeview County Sheriff's Office will leave the 287(g) program, the sheriff announced on Wednesday.",
  '',
  'The American Immigration Lawyers Association welcomed the decision. Deputies had screened about 4,000 inmates a year, according to Syracuse University’s Transactional Records Access Clearinghouse.',
  '',
  '"We are not an arm of federal immigration enforcement," Sheriff Dale Penwright told reporters at a news conference.',
  '',
  "A spokeswoman for U.S. Immigration and Customs Enforcement, Yasmeen Pitts O'Keefe, said the agency \"remains committed to working with local partners.\"",
  '',
  '"This program was sold as a way to catch dangerous criminals," said Aarti Kohli, the study’s lead author. "Thousands of low-priority cases are still clogging the courts," Ximena Oduya said.',
  '',
  'The administration keeps telling us it is deporting criminals, critics say. ICE Director Sarah Saldaña defended the record, and Homeland Security Secretary Jeh Johnson agreed.',
].join('\n');

describe('extractArticle on a county story', () => {
  it('names an organisation after a sentence-initial "The" or with a possessive inside, and the part of an organisation that speaks', () => {
    const result = extract(COUNTY_REPORT);
    expect(result.organizations.map((organization) => organization.name)).toEqual(expect.arrayContaining([
      "Lakeview County Sheriff's Office", 'American Immigration Lawyers Association', 'Syracuse University',
    ]));
    expect(result.organizations.map((organization) => organization.name)).not.toContain('The administration');
    expect(result.figures.find((figure) => figure.value === 4_000)?.source).toBe('Transactional Records Access Clearinghouse');
  });

  it('takes unfamiliar names for people when they attribute a quotation or follow a role', () => {
    const result = extract(COUNTY_REPORT);
    expect(result.people.map((person) => [person.name, person.roles])).toEqual([
      ['Dale Penwright', []],
      ["Yasmeen Pitts O'Keefe", [{ title: 'Spokeswoman', organization: 'U.S. Immigration and Customs Enforcement' }]],
      ['Aarti Kohli', []],
      ['Ximena Oduya', []],
      ['Sarah Saldaña', [{ title: 'Director', organization: 'U.S. Immigration and Customs Enforcement' }]],
      ['Jeh Johnson', [{ title: 'Secretary', organization: 'U.S. Department of Homeland Security' }]],
    ]);
    expect(result.quotes.map((quote) => [quote.speaker, quote.direct])).toEqual([
      ['Transactional Records Access Clearinghouse', false],
      ['Dale Penwright', true],
      ["Yasmeen Pitts O'Keefe", true],
      ['Aarti Kohli', true],
      ['Ximena Oduya', true],
    ]);
  });
});

// A program brief: totals since a launch, a comparison, a participle of saying, a byline line.
const PROGRAM_BRIEF = [
  'By Marta Quillen, Staff Writer',
  '',
  'Since its launch in 2008, the program has led to the removal of more than 250,000 convicted criminals, according to ICE. Advocates noted that roughly 2.5 million people had been deported since President Obama took office.',
  '',
  'A report by the Immigrant Legal Resource Center found that ICE issued 104,000 detainers in fiscal year 2014, down 37 percent from 165,000 in FY2013. Local jails declined about 10,000 of them, the group found.',
  '',
  "ICE Director Sarah Saldaña defended the agency's record in a statement, saying that 98 percent of removals met one of its priorities.",
].join('\n');

describe('extractArticle on a program brief', () => {
  it('gives a total since a year an open period and a total since an event none', () => {
    const result = extract(PROGRAM_BRIEF);
    expect(result.figures.slice(0, 2).map((figure) => [figure.value, figure.period])).toEqual([[250_000, '2008..'], [2_500_000, null]]);
  });

  it('counts what a figure is compared with as it counts, and "declined about 10,000 of them" as no change', () => {
    const result = extract(PROGRAM_BRIEF);
    const detainers = result.figures.filter((figure) => figure.value === 104_000 || figure.value === 165_000);
    expect(detainers.map((figure) => [figure.measure, figure.unit, figure.period])).toEqual([['detainers', 'other', 'FY2014'], ['detainers', 'other', 'FY2013']]);
    expect(result.figures.find((figure) => figure.value === 10_000)?.derived).toBe(false);
  });

  it('reads "a report by X found", "the group found" and ", saying that …" as attributions, and a byline line', () => {
    const result = extract(PROGRAM_BRIEF);
    expect(result.quotes.map((quote) => [quote.speaker, quote.verb, quote.text])).toEqual(expect.arrayContaining([
      ['Immigrant Legal Resource Center', 'found', 'ICE issued 104,000 detainers in fiscal year 2014, down 37 percent from 165,000 in FY2013'],
      ['Immigrant Legal Resource Center', 'found', 'Local jails declined about 10,000 of them'],
      ['Sarah Saldaña', 'saying', '98 percent of removals met one of its priorities'],
    ]));
    expect(result.article.byline).toEqual(['Marta Quillen']);
  });
});

// A hearing and its reactions: settings before "that", organisations described rather than named by form.
const OVERSIGHT_REPORT = [
  'Former ICE Director Ramon Estevez testified before the Senate Judiciary Committee on Tuesday that the agency released 36,007 immigrants with criminal records in fiscal year 2013.',
  '',
  'The Congressional Research Service estimated last year that ICE spent $2 billion a year on detention. That number rose to $2.3 billion in 2014, the Pew Research Center said.',
  '',
  'Wendy Calloway of First Harbor, a children’s advocacy group, said the decline was welcome. Chris Talbot, president of the National ICE Council, the union that represents ICE officers, said the memo "effectively gave amnesty" to many.',
].join('\n');

describe('extractArticle on a hearing and its reactions', () => {
  it('leaves where and when out of what was said, and keeps a sentence-initial "That"', () => {
    const result = extract(OVERSIGHT_REPORT);
    expect(result.quotes.slice(0, 3).map((quote) => [quote.speaker, quote.text])).toEqual([
      ['Ramon Estevez', 'the agency released 36,007 immigrants with criminal records in fiscal year 2013'],
      ['Congressional Research Service', 'ICE spent $2 billion a year on detention'],
      ['Pew Research Center', 'That number rose to $2.3 billion in 2014'],
    ]);
  });

  it('takes an organisation described as a group, one with a known acronym inside its name, and the person a sentence opens with as the speaker', () => {
    const result = extract(OVERSIGHT_REPORT);
    expect(result.organizations.map((organization) => organization.name)).toEqual(expect.arrayContaining(['First Harbor', 'National ICE Council']));
    expect(result.people.find((person) => person.name === 'Chris Talbot')?.roles).toEqual([{ title: 'President', organization: 'National ICE Council' }]);
    expect(result.quotes.slice(3).map((quote) => quote.speaker)).toEqual(['Wendy Calloway', 'Chris Talbot']);
  });
});

describe('extractArticle links a quotation about "the numbers" to the lead figure', () => {
  it('with its restatements, but not a regional count or a total of other years', () => {
    const result = extract([
      'ICE removed nearly 410,000 people in fiscal year 2012, a record. The exact count was 409,849, the agency said.',
      '',
      'In the Houston sector, 20,450 people were removed in fiscal year 2012. Since 2009, the agency has removed about 1.5 million people.',
      '',
      '"The FY 2012 removals show that our priorities work," said Director Lena Marsh.',
    ].join('\n'));
    const quote = result.quotes.find((found) => found.speaker === 'Lena Marsh');
    const values = quote?.about_figures.map((id) => result.figures.find((figure) => figure.id === id)?.value);
    expect(values).toEqual([410_000, 409_849]);
  });
});

// Names from many languages, titles of several words, and sentences whose verb of saying has an object.
const STATION_REPORT = [
  'Emeka Obi said the county had held 1,216 inmates for immigration agents in fiscal 2016. Human Rights Watch said the holds were unlawful in most cases.',
  '',
  'Acting Director Thomas R. Okonkwo-Bell told reporters that the agency would review every detainer. County Commissioner Ravi Subramaniam-Hart disagreed. He told KXVN the decision was a gift to traffickers.',
  '',
  'An ICE spokeswoman, Maria Lopez, said the agency would comply with the order. "Absolutely not," Ngozi Adeyemi said.',
  '',
  "ICE's Enforcement and Removal Operations maintained an average daily population of 34,376 detainees in fiscal 2016. ICE announced Tuesday it would publish its fiscal year 2016 statistics.",
  '',
  'Maria Gómez, 34, whose brother was deported, spoke to KXVN 11 News about a Level 1 offense. For details, call (202) 732-4242.',
].join('\n');

describe('extractArticle on a television station’s web copy', () => {
  it('finds people by a clause of saying or a title of several words, and leaves organisations out', () => {
    const result = extract(STATION_REPORT);
    expect(result.people.map((person) => [person.name, person.roles])).toEqual([
      ['Emeka Obi', []],
      ['Thomas R. Okonkwo-Bell', []],
      ['Ravi Subramaniam-Hart', []],
      ['Maria Lopez', [{ title: 'Spokeswoman', organization: 'U.S. Immigration and Customs Enforcement' }]],
      ['Ngozi Adeyemi', []],
      ['Maria Gómez', []],
    ]);
    expect(result.quotes.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['Emeka Obi', 'the county had held 1,216 inmates for immigration agents in fiscal 2016'],
      ['Human Rights Watch', 'the holds were unlawful in most cases'],
      ['Thomas R. Okonkwo-Bell', 'the agency would review every detainer'],
      ['Ravi Subramaniam-Hart', 'the decision was a gift to traffickers'],
      ['Maria Lopez', 'the agency would comply with the order'],
      ['Ngozi Adeyemi', 'Absolutely not'],
      ['U.S. Immigration and Customs Enforcement', 'it would publish its fiscal year 2016 statistics'],
    ]);
  });

  it('takes no age, channel number, level or telephone number for a figure, and counts inmates as people', () => {
    const result = extract(STATION_REPORT);
    expect(result.figures.map((figure) => [figure.value, figure.unit])).toEqual([[1_216, 'people'], [34_376, 'people']]);
  });
});

describe('extractArticle reads "has written that"', () => {
  it('as a verb of saying', () => {
    const result = extract('Dan Whitcombe-Yee, a law professor, has written that the policy shields almost 87 percent of the population.');
    expect(result.quotes.map((quote) => [quote.speaker, quote.verb])).toEqual([['Dan Whitcombe-Yee', 'has written']]);
  });
});

describe('extractArticle gives periods', () => {
  it('to each side of "from … in FY2012 to … in FY2016", from a leading "As of", and "two years earlier"', () => {
    const result = extract([
      'Removals fell from 409,849 in FY2012 to 240,255 in FY2016.',
      'As of Aug. 31, 2016, 521,676 cases were pending in immigration courts.',
      'ICE issued fewer than 95,000 detainers in fiscal 2015, compared with more than 160,000 two years earlier.',
    ].join(' '));
    expect(result.figures.map((figure) => [figure.value, figure.period, figure.measure])).toEqual([
      [409_849, 'FY2012', 'removals'],
      [240_255, 'FY2016', 'removals'],
      [521_676, '2016-08-31', 'pending cases'],
      [95_000, 'FY2015', 'detainers'],
      [160_000, 'FY2013', 'detainers'],
    ]);
  });
});

describe('extractArticle on a sheriff’s decision', () => {
  const SHERIFF_REPORT = [
    'Sheriff Adaeze N. Okafor ended the agreement on Monday. Okafor’s office said the nine deputies will return to patrol duty by Dec. 1.',
    '',
    '"Fingerprints of everyone booked will still go to the FBI", said Luz M. Carrasquillo, a spokeswoman for ICE, adding that the agency "values its partnership" with the county.',
    '',
    'When I asked Father Emeka Obi-Castellanos about the decision, he did not hesitate. "The families I meet are not criminals," he said. Rep. Orrin Castellanos-Reyes said afterward that he would reintroduce the bill next year.',
  ].join('\n');

  it('gives a possessive’s office to its owner, a pronoun to the person of its own paragraph, and no quotation to the words after an attribution', () => {
    const result = extract(SHERIFF_REPORT);
    expect(result.quotes.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['Adaeze N. Okafor', 'the nine deputies will return to patrol duty by Dec. 1'],
      ['Luz M. Carrasquillo', 'Fingerprints of everyone booked will still go to the FBI'],
      ['Emeka Obi-Castellanos', 'The families I meet are not criminals'],
      ['Orrin Castellanos-Reyes', 'he would reintroduce the bill next year'],
    ]);
  });
});

describe('extractArticle names what an amount of money is', () => {
  it('detention spending, a program’s cost, funding', () => {
    const result = extract('ICE spent $2 billion a year on detention, the report said. Sheriff Dale Penwright said the program cost the county more than $1.2 million a year. Congress gave the agency $6 billion in funding for fiscal 2016.');
    expect(result.figures.map((figure) => [figure.value, figure.measure])).toEqual([[2e9, 'detention spending'], [1.2e6, 'program cost'], [6e9, 'funding']]);
  });
});

// Wire copy with "said on Wednesday", names with particles and accents, and fractions in words.
const RELEASE_WIRE = [
  'ICE removed 226,119 people in the 2017 fiscal year, down from 240,255 the year before. The Department of Homeland Security said on Wednesday the agency had issued 177,147 detainers. ICE said in a statement that it had hired 350 new officers.',
  '',
  'Sadie Pellerin, a policy analyst at the Migration Policy Institute, said on Wednesday that nearly half of those taken into custody had no criminal record.',
  '',
  'Tobias van der Berg said the courts were overwhelmed by new cases. Marisol de la Cruz said the county jail was full every night. José Ibarguen, a pastor, said at least 40 members of his church were told to leave.',
  '',
  'Xóchitl Ocampo, a lawyer with a local nonprofit, insisted that the cases were weak. Capt. Ruairi O’Neill defends the jail. He notes that about a third of the people it transfers have convictions. Reporter Dana McAllister said the station had asked for the records.',
  '',
  'The jail processes as many as 15 people on a busy night. The board closed the session at 10 p.m.',
].join('\n');

describe('extractArticle on wire copy with "said on Wednesday"', () => {
  it('reads what follows a time or a setting as what was said', () => {
    const result = extract(RELEASE_WIRE);
    expect(result.quotes.slice(0, 3).map((quote) => [quote.speaker, quote.text])).toEqual([
      ['U.S. Department of Homeland Security', 'the agency had issued 177,147 detainers'],
      ['U.S. Immigration and Customs Enforcement', 'it had hired 350 new officers'],
      ['Sadie Pellerin', 'nearly half of those taken into custody had no criminal record'],
    ]);
  });

  it('keeps particles and accents in names, and takes a lawyer "with a local nonprofit" for a person', () => {
    const result = extract(RELEASE_WIRE);
    expect(result.people.map((person) => person.name)).toEqual(['Sadie Pellerin', 'Tobias van der Berg', 'Marisol de la Cruz', 'José Ibarguen', 'Xóchitl Ocampo', 'Ruairi O’Neill', 'Dana McAllister']);
    expect(result.quotes.slice(3).map((quote) => [quote.speaker, quote.text])).toEqual([
      ['Tobias van der Berg', 'the courts were overwhelmed by new cases'],
      ['Marisol de la Cruz', 'the county jail was full every night'],
      ['José Ibarguen', 'at least 40 members of his church were told to leave'],
      ['Xóchitl Ocampo', 'the cases were weak'],
      ['Ruairi O’Neill', 'about a third of the people it transfers have convictions'],
      ['Dana McAllister', 'the station had asked for the records'],
    ]);
  });

  it('reads "the 2017 fiscal year", "nearly half", "a third" and "as many as", and no time of day', () => {
    const result = extract(RELEASE_WIRE);
    expect(result.figures.slice(0, 2).map((figure) => figure.period)).toEqual(['FY2017', 'FY2016']);
    expect(result.figures.map((figure) => [figure.value_text, figure.approximate])).toEqual([
      ['226,119', false], ['240,255', false], ['177,147', false], ['350', false], ['half', true], ['40', true], ['a third', true], ['15', true],
    ]);
  });
});

describe('extractArticle reads wire credits', () => {
  it('a Reuters dateline gives the publisher, "(Reporting by …)" and "Posted by …" the byline', () => {
    const wire = extract('WASHINGTON (Reuters) - ICE removed 226,119 people in the 2017 fiscal year, the agency said on Tuesday.\n\n(Reporting by Yasaman Tehrani; Editing by Mary Kilbride)');
    expect([wire.article.publisher, wire.article.byline]).toEqual(['Reuters', ['Yasaman Tehrani']]);
    expect(extract('Posted by Ingrid Solvang, Cato Institute\n\nDACA recipients pay taxes.').article.byline).toEqual(['Ingrid Solvang']);
  });
});

describe('extractArticle reads "3 out of 4"', () => {
  it('as one share, not two counts', () => {
    const result = extract('Ana Ruiz said 3 out of 4 people her group has helped were stopped for traffic offenses in 2017.');
    expect(result.figures.map((figure) => [figure.value_text, figure.value, figure.unit])).toEqual([['3 out of 4', 75, 'percent']]);
  });
});

describe('extractArticle knows ICE’s own parts', () => {
  it('reads "Homeland Security Investigations" as that unit of ICE, not as Homeland Security', () => {
    const result = extract("ICE's Homeland Security Investigations unit opened 6,848 worksite investigations in fiscal 2018. ERO released 2,166 people, the DHS Office of Inspector General found.");
    expect(result.organizations.map((organization) => [organization.name, organization.part_of])).toEqual([
      ['U.S. Immigration and Customs Enforcement', null],
      ['Homeland Security Investigations', 'U.S. Immigration and Customs Enforcement'],
      ['Enforcement and Removal Operations', 'U.S. Immigration and Customs Enforcement'],
      ['DHS Office of Inspector General', null],
    ]);
  });
});

describe('extractArticle names what a count counts', () => {
  it('by the plural noun after it, even one no list knows, but not by a function word or an enforcement word', () => {
    const result = extract('HSI opened 6,848 worksite investigations in fiscal 2018. Beds averaged 34,000 per day across the year. ICE released 36,007 convicted noncitizens in fiscal 2013, and 1,215 of them were convicted of homicide, 5,557 of sexual offenses.');
    expect(result.figures.find((figure) => figure.value === 34_000)?.measure).not.toMatch(/across/);
    expect(result.figures.filter((figure) => figure.value !== 34_000).map((figure) => [figure.value, figure.unit, figure.measure])).toEqual([
      [6_848, 'other', 'worksite investigations'],
      [36_007, 'people', 'criminal releases'],
      [1_215, 'people', 'criminal releases'],
      [5_557, 'people', 'criminal releases'],
    ]);
  });
});

// Written for these tests: a county story and a release-numbers story.
const COUNTY_STORY = [
  'The number of immigrants deported from Harlan County doubled last year, the sheriff\'s office said on Monday.',
  '',
  'Nationwide, ICE removals tripled between fiscal 2003 and fiscal 2013, reaching 368,644, the agency reported.',
  '',
  'Over the past decade, the agency deported more than 3.7 million people, the Migration Policy Institute estimated. Officials doubled down on that pace.',
].join('\n');

const RELEASE_STORY = [
  'ICE released 36,007 immigrants with criminal convictions in fiscal year 2013, according to a report by the Center for Immigration Studies.',
  '',
  'The group\'s director of policy studies, Jessica Vaughan, called the releases a choice.',
  '',
  'ICE spokeswoman Gillian Christensen disputed that. The agency, she said, was bound by a Supreme Court ruling on how long immigrants can be held.',
  '',
  'The releases amounted to about 16 percent of the convicted immigrants ICE held during the year, the report said.',
  '',
  'Vaughan said the number of releases had nearly doubled since 2011.',
].join('\n');

describe('extractArticle on counties, multiples and spans of years (issue 3)', () => {
  it('takes "Harlan County" for no person, "doubled" and "tripled" for ratios, and "over the past decade" for the years up to the article\'s', () => {
    const result = extract(COUNTY_STORY);
    expect(result.people.map((person) => person.name)).toEqual([]);
    expect(result.figures.map((figure) => [figure.value_text, figure.value, figure.unit, figure.derived, figure.period])).toEqual([
      ['doubled', 2, 'other', true, 'FY2012->FY2013'],
      ['tripled', 3, 'other', true, 'FY2003->FY2013'],
      ['368,644', 368_644, 'people', false, 'FY2013'],
      ['3.7 million', 3_700_000, 'people', false, '2003-10..2013-09'],
    ]);
  });

  it('gives "the report said" to the report\'s author past a title that says "studies", no period from "since 2011", and closes up "The agency, she said, was"', () => {
    const result = extract(RELEASE_STORY);
    const share = result.figures.find((figure) => figure.value_text === '16 percent');
    expect(share?.period).toBe('FY2013');
    expect(result.quotes.find((quote) => quote.text.startsWith('The releases amounted'))?.speaker).toBe('Center for Immigration Studies');
    expect(result.quotes.find((quote) => quote.speaker === 'Gillian Christensen')?.text).toMatch(/^The agency was bound by/);
    expect(result.figures.find((figure) => figure.value_text === 'doubled')).toMatchObject({ qualifier: 'nearly', derived: true, period: '2011->2013' });
  });
});

// Written for these tests: a budget hearing and a report on deported parents.
const BUDGET_HEARING = [
  'By Hannah Cole and Marcus Reid',
  '',
  'Members of the House Appropriations Committee on Thursday pressed for more detention beds.',
  '',
  'The agency held an average of 34,000 people a day in fiscal 2014, Rep. Dana Whitcomb said.',
  '',
  'ICE deported 72,410 parents of U.S.-born children between July 2010 and September 2012, according to a report the agency sent to Congress.',
  '',
  'The American Immigration Council is a Washington nonprofit. In a separate report, the council estimated that such removals rose by roughly 10 percent in 2012.',
].join('\n');

describe('extractArticle on a budget hearing (issue 3)', () => {
  it('takes an opening byline for no headline, ends a name at a weekday, splits two people joined by "and", and counts people "held" as detentions', () => {
    const result = extract(BUDGET_HEARING);
    expect(result.organizations.map((organization) => organization.name)).toContain('House Appropriations Committee');
    expect(result.people.map((person) => person.name)).toEqual(expect.arrayContaining(['Hannah Cole', 'Marcus Reid']));
    expect(result.article).toMatchObject({ byline: ['Hannah Cole', 'Marcus Reid'], title_inferred: true, title: expect.stringMatching(/^Members of/) });
    expect(result.figures.find((figure) => figure.value === 34_000)?.measure).toBe('detentions');
  });

  it('gives a window of months for "between July 2010 and September 2012", a report to its sender, and "the council" its words', () => {
    const result = extract(BUDGET_HEARING);
    expect(result.figures.find((figure) => figure.value === 72_410)).toMatchObject({ period: '2010-07..2012-09', source: 'U.S. Immigration and Customs Enforcement' });
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(expect.arrayContaining(['U.S. Immigration and Customs Enforcement', 'American Immigration Council']));
    expect(result.quotes.map((quote) => quote.speaker)).not.toContain('U.S. Congress');
  });
});

// Written for these tests: a field office's half-year numbers.
const FIELD_OFFICE = [
  'Immigration arrests in New England climbed 38 percent in the first half of fiscal year 2017, to 1,932, the Boston field office said Friday.',
  '',
  'In the same period a year earlier, agents arrested 1,400 people.',
  '',
  'Nationally, ICE made 41,318 arrests in that time.',
].join('\n');

describe('extractArticle on a field office’s half year (issue 3)', () => {
  it('takes "the first half of" for a time, a count "a year earlier" for the year before, and the next count not for that year', () => {
    const result = extract(FIELD_OFFICE);
    expect(result.figures.map((figure) => figure.value_text)).not.toContain('half');
    expect(result.figures.filter((figure) => figure.unit === 'people').map((figure) => [figure.value_text, figure.period])).toEqual([
      ['1,932', 'FY2017'],
      ['1,400', 'FY2016'],
      ['41,318', 'FY2017'],
    ]);
  });

  it('counts the authors of a byline the text does not name among the people, but not a newsroom', () => {
    const result = extractArticle({ id: null, text: FIELD_OFFICE, title: null, publisher: null, url: null, publishedOn: null, byline: ['Priya Natarajan', 'The Associated Press'] }, knowledge);
    expect(result.people.map((person) => person.name)).toEqual(['Priya Natarajan']);
  });
});

// Written for these tests: a detainer analysis and a record across two terms.
const DETAINER_ANALYSIS = [
  'Local jails declined 2,191 ICE detainer requests during an eight-month stretch of 2014, an analysis found.',
  '',
  'The number of detainers ICE issued fell to 166,000 in fiscal 2014, from 276,000 two years before.',
  '',
  'President Barack Obama\'s administration removed more than 2.5 million people between fiscal 2009 and fiscal 2016, according to the Department of Homeland Security.',
].join('\n');

describe('extractArticle on a detainer analysis (issue 3)', () => {
  it('counts requests "declined" as requests, not a decline, and "from … two years before" two years back', () => {
    const result = extract(DETAINER_ANALYSIS);
    expect(result.figures.find((figure) => figure.value === 2_191)).toMatchObject({ derived: false, measure: 'requests' });
    expect(result.figures.find((figure) => figure.value === 276_000)?.period).toBe('FY2012');
  });

  it('gives a total "between fiscal 2009 and fiscal 2016" those years, and names the president an administration is named after', () => {
    const result = extract(DETAINER_ANALYSIS);
    expect(result.figures.find((figure) => figure.value === 2_500_000)?.period).toBe('2008-10..2016-09');
    expect(result.people.map((person) => person.name)).toContain('Barack Obama');
    expect(result.organizations.map((organization) => organization.name)).toContain('Obama administration');
  });
});

// Written for these tests: a sheriff's new detainer policy.
const SHERIFF_POLICY = [
  'Sheriff Sally Hernandez said the jail had received 1,247 detainer requests in 2016, a 12% increase from the year before.',
  '',
  '"No mother should have to choose between calling 911 and staying with her children," the sheriff said.',
  '',
  'The share of detainers honored by the state\'s jails fell 5 percentage points last year, to 82 percent, according to the Texas Commission on Jail Standards.',
].join('\n');

describe('extractArticle on a sheriff’s policy (issue 3)', () => {
  it('gives "the sheriff said" to the sheriff named before, takes "calling 911" for no figure, and dates a change "from the year before" by its sentence', () => {
    const result = extract(SHERIFF_POLICY);
    expect(result.quotes.find((quote) => quote.direct)?.speaker).toBe('Sally Hernandez');
    expect(result.figures.map((figure) => figure.value)).not.toContain(911);
    expect(result.figures.find((figure) => figure.value_text === '12%')?.period).toBe('2015->2016');
  });

  it('takes what a change ends at ("to 82 percent") for a level, not a change', () => {
    const level = extract(SHERIFF_POLICY).figures.find((figure) => figure.value === 82);
    expect(level?.derived).toBe(false);
    expect(level?.measure).not.toMatch(/^change/);
  });
});

// Written for these tests: a border agency's year.
const BORDER_YEAR = [
  'Border Patrol agents apprehended 303,916 people in fiscal 2017, U.S. Customs and Border Protection announced Tuesday.',
  '',
  'The figure is down nearly 24 percent from fiscal 2016, when agents made 408,870 apprehensions.',
  '',
  'Meanwhile, interior arrests rose to 143,470, the agency said. A budget for fiscal 2018 adds detention beds, and fiscal 2016 was a record.',
].join('\n');

describe('extractArticle on a border agency’s year (issue 3)', () => {
  it('dates a change "from fiscal 2016" to the year of its count, a count "when" a year to that year, and the next count not to it', () => {
    const periods = Object.fromEntries(extract(BORDER_YEAR).figures.map((figure) => [figure.value_text, figure.period]));
    expect(periods).toEqual({ '303,916': 'FY2017', '24 percent': 'FY2016->FY2017', '408,870': 'FY2016', '143,470': 'FY2017' });
  });

  it('reads a title with "Acting" or "Deputy" between the organisation and the name', () => {
    const result = extract('"We are on track," CBP Acting Commissioner Rowan Ellery told reporters, and ICE Deputy Director Mara Quist agreed.');
    expect(result.people.map((person) => [person.name, person.roles.map((role) => `${role.title} @ ${role.organization}`)])).toEqual([
      ['Rowan Ellery', ['Acting Commissioner @ U.S. Customs and Border Protection']],
      ['Mara Quist', ['Deputy Director @ U.S. Immigration and Customs Enforcement']],
    ]);
  });
});

describe('extractArticle gives a local count its place (issue 3)', () => {
  it('so that it is not linked with the nation’s counts, but not the place where a claim was made, nor a count said to be national', () => {
    const scopes = (text: string) => extract(text).figures.map((figure) => [figure.value, figure.scope]);
    expect(scopes('Immigration arrests in New England climbed to 1,932 in fiscal 2017, the field office said.')).toEqual([[1_932, 'New England']]);
    expect(scopes('Texas jails honored 82 percent of detainers in fiscal 2016, the National Immigration Forum said.')).toEqual([[82, 'Texas']]);
    expect(scopes('During a campaign stop in Ohio, Sen. Tilda Marsh claimed that deportations hit 410,000 in fiscal 2012.')).toEqual([[410_000, 'nationwide']]);
    expect(scopes('Nationally, ICE made 41,318 arrests in fiscal 2017, including many in Texas.')).toEqual([[41_318, 'nationwide']]);
  });
});

describe('extractArticle reads "1 in 6" (issue 3)', () => {
  it('as one share written in digits, as "one in five" is in words', () => {
    const result = extract('The releases amount to roughly 1 in 6 of the convicted immigrants ICE held in fiscal 2014.');
    expect(result.figures.map((figure) => [figure.value_text, figure.value, figure.unit, figure.approximate])).toEqual([['1 in 6', 16.67, 'percent', true]]);
  });
});

// Written for these tests: a fiscal year's removals against the one before.
const YEAR_END_NUMBERS = [
  'ICE removed 226,119 people in fiscal year 2017, which ended Sept. 30, according to figures the agency released Tuesday.',
  '',
  'That was down about 6 percent from 240,255 in fiscal 2016.',
  '',
  'An analyst said interior removals rose to 81,603, the highest since 2014.',
].join('\n');

describe('extractArticle on year-end numbers (issue 3)', () => {
  it('gives "figures the agency released" to the agency, dates "down 6 percent from 240,255 in fiscal 2016", and reads "the highest since 2014" as no period of its own', () => {
    const result = extract(YEAR_END_NUMBERS);
    expect(result.quotes[0]).toMatchObject({ speaker: 'U.S. Immigration and Customs Enforcement', verb: 'according to' });
    expect(Object.fromEntries(result.figures.map((figure) => [figure.value_text, figure.period]))).toEqual({
      '226,119': 'FY2017',
      '6 percent': 'FY2016->FY2017',
      '240,255': 'FY2016',
      '81,603': 'FY2017',
    });
  });
});

describe('extractArticle on a program’s end (issue 3)', () => {
  it('gives no organisation a role it is only named in ("president of the union representing ICE officers")', () => {
    const result = extract('Dale Brant, president of the union representing ICE officers, said agents were being "told to stand down" by their managers.');
    expect(result.people.find((person) => person.name === 'Dale Brant')?.roles).toEqual([]);
  });

  it('takes a long trailing attribution: "…, a 2011 study by the Chief Justice Earl Warren Institute found"', () => {
    const result = extract('About 27 percent of the people it helped remove had no criminal conviction, a 2011 study by the Chief Justice Earl Warren Institute found.');
    expect(result.quotes.map((quote) => [quote.speaker, quote.verb])).toEqual([['Chief Justice Earl Warren Institute', 'found']]);
  });
});
