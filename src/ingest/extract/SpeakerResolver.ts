import type { FoundEntity, Mention } from './FoundEntity.js';

/** Groups that say things but are nobody in particular: their words are not quotes. */
const UNNAMED = /^(?:critics?|advocates?|opponents|supporters|experts|analysts|observers|some(?: people)?\b.*|many\b.*|others|residents|officials|authorities|lawmakers|sources|people)$/i;

const GROUP_HEAD = /^(?:center|institute|group|organization|network|forum|union|coalition|association|council|alliance|foundation|project|committee|federation|league|society|caucus|clearinghouse|campaign|fund)$/;
const REPORT_HEAD = /^(?:report|study|documents|analysis|statement)$/;
/** "a report (that) the agency sent to …", "figures the agency released": who wrote them, as the words before the verb (group 1). */
const WRITTEN_BY = /^\s*(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:report|study|analysis|letter|memo|documents|figures|data|statistics|numbers)\s+(?:that\s+)?((?:[\w.’'-]+\s+){0,5}?[\w.’'-]+)(?=\s+(?:sent|gave|submitted|provided|released|published|filed|prepared|wrote|issued|delivered)\b)/i;

/** Who a phrase such as "she", "the agency", "the center's report" or "Joanne Lin, ACLU counsel" is. */
export class SpeakerResolver {
  constructor(
    readonly text: string,
    private readonly mentions: Mention[],
  ) {}

  private chiefAgency: FoundEntity | null | undefined;

  /**
   * The person a pronoun stands for: the last one named as a subject (opening a clause, or right
   * before a verb of saying) rather than the last one named, so "said Obama had …" does not
   * capture the "she" that follows.
   */
  private lastSubjectBefore(position: number, gender: 'male' | 'female'): FoundEntity | null {
    const compatible = (entity: FoundEntity) => entity.type === 'person' && entity.gender !== (gender === 'male' ? 'female' : 'male');
    const nearest = this.lastBefore(position, compatible);
    const paragraphStart = this.text.lastIndexOf('\n', position) + 1;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.start >= position || !compatible(mention.entity)) continue;
      // A subject of an earlier paragraph does not outrank the one person named in the pronoun's own.
      if (mention.start < paragraphStart && nearest && this.mentions.some((m) => m.entity === nearest && m.start >= paragraphStart && m.start < position)) return nearest;
      const before = this.text.slice(Math.max(0, mention.start - 60), mention.start);
      const after = this.text.slice(mention.end, mention.end + 40);
      // Titles and names may stand between the clause's start and the name: "Sheriff Lupe Valdez of …".
      // So may a name right after a quotation's closing mark and its verb: "…," said Laura Lichter.
      const opensClause = /(?:(?:^|[.!?:;,]["”]?\s+|\n|\b(?:and|but|when|as|while)\s+|["”]\s+(?:said|says|added|asked)\s+)(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}|(?:President|Secretary|Director|spokeswoman|spokesman|counsel|[A-Z]{2,})\s+)$/u.test(before);
      const speaks = /^(?:,[^,]{2,120},)?\s+(?:also\s+)?(?:said|says|told|added|announced|attributed|bragged|promised|argued|warned)\b/.test(after);
      if (opensClause || speaks) return mention.entity;
    }
    return this.lastBefore(position, compatible);
  }

  /** "the sheriff said": the last person named with that title ("Sheriff Sally Hernandez") or holding that role. */
  private lastTitled(position: number, title: string): FoundEntity | null {
    const titled = new RegExp(String.raw`\b${title}\.?\s+$`, 'i');
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.start >= position || mention.entity.type !== 'person') continue;
      const holds = mention.entity.roles.some((role) => role.title?.toLowerCase().includes(title.toLowerCase()));
      if (holds || titled.test(this.text.slice(Math.max(0, mention.start - 40), mention.start))) return mention.entity;
    }
    return null;
  }

  private lastBefore(position: number, accept: (entity: FoundEntity) => boolean): FoundEntity | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.start < position && accept(mention.entity)) return mention.entity;
    }
    return null;
  }

  /** The agency the article is chiefly about: the one it names most. */
  private mainAgency(): FoundEntity | null {
    // The article's mentions do not change while its speakers are resolved: count them once.
    if (this.chiefAgency === undefined) {
      const counts = new Map<FoundEntity, number>();
      for (const mention of this.mentions) if (mention.entity.kind === 'agency') counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
      this.chiefAgency = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    }
    return this.chiefAgency;
  }

  /** Resolves the words from start to end of the text; null when they name nobody in particular. */
  resolve(start: number, end: number): FoundEntity | null {
    // "a report the agency sent to Congress": the report is its sender's, not Congress's.
    const writer = WRITTEN_BY.exec(this.text.slice(start, end));
    if (writer) return this.resolve(start + writer.index + writer[0].length - writer[1]!.length, start + writer.index + writer[0].length);
    const phrase = this.text.slice(start, end).trim().replace(/^(?:and|but|while|as|when|after|before|because|although|since|if|then)\s+/i, '');
    const inside = this.mentions.filter((mention) => mention.start >= start && mention.end <= end);
    const person = inside.find((mention) => mention.entity.type === 'person');
    // "ICE spokeswoman Dani Bennett": the person, not the organisation before them.
    if (person) return person.entity;
    const organizations = inside.filter((mention) => mention.entity.type === 'organization');
    // "Syracuse University's Transactional Records Access Clearinghouse": the part that speaks is the second.
    let organization = organizations[0];
    for (const next of organizations.slice(1)) {
      if (organization && /^['’]s\s+(?:the\s+)?$/.test(this.text.slice(organization.end, next.start))) organization = next;
    }
    if (organization && !/^(?:critics|opponents|supporters) of\b/i.test(phrase)) return organization.entity;
    const words = phrase.toLowerCase().replace(/[’']s\b/g, '').replace(/[^a-z\s-]/g, ' ').trim().split(/\s+/);
    const head = words[words.length - 1] ?? '';
    if (/^(?:he|him|his)$/.test(phrase.toLowerCase())) return this.lastSubjectBefore(start, 'male');
    if (/^(?:she|her)$/.test(phrase.toLowerCase())) return this.lastSubjectBefore(start, 'female');
    if (/^(?:it|they)$/.test(phrase.toLowerCase())) return this.lastBefore(start, (e) => e.type === 'organization');
    const office = /^the\s+(sheriff|mayor|governor|senator|congressman|congresswoman|judge|director|secretary|commissioner|chief|president)$/i.exec(phrase);
    if (office) return this.lastTitled(start, office[1]!);
    if (!/^(?:the|its|their|a|an)$/.test(words[0] ?? '') && UNNAMED.test(phrase)) return null;
    if (/^(?:agency|department|bureau|office|administration)$/.test(head)) {
      return this.lastBefore(start, (e) => e.type === 'organization' && e.kind === 'agency' && (head === 'agency' || e.name.toLowerCase().includes(head))) ?? this.mainAgency();
    }
    // "immigration officials", "the government": the agency the article is about; "local officials" are not it.
    const agencyWords = words.slice(0, -1).every((word) => /^(?:the|immigration|federal|u|s|us|agency|administration|enforcement|homeland|security|ice|dhs|its|top|senior)$/.test(word));
    if (/^(?:government|officials|authorities)$/.test(head) && agencyWords && (words.length > 1 || head === 'government')) return this.mainAgency();
    const lastGroup = () => this.lastBefore(start, (e) => e.type === 'organization' && e.kind !== 'agency' && e.kind !== 'media' && e.kind !== 'other');
    // "the center's report" is the center's; "the report" alone is whoever the text said wrote one.
    const owner = REPORT_HEAD.test(head) ? words.slice(0, -1).reverse().find((word) => GROUP_HEAD.test(word)) : head;
    if (owner && GROUP_HEAD.test(owner)) return this.lastBefore(start, (e) => e.type === 'organization' && e.name.toLowerCase().includes(owner)) ?? lastGroup();
    if (REPORT_HEAD.test(head)) return this.authorOf(start) ?? lastGroup();
    return null;
  }

  /**
   * Who the text said wrote the last report (study, data, …) before a position: "a report by X", "X's report", "X released a report".
   * A mention with no author beside it ("director of policy studies") is passed over for the one before it.
   */
  private authorOf(position: number): FoundEntity | null {
    const named = [...this.text.slice(0, position).matchAll(/\b(?:reports?|study|studies|analysis|analyses|survey|review|data|documents|statement)\b/g)];
    for (const mention of named.reverse()) {
      const near = this.mentions.filter((m) => m.entity.type === 'organization' && m.end <= position && m.start >= mention.index - 60 && m.start <= mention.index + mention[0].length + 60);
      const after = near.find((m) => m.start > mention.index && /^\s+(?:\w+\s+){0,2}(?:by|from|of)\s+(?:the\s+)?$/.test(this.text.slice(mention.index + mention[0].length, m.start)));
      const before = near.filter((m) => m.end <= mention.index).pop();
      const author = after?.entity ?? before?.entity;
      if (author) return author;
    }
    return null;
  }
}
