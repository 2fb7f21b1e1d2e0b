import type { ArticleText } from './ArticleText.js';
import type { FoundEntity, Mention } from './FoundEntity.js';

const ROLE_WORDS = String.raw`(?:[a-z][a-z-]*\s+){0,4}?(?:director|secretary|spokeswoman|spokesman|spokesperson|counsel|founder|president|chief|chairman|chairwoman|chair|reporter|editor|correspondent|analyst|fellow|researcher|commissioner|officer|official|attorney|lawyer|professor|economist|manager|coordinator|advocate|press secretary|executive director|deputy)(?:\s+of\s+[a-z ]+?)?`;
/** ", the director of ORG" right after a name: the role (group 1) and the organisation's words (group 2). */
export const ROLE_APPOSITIVE = new RegExp(String.raw`^,\s+(?:the\s+|an?\s+)?(${ROLE_WORDS})\s+(?:of|for|at|with)\s+(?:the\s+)?([^,.;]+)`);
/** "a spokeswoman for ORG, " right before a name: the role (group 1) and the organisation's words (group 2). */
export const ROLE_BEFORE_NAME = new RegExp(String.raw`(?:^|[.;:]\s+|,\s+|\b(?:said|says)\s+)(?:[Tt]he\s+|[Aa]n?\s+)?(${ROLE_WORDS})\s+(?:of|for|at|with)\s+(?:the\s+)?([^,;]{2,80}?),\s+$`);
/** A phrase that opens with a role: "A spokeswoman for ICE", "Its president". */
export const ROLE_LEAD = new RegExp(String.raw`^(?:[Tt]he\s+|[Aa]n?\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}${ROLE_WORDS}\b`, 'u');
/** "An ICE spokeswoman, " right before a name: the organisation's words (group 1) and the role (group 2). */
export const ORG_ROLE_BEFORE_NAME = /(?:^|[.;:]\s+|,\s+)(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}.]*\s+){1,4})((?:[a-z-]+\s+)?(?:spokeswoman|spokesman|spokesperson|official|director|officer|attorney|lawyer|analyst|economist|researcher))\s*,\s+$/u;
/** ", the association's executive director" right after a name. */
export const POSSESSIVE_ROLE_AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?[\p{L}-]+['’]s\s+(?:${ROLE_WORDS}|(?:lead\s+|co-?)?author)\b`, 'u');
const ROLE_PREDICATE = new RegExp(String.raw`^\s+is\s+(?:the\s+|an?\s+)?(${ROLE_WORDS.replace(/\[a-z\]/g, '[A-Za-z]')})\s+(?:of|for|at|with)\s+(?:the\s+)?([^,.;]+)`, 'i');
const titleCase = (text: string) => text.trim().replace(/\b([a-z])/g, (letter) => letter.toUpperCase()).replace(/\b(Of|For|And|The)\b/g, (word) => word.toLowerCase());

/**
 * Roles stated next to a name: "X, the director of ORG", "X, ORG legislative counsel",
 * "ORG spokeswoman X", "X is Senior Reporter for ORG".
 */
export function findRoles(article: ArticleText, mentions: Mention[]): void {
  const text = article.text;
  // "president of the union representing ICE officers" is not ICE's president: the organisation named must head the words.
  const orgAt = (start: number, end: number): FoundEntity | undefined => mentions.find((m) => m.start >= start && m.end <= end && m.entity.type === 'organization'
    && !/\b(?:\w+ing|that|which|who|whose)\s/.test(text.slice(start, m.start)))?.entity;
  const orgEndingAt = (end: number): FoundEntity | undefined => mentions.find((m) => m.end === end && m.entity.type === 'organization')?.entity;
  const addRole = (person: FoundEntity, title: string | null, organization: FoundEntity) => {
    if (!person.roles.some((role) => role.organization === organization.name)) person.roles.push({ title: title ? titleCase(title) : null, organization: organization.name });
  };
  for (const mention of mentions) {
    if (mention.entity.type !== 'person') continue;
    const after = text.slice(mention.end, mention.end + 160);
    const appositive = ROLE_APPOSITIVE.exec(after)
      ?? ROLE_PREDICATE.exec(after);
    if (appositive) {
      const orgStart = mention.end + appositive.index + appositive[0].length - appositive[2]!.length;
      const organization = orgAt(orgStart, orgStart + appositive[2]!.length);
      if (organization) addRole(mention.entity, appositive[1]!, organization);
      continue;
    }
    const orgFirst = /^,\s+([^,]{2,60}?)\s+((?:[a-z-]+\s+){0,2}(?:counsel|spokeswoman|spokesman|director|secretary|official|attorney))\b/.exec(after);
    if (orgFirst) {
      const orgStart = mention.end + orgFirst.index + orgFirst[0].indexOf(orgFirst[1]!);
      const organization = orgAt(orgStart, orgStart + orgFirst[1]!.length);
      if (organization) {
        addRole(mention.entity, orgFirst[2]!, organization);
        continue;
      }
    }
    const roleBefore = ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 140), mention.start));
    if (roleBefore) {
      const orgEnd = mention.start - roleBefore[0].length + roleBefore[0].lastIndexOf(roleBefore[2]!) + roleBefore[2]!.length;
      const organization = orgAt(orgEnd - roleBefore[2]!.length, orgEnd);
      if (organization) {
        addRole(mention.entity, roleBefore[1]!, organization);
        continue;
      }
    }
    const orgRoleBefore = ORG_ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, mention.start - 100), mention.start));
    if (orgRoleBefore) {
      const organization = orgEndingAt(mention.start - orgRoleBefore[0].length + orgRoleBefore[0].indexOf(orgRoleBefore[1]!) + orgRoleBefore[1]!.trimEnd().length);
      if (organization) {
        addRole(mention.entity, orgRoleBefore[2]!, organization);
        continue;
      }
    }
    const before = text.slice(Math.max(0, mention.start - 60), mention.start);
    // "ICE spokeswoman Gillian Christensen", "ICE Director Sarah Saldana", "Homeland Security Secretary Jeh Johnson",
    // "CBP Acting Commissioner Kevin McAleenan".
    const orgBefore = /([A-Z][\w.]*(?: [A-Z][\w.]*)*?) ((?:(?:Acting|Deputy|Assistant|Interim|Principal|Associate|Executive) )*(?:[a-z-]+ )?(?:[Ss]pokeswoman|[Ss]pokesman|[Ss]pokesperson|[Dd]irector|[Oo]fficial|[Cc]ounsel|Secretary|Commissioner|Chief|Administrator)) $/.exec(before);
    if (orgBefore) {
      // The organisation is the one right before the title, not an earlier one the capitalised words reach back to.
      const organization = orgEndingAt(mention.start - before.length + orgBefore.index + orgBefore[1]!.length);
      if (organization) addRole(mention.entity, orgBefore[2]!, organization);
    }
  }
}
