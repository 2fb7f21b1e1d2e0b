import { createHash } from 'node:crypto';
import type { ArticleFacts } from './ArticleFacts.js';
import { IngestInputError } from './IngestInputError.js';
import { parsePeriod } from './parsePeriod.js';
import { slugify } from './slugify.js';

export type EntityLabel = 'Person' | 'Organization' | 'Program';
export interface EntityRef {
  id: string;
  label: EntityLabel;
}

/** The parameter rows of one article's write, every name already resolved to an id. */
export interface ArticleWritePlan {
  article: {
    id: string;
    title: string;
    titleInferred: boolean;
    url: string | null;
    publishedOn: string | null;
    contentHash: string;
    textLength: number | null;
  };
  publisherId: string | null;
  bylineIds: string[];
  citedIds: string[];
  people: { id: string; name: string; aliases: string[] }[];
  /** partOfId: the organisation this article says it is part of. */
  organizations: { id: string; name: string; acronym: string | null; aliases: string[]; kind: string; partOfId: string | null }[];
  /** runById: the organisation this article says runs it. */
  programs: { id: string; name: string; aliases: string[]; runById: string | null }[];
  roles: { personId: string; organizationId: string; title: string | null; unit: string | null }[];
  figures: Record<string, unknown>[];
  quotes: Record<string, unknown>[];
}

function distinct(values: string[], exclude: string): string[] {
  return [...new Set(values.filter((value) => value !== exclude))];
}

/**
 * The first row of each key, with later rows of that key folded into it: the write creates one
 * relationship per row (an article's own relationships are new, so it need not MERGE them).
 */
function uniqueBy<T>(rows: T[], keyOf: (row: T) => string, fold: (kept: T, duplicate: T) => void = () => {}): T[] {
  const kept = new Map<string, T>();
  for (const row of rows) {
    const first = kept.get(keyOf(row));
    if (first) fold(first, row);
    else kept.set(keyOf(row), row);
  }
  return [...kept.values()];
}

/** Two names that slugify alike are one entity: the second name becomes an alias of the first. */
function foldNames<T extends { name: string; aliases: string[] }>(kept: T, duplicate: T): void {
  kept.aliases = distinct([...kept.aliases, duplicate.name, ...duplicate.aliases], kept.name);
}

/** The id an article gets when its source gives none: its URL, else its content. */
function articleIdFor(facts: ArticleFacts): string {
  if (facts.article.id) return facts.article.id;
  const basis = facts.article.url ?? facts.article.content_hash;
  return createHash('sha256').update(basis).digest('hex').slice(0, 16);
}

