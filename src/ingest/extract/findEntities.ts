import { NAME_ABBREVIATION } from './abbreviation.js';
import type { ArticleText } from './ArticleText.js';
import type { EntityKnowledge, KnownEntity } from './EntityKnowledge.js';
import type { ExtractedOrganization } from './Extraction.js';
import type { FoundEntity, Mention } from './FoundEntity.js';
import { ORG_ROLE_BEFORE_NAME, POSSESSIVE_ROLE_AFTER, ROLE_APPOSITIVE, ROLE_BEFORE_NAME } from './findRoles.js';
import { nameLexicon } from './nameLexicon.js';
import { WEEKDAY } from './weekday.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Titles before a name that make it a person's name even when the given name is unknown. */
const TITLE = /(?:^|[\s(“"])(?:former\s+|then-|ex-)?(?:President|Vice President|Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Mayor|Sheriff|Judge|Justice|Secretary|Director|Deputy Director|Commissioner|Chief|Attorney General|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Capt\.|Lt\.|Sgt\.|Det\.|Rev\.|Fr\.|Professor|spokeswoman|spokesman|spokesperson|challenger|candidate|nominee|counsel|chairman|chairwoman|official|attorney|lawyer|analyst|researcher|reporter|economist|activist|agent|officer|founder|director|secretary|president|senator|governor|commissioner)\s+$/;
const TITLE_WORD = /^(?:Reporter|Correspondent|Anchor|Editor|Columnist|Organizer|Pastor|Bishop|Capt\.|Captain|Commander|Acting|Interim|Associate|Executive|Assistant|Special|Father|Rev\.|Reverend|Immigration|Councilman|Councilwoman|Agent|Officer|Sgt\.|Lt\.|Det\.|Chairman|Chairwoman|Spokesman|Spokeswoman|Administrator|Superintendent|President|Vice|Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Mayor|Sheriff|Judge|Justice|Secretary|Director|Deputy|Commissioner|Chief|Attorney|General|Mr\.|Mrs\.|Ms\.|Dr\.|Prof\.|Professor|Former|Agency|GOP|Republican|Democratic|Democrat)$/;
const NOT_A_NAME = new RegExp(String.raw`^(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|In|On|At|By|For|From|With|And|But|Or|If|When|While|After|Before|Since|As|Of|To|It|He|She|They|We|I|You|${WEEKDAY}|January|February|March|April|May|June|July|August|September|October|November|December|Fiscal|Year|Story|Overall|Apparently|Also|However|Still|Even|Many|Most|Some|Critics|Officials|Leaders|Members|Residents|Supporters|Opponents|Advocates|Experts|Felons|Criminals|Gang|Agents|Lower|Smart|Backed|Deportations|Follow|Who)$`);
const TIME_WORD = new RegExp(String.raw`^${WEEKDAY}$`);
/** "J." or "Capt.": a full stop inside a name, which ends no run of capitalised words. */
const INITIAL_OR_TITLE = new RegExp(String.raw`^(?:[A-Z]|${NAME_ABBREVIATION})\.$`);
const ORG_HEAD = /^(?:Center|Centre|Institute|Forum|Network|Union|Association|Alliance|Coalition|Committee|Council|Foundation|Party|University|College|Court|Office|Bureau|Agency|Department|Service|Services|Commission|Project|Fund|Society|League|Federation|Organization|Organisation|Group|Campaign|Times|Post|News|Press|Tribune|Journal|Herald|Caucus)$/;
const ORG_HEAD_AFTER = /^ (?:Council|Union|Association|Foundation|Institute|Center|Coalition|Alliance)\b/;
const ORG_DESCRIPTION = /^,\s+an?\s+(?:(?!(?:with|at|for|of|from|in)\b)[\p{L}’'-]+\s+){0,4}?(group|organization|nonprofit|non-profit|think tank|coalition|union|charity|association|advocacy network)\b/u;
const CAPITALISED = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;
const CONNECTOR = /^(?:of|for|and|the|on|&|de|la|del|van|von|der|den|da|di|du|le|al|bin)$/;
// Particles of a name ("Marisol de la Cruz", "Tobias van der Berg"), kept inside a person's name.
const PARTICLE = /^(?:de|la|del|van|von|der|den|da|di|du|le|al|bin)$/;
const NAME_END = /^(?:of|for|and|the|on|&)$/;
/** The last word of a place's name: "Harlan County" is no person, though Harlan is a given name. */
const PLACE_NOUN = /^(?:County|City|Parish|Township|Borough|Village|Valley|Island|Islands|Beach|Heights|Springs|Falls|Street|Avenue|Boulevard|Road|Airport|Harbor|Bay|River|Lake|Mountains?)$/;

function kindOfUnknownOrganization(head: string): ExtractedOrganization['kind'] {
  if (/^(?:Center|Centre|Institute)$/.test(head)) return 'think_tank';
  if (/^(?:Department|Agency|Bureau|Office|Service|Services|Commission)$/.test(head)) return 'agency';
  if (/^(?:Court)$/.test(head)) return 'court';
  if (/^(?:Party|Caucus)$/.test(head)) return 'party';
  if (/^(?:Times|Post|News|Press|Tribune|Journal|Herald)$/.test(head)) return 'media';
  if (/^(?:Committee|Campaign)$/.test(head)) return 'political';
  if (/^(?:University|College)$/.test(head)) return 'other';
  return 'ngo';
}

// A quotation's attribution names a person: '"…," said Aarti Kohli' and '"…," Aarti Kohli said'.
const QUOTATION_THEN_VERB = /[,.!?]["”]\s+(?:said|says|added|adds|asked|continued)\s+$/;
const QUOTATION_BEFORE = /[,.!?]["”]\s+$/;
const SPEAKS_AFTER = /^\s+(?:also\s+)?(?:said|says|told|tells|added|argued|noted|testified|wrote|writes)\b/;
const SAID_AFTER = /^\s+(?:said|says|added|adds|asked|continued)\b/;

/** Whether the words from start to end are a person's by what stands next to them: a title, a role, a quotation's attribution. */
function holdsRoleOrSpeaks(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 140), start);
  const after = text.slice(end, end + 80);
  return TITLE.test(before.slice(-40)) || ROLE_APPOSITIVE.test(after) || POSSESSIVE_ROLE_AFTER.test(after) || ROLE_BEFORE_NAME.test(before) || ORG_ROLE_BEFORE_NAME.test(before)
    || QUOTATION_THEN_VERB.test(before) || (QUOTATION_BEFORE.test(before) && SAID_AFTER.test(after));
}

/** How many words at the start of a run only open its sentence ("The", "But", "Members of the"). */
const leading = (words: string[]) => {
  let count = 0;
  while (count < words.length && (NOT_A_NAME.test(words[count]!) || (count > 0 && CONNECTOR.test(words[count]!)))) count++;
  return count;
};

interface KnownMatcher {
  exact: RegExp | null;
  anyCase: RegExp | null;
}
const matchers = new WeakMap<EntityKnowledge, KnownMatcher>();

/** Names with capitals match as written (ICE, not "ice"); lower-case names match in any case. */
function matcherOf(knowledge: EntityKnowledge): KnownMatcher {
  const cached = matchers.get(knowledge);
  if (cached) return cached;
  const names = [...knowledge.byName.keys()];
  const written = knowledge.entities.flatMap((entity) => [entity.name, ...entity.aliases]);
  const exactNames = written.filter((name) => /[A-Z]/.test(name)).sort((a, b) => b.length - a.length);
  const lowerNames = names.filter((name) => !written.some((form) => /[A-Z]/.test(form) && form.toLowerCase() === name)).sort((a, b) => b.length - a.length);
  const build = (list: string[], flags: string) => (list.length ? new RegExp(`(?<![\\w.])(?:the\\s+)?(${list.map(escape).join('|')})(?![\\w]|\\.\\w)`, flags) : null);
  const matcher = { exact: build(exactNames, 'g'), anyCase: build(lowerNames, 'gi') };
  matchers.set(knowledge, matcher);
  return matcher;
}

class EntityRegistry {
  readonly entities: FoundEntity[] = [];
  readonly mentions: Mention[] = [];
  private readonly byKey = new Map<string, FoundEntity>();

  get(name: string): FoundEntity | undefined {
    return this.byKey.get(name.toLowerCase());
  }

  add(type: FoundEntity['type'], name: string, fields: Partial<FoundEntity> = {}): FoundEntity {
    const known = this.get(name);
    if (known) return known;
    const entity: FoundEntity = { type, name, aliases: new Set(), kind: 'other', partOf: null, runBy: null, gender: null, roles: [], ...fields };
    this.entities.push(entity);
    this.byKey.set(name.toLowerCase(), entity);
    return entity;
  }

  alias(entity: FoundEntity, surface: string): void {
    if (surface !== entity.name) entity.aliases.add(surface);
    if (!this.byKey.has(surface.toLowerCase())) this.byKey.set(surface.toLowerCase(), entity);
  }

  mention(entity: FoundEntity, start: number, end: number, surface: string): void {
    this.alias(entity, surface);
    this.mentions.push({ start, end, entity });
  }
}

const overlaps = (mentions: Mention[], start: number, end: number) => mentions.some((m) => m.start < end && start < m.end);

function addKnown(registry: EntityRegistry, known: KnownEntity): FoundEntity {
  return registry.add(known.type, known.name, { kind: known.kind, partOf: known.part_of, runBy: known.run_by });
}

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Runs of capitalised words (with initials and connectors inside) separated by single spaces, each
 * a candidate name. A possessive ends a run ("CNN’s Tracy Sabo"), and so does a known entity.
 */
function capitalisedRuns(text: string, offset: number, known: Mention[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  let previousEnd = -2;
  let previousEndsRun = false;
  const flush = () => {
    while (run.length && CONNECTOR.test(run[run.length - 1]!.text)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const match of text.matchAll(/\p{L}[\p{L}'’.&-]*/gu)) {
    let word = match[0];
    // A trailing full stop belongs to an initial or abbreviation only.
    const endsSentence = word.endsWith('.') && !INITIAL_OR_TITLE.test(word) && !/^(?:[A-Z]\.)+$/.test(word);
    if (endsSentence) word = word.replace(/\.+$/, '');
    // A possessive ends a run, but for "Sheriff's Office", "Children's Defense Fund": an organisation's own words.
    const ownedHead = /^\s(\p{Lu}\p{L}*)/u.exec(text.slice(match.index + match[0].length));
    const possessive = /[’']s?$/.test(word) && !(ownedHead && ORG_HEAD.test(ownedHead[1]!));
    if (possessive) word = word.replace(/[’']s?$/, '');
    const start = offset + match.index;
    const token = { text: word, start, end: start + word.length };
    const adjacent = match.index === previousEnd + 1 && text[previousEnd] === ' ' && !previousEndsRun;
    // "the House Appropriations Committee on Thursday": a day ends the name.
    const capital = CAPITALISED.test(word) && !TIME_WORD.test(word) && !overlaps(known, token.start, token.end);
    if (!(run.length > 0 && adjacent && (capital || CONNECTOR.test(word)))) flush();
    if (capital || (run.length > 0 && CONNECTOR.test(word))) run.push(token);
    previousEnd = match.index + match[0].length;
    // "... Lawyers Association. She said": the next sentence starts a run of its own.
    previousEndsRun = possessive || endsSentence;
  }
  flush();
  return runs;
}

/** "Hannah Cole and Marcus Reid": two people, where the words after "and" open with a given name and no part is an organisation's. */
function splitPeopleAtAnd(run: Token[], lexicon: ReturnType<typeof nameLexicon>): Token[][] {
  const and = run.findIndex((token) => token.text === 'and');
  const second = run.slice(and + 1);
  const isPeople = and >= 2 && second.length >= 2 && second.length <= 4 && lexicon.isFirstName(second[0]!.text)
    && !run.some((token) => ORG_HEAD.test(token.text) || (CONNECTOR.test(token.text) && token.text !== 'and' && !PARTICLE.test(token.text)));
  return isPeople ? [run.slice(0, and), second] : [run];
}

/**
 * Finds the people, organisations and programs an article names: known ones through the alias
 * list, unknown organisations and programs by their form ("... Institute", "... program"), people
 * by given names from the lexicon or a title before them ("Secretary", "spokeswoman").
 */
export function findEntities(article: ArticleText, knowledge: EntityKnowledge): { entities: FoundEntity[]; mentions: Mention[] } {
  const registry = new EntityRegistry();
  const lexicon = nameLexicon();
  const paragraphs = article.paragraphs.filter((paragraph) => !paragraph.boilerplate && paragraph !== article.headline);
  const { exact, anyCase } = matcherOf(knowledge);

  for (const paragraph of paragraphs) {
    for (const regex of [exact, anyCase]) {
      if (!regex) continue;
      for (const match of paragraph.text.matchAll(regex)) {
        const surface = match[1]!;
        const start = paragraph.start + match.index + match[0].length - surface.length;
        if (overlaps(registry.mentions, start, start + surface.length)) continue;
        const known = knowledge.byName.get(surface.toLowerCase());
        // "National ICE Council" is an organisation of its own, not ICE.
        const insideName = /\p{Lu}[\p{L}.]* $/u.test(paragraph.text.slice(0, start - paragraph.start)) && ORG_HEAD_AFTER.test(paragraph.text.slice(start - paragraph.start + surface.length));
        if (known && !insideName) registry.mention(addKnown(registry, known), start, start + surface.length, surface);
      }
    }
    // "the Obama administration": an organisation named after its head.
    for (const match of paragraph.text.matchAll(/\b([A-Z][a-z]+)(?:[’']s)? administration\b/g)) {
      const start = paragraph.start + match.index;
      // "The administration" at a sentence's start, "Previous administrations": no one's.
      if (NOT_A_NAME.test(match[1]!) || /^(?:Previous|Current|Next|Last|New|Former|Prior|Each|Every|Both)$/.test(match[1]!) || overlaps(registry.mentions, start, start + match[0].length)) continue;
      const entity = registry.add('organization', `${match[1]} administration`, { kind: 'other' });
      registry.mention(entity, start, start + match[0].length, match[0]);
      // "President Barack Obama's administration" names its head too.
      const given = /(\p{Lu}\p{L}+)(\s+\p{Lu}\.)?\s+$/u.exec(paragraph.text.slice(0, match.index));
      if (given && !NOT_A_NAME.test(given[1]!) && (lexicon.isFirstName(given[1]!) || TITLE.test(paragraph.text.slice(Math.max(0, given.index - 40), given.index)))) {
        const name = `${given[0].trim()} ${match[1]}`;
        registry.mention(registry.add('person', name, { gender: lexicon.genderOf(given[1]!) }), start - given[0].length, start + match[1]!.length, name);
      }
    }
    // "the Safe Communities initiative": a program named by its form.
    for (const match of paragraph.text.matchAll(/\b((?:[A-Z][\w’'-]*\s+){1,4})(program|initiative|policy|operation)\b/g)) {
      const name = match[1]!.trim();
      const start = paragraph.start + match.index;
      if (/^(?:The|A|An|This|That|Its|His|Her)$/.test(name.split(/\s+/)[0]!) || overlaps(registry.mentions, start, start + match[0].length)) continue;
      const entity = registry.add('program', name);
      registry.mention(entity, start, start + match[0].length, match[0]);
    }
  }

  // Unknown organisations and people, from runs of capitalised words.
  const personRuns: { tokens: Token[]; titled: boolean }[] = [];
  for (const paragraph of paragraphs) {
    for (const run of capitalisedRuns(paragraph.text, paragraph.start, registry.mentions).flatMap((found) => splitPeopleAtAnd(found, lexicon))) {
      const words = run.map((token) => token.text);
      const opening = leading(words);
      // "First Focus, a children's advocacy group": described as an organisation, it is one.
      const described = ORG_DESCRIPTION.exec(article.text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 80));
      const describedFrom = described ? (words.lastIndexOf('of') > 0 ? words.lastIndexOf('of') + 1 : opening) : -1;
      if (described && describedFrom < words.length) {
        const tokens = run.slice(describedFrom);
        const name = tokens.map((t) => t.text).join(' ');
        const entity = registry.add('organization', name, { kind: /think tank/.test(described[1]!) ? 'think_tank' : 'ngo' });
        registry.mention(entity, tokens[0]!.start, tokens[tokens.length - 1]!.end, name);
        if (describedFrom === opening) continue;
      }
      const headIndex = words.findIndex((word) => ORG_HEAD.test(word));
      // "Angela Kelley of the Center for American Progress": a person, then the organisation.
      const ofIndex = words.indexOf('of');
      const personFirst = ofIndex >= 2 && ofIndex < headIndex && lexicon.isFirstName(words[0]!) && !words.slice(0, ofIndex).some((word) => ORG_HEAD.test(word));
      if (personFirst) {
        const organization = run.slice(ofIndex + 1).filter((token, index) => index > 0 || token.text !== 'the');
        if (organization.length >= 2) {
          const name = organization.map((t) => t.text).join(' ');
          const entity = registry.add('organization', name, { kind: kindOfUnknownOrganization(words[headIndex]!) });
          registry.mention(entity, organization[0]!.start, organization[organization.length - 1]!.end, name);
        }
      } else if (headIndex > opening && words.length >= 2) {
        // "The American Immigration Lawyers Association called …": a sentence's first word is not the name's.
        const tokens = run.slice(opening);
        const name = tokens.map((t) => t.text).join(' ');
        const entity = registry.add('organization', name, { kind: kindOfUnknownOrganization(words[headIndex]!) });
        registry.mention(entity, tokens[0]!.start, tokens[tokens.length - 1]!.end, name);
        continue;
      }
      // Strip titles ("Director John Morton") but remember them as evidence of a person.
      // A person's name ends where "of", "for" or "and" begins: "Sheriff Lupe Valdez of Dallas County".
      const nameEnd = run.findIndex((token) => NAME_END.test(token.text));
      let tokens = (nameEnd >= 0 ? run.slice(0, nameEnd) : run).filter((token) => !CONNECTOR.test(token.text) || PARTICLE.test(token.text));
      // A role or a quotation next to the name makes it a person's too: "Marielena Hincapie, executive director of …".
      let titled = holdsRoleOrSpeaks(article.text, run[0]!.start, run[run.length - 1]!.end);
      // A sentence's first word is capitalised too: "But Rep. Bob Goodlatte said" names Bob Goodlatte.
      while (tokens.length > 1 && (TITLE_WORD.test(tokens[0]!.text) || NOT_A_NAME.test(tokens[0]!.text))) {
        titled ||= TITLE_WORD.test(tokens[0]!.text);
        tokens = tokens.slice(1);
      }
      // "ERO Executive Associate Director Chinedu P. Haddad-Morales", "County Commissioner Ravi Subramaniam": the name follows the last title word.
      const lastTitle = tokens.map((token) => TITLE_WORD.test(token.text)).lastIndexOf(true);
      if (lastTitle >= 0 && tokens.length - lastTitle - 1 >= 2) {
        tokens = tokens.slice(lastTitle + 1);
        titled = true;
      }
      // An unfamiliar name that opens a clause of saying: "Emeka Obi said", but not "Human Rights Watch said".
      titled ||= tokens.length >= 2 && tokens.length <= 3 && SPEAKS_AFTER.test(article.text.slice(tokens[tokens.length - 1]!.end, tokens[tokens.length - 1]!.end + 20))
        && tokens.every((token) => lexicon.isFirstName(token.text) || lexicon.isLastName(token.text) || !lexicon.isCommonWord(token.text.replace(/[.’'-].*$/, '')));
      // "The Marshall Project": an organisation the form above left out, not a person.
      if (!tokens.length || NOT_A_NAME.test(tokens[0]!.text) || tokens.some((token) => ORG_HEAD.test(token.text))) continue;
      personRuns.push({ tokens, titled });
    }
  }
  // Full names first, so that a surname alone later finds its person.
  for (const { tokens, titled } of personRuns) {
    if (tokens.length < 2 || tokens.length > 4) continue;
    const first = tokens[0]!.text;
    const last = tokens[tokens.length - 1]!.text;
    if (tokens.some((token) => lexicon.isPlace(token.text) && !lexicon.isFirstName(token.text) && !lexicon.isLastName(token.text))) continue;
    if (!lexicon.isFirstName(first) && !titled) continue;
    if (/^[A-Z]\.?$/.test(last) || PLACE_NOUN.test(last)) continue;
    const name = tokens.map((token) => token.text).join(' ');
    const entity = registry.add('person', name, { gender: lexicon.genderOf(first) });
    registry.mention(entity, tokens[0]!.start, tokens[tokens.length - 1]!.end, name);
  }
  const people = () => registry.entities.filter((entity) => entity.type === 'person');
  for (const { tokens, titled } of personRuns) {
    if (tokens.length !== 1) continue;
    const [token] = tokens;
    if (!token || overlaps(registry.mentions, token.start, token.end)) continue;
    const person = people().find((entity) => entity.name.split(' ').pop() === token.text);
    if (person) registry.mention(person, token.start, token.end, token.text);
    else if (titled && lexicon.isLastName(token.text)) registry.mention(registry.add('person', token.text), token.start, token.end, token.text);
  }
  registry.mentions.sort((a, b) => a.start - b.start);
  return { entities: registry.entities, mentions: registry.mentions };
}