export function planArticleWrite(facts: ArticleFacts): ArticleWritePlan {
  const issues: string[] = [];
  const articleId = articleIdFor(facts);
  for (const [kind, spans] of [['figure', facts.figures], ['quote', facts.quotes]] as const) {
    const seen = new Set<string>();
    for (const { id } of spans) {
      if (seen.has(id)) issues.push(`${kind} id ${id} is used twice`);
      seen.add(id);
    }
  }
  const byName = new Map<string, EntityRef>();
  const register = (name: string, aliases: string[], label: EntityLabel): EntityRef => {
    const ref = { id: slugify(name), label };
    for (const key of [name, ...aliases]) {
      const known = byName.get(key.toLowerCase());
      if (!known || known.label === label) byName.set(key.toLowerCase(), known ?? ref);
    }
    return ref;
  };
  const resolve = (name: string, what: string, labels: EntityLabel[]): EntityRef | undefined => {
    const ref = byName.get(name.toLowerCase());
    if (ref && labels.includes(ref.label)) return ref;
    issues.push(`${what}: "${name}" is not among the article's ${labels.join(' or ').toLowerCase()} entries`);
    return undefined;
  };

  const organizations = facts.organizations.map((org) => {
    const ref = register(org.name, [...org.aliases, ...(org.acronym ? [org.acronym] : [])], 'Organization');
    return { id: ref.id, name: org.name, acronym: org.acronym, aliases: distinct(org.aliases, org.name), kind: org.kind, partOfId: null as string | null };
  });
  // The publisher and cited sources are organisations even when the extraction lists them nowhere else.
  for (const name of [facts.article.publisher, ...facts.article.sources_cited]) {
    if (name && !byName.has(name.toLowerCase())) {
      const ref = register(name, [], 'Organization');
      organizations.push({ id: ref.id, name, acronym: null, aliases: [], kind: name === facts.article.publisher ? 'media' : 'other', partOfId: null });
    }
  }
  const people = facts.people.map((person) => {
    const ref = register(person.name, person.aliases, 'Person');
    return { id: ref.id, name: person.name, aliases: distinct(person.aliases, person.name) };
  });
  for (const name of facts.article.byline) {
    if (!byName.has(name.toLowerCase())) people.push({ id: register(name, [], 'Person').id, name, aliases: [] });
  }
  const programs = facts.programs.map((program) => {
    const ref = register(program.name, program.aliases, 'Program');
    return { id: ref.id, name: program.name, aliases: distinct(program.aliases, program.name), runById: null as string | null };
  });

  const roles = facts.people.flatMap((person) =>
    person.roles.flatMap((role) => {
      const org = resolve(role.organization, `role of ${person.name}`, ['Organization']);
      return org ? [{ personId: slugify(person.name), organizationId: org.id, title: role.title, unit: role.unit }] : [];
    }),
  );
  // Resolved once every name is registered; the rows of facts.organizations and facts.programs come first, in order.
  facts.organizations.forEach((org, index) => {
    if (org.part_of) organizations[index]!.partOfId = resolve(org.part_of, `part_of of ${org.name}`, ['Organization'])?.id ?? null;
  });
  facts.programs.forEach((program, index) => {
    if (program.run_by) programs[index]!.runById = resolve(program.run_by, `run_by of ${program.name}`, ['Organization'])?.id ?? null;
  });

  const figureIds = new Set(facts.figures.map((figure) => figure.id));
  const figures = facts.figures.map((figure) => {
    const period = parsePeriod(figure.period);
    const source = figure.source ? resolve(figure.source, `source of figure ${figure.id}`, ['Person', 'Organization']) : undefined;
    return {
      id: `${articleId}:${figure.id}`,
      value: figure.value,
      valueText: figure.value_text,
      approximate: figure.approximate,
      qualifier: figure.qualifier,
      unit: figure.unit,
      measure: figure.measure,
      measureId: slugify(figure.measure),
      measureDetail: figure.measure_detail,
      period: figure.period,
      periodNode: period ?? null,
      scope: figure.scope,
      derived: figure.derived,
      source: source ?? null,
      start: figure.start,
      end: figure.end,
    };
  });
  const quotes = facts.quotes.map((quote) => {
    const speaker = resolve(quote.speaker, `speaker of quote ${quote.id}`, ['Person', 'Organization']);
    for (const id of quote.about_figures) if (!figureIds.has(id)) issues.push(`quote ${quote.id} is about unknown figure ${id}`);
    const aboutEntities = quote.about_entities.flatMap((name) => {
      const ref = resolve(name, `subject of quote ${quote.id}`, ['Person', 'Organization', 'Program']);
      return ref ? [ref] : [];
    });
    return {
      id: `${articleId}:${quote.id}`,
      text: quote.text,
      direct: quote.direct,
      verb: quote.verb,
      speaker: speaker ?? null,
      aboutFigureIds: [...new Set(quote.about_figures.map((id) => `${articleId}:${id}`))],
      aboutEntities: uniqueBy(aboutEntities, (ref) => `${ref.label}:${ref.id}`),
      start: quote.start,
      end: quote.end,
    };
  });

  const length = facts.article.text_length;
  for (const span of [...facts.figures, ...facts.quotes]) {
    if (length !== undefined && span.end > length) issues.push(`span of ${span.id} ends past the article's ${length} characters`);
  }
  if (issues.length > 0) throw new IngestInputError(`article "${facts.article.title}" has ${issues.length} inconsistent facts: ${issues[0]}`, issues);

  const idOf = (name: string) => byName.get(name.toLowerCase())?.id ?? slugify(name);
  return {
    article: {
      id: articleId,
      title: facts.article.title,
      titleInferred: facts.article.title_inferred,
      url: facts.article.url,
      publishedOn: facts.article.published_on,
      contentHash: facts.article.content_hash,
      textLength: length ?? null,
    },
    publisherId: facts.article.publisher ? idOf(facts.article.publisher) : null,
    bylineIds: [...new Set(facts.article.byline.map(idOf))],
    citedIds: [...new Set(facts.article.sources_cited.map(idOf))],
    people: uniqueBy(people, (person) => person.id, foldNames),
    organizations: uniqueBy(organizations, (org) => org.id, (kept, duplicate) => {
      foldNames(kept, duplicate);
      kept.acronym ??= duplicate.acronym;
      kept.partOfId ??= duplicate.partOfId;
    }),
    programs: uniqueBy(programs, (program) => program.id, (kept, duplicate) => {
      foldNames(kept, duplicate);
      kept.runById ??= duplicate.runById;
    }),
    // As a MERGE keyed by person, organisation and title would: one role, the last unit stated.
    roles: uniqueBy(roles, (role) => `${role.personId}\n${role.organizationId}\n${role.title ?? ''}`, (kept, duplicate) => {
      kept.unit = duplicate.unit;
    }),
    figures,
    quotes,
  };
}
