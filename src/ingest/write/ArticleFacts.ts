import { z } from 'zod';

/**
 * What the write path accepts: the extraction format (snake_case keys) plus the article's
 * identity and content hash. The seed data files hold it; article extraction will produce it.
 */
const name = z.string().trim().min(1).max(300);
const offset = z.number().int().nonnegative();

export const organizationKinds = ['agency', 'ngo', 'think_tank', 'media', 'political', 'legislature', 'court', 'party', 'other'] as const;

export const ArticleFactsSchema = z
  .object({
    article: z.object({
      id: z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'letters, digits and _.:- only').optional(),
      title: z.string().trim().min(1).max(1000),
      title_inferred: z.boolean().default(false),
      publisher: name.nullable().default(null),
      url: z.string().url().nullable().default(null),
      published_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD').nullable().default(null),
      byline: z.array(name).default([]),
      sources_cited: z.array(name).default([]),
      content_hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest'),
      text_length: z.number().int().nonnegative().optional(),
    }),
    people: z
      .array(
        z.object({
          name,
          aliases: z.array(name).default([]),
          roles: z
            .array(z.object({ title: z.string().trim().max(300).nullable().default(null), organization: name, unit: z.string().max(300).nullable().default(null) }))
            .default([]),
        }),
      )
      .default([]),
    organizations: z
      .array(
        z.object({
          name,
          acronym: z.string().trim().max(30).nullable().default(null),
          aliases: z.array(name).default([]),
          kind: z.enum(organizationKinds).default('other'),
          part_of: name.nullable().default(null),
        }),
      )
      .default([]),
    programs: z
      .array(z.object({ name, aliases: z.array(name).default([]), run_by: name.nullable().default(null) }))
      .default([]),
    figures: z
      .array(
        z.object({
          id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
          value: z.number().finite(),
          value_text: z.string().trim().min(1).max(200),
          approximate: z.boolean().default(false),
          qualifier: z.string().max(60).nullable().default(null),
          unit: z.string().min(1).max(40),
          measure: z.string().trim().min(1).max(200),
          measure_detail: z.string().max(500).nullable().default(null),
          period: z.string().max(60).nullable().default(null),
          scope: z.string().max(300).nullable().default(null),
          source: name.nullable().default(null),
          derived: z.boolean().default(false),
          start: offset,
          end: offset,
        }),
      )
      .default([]),
    quotes: z
      .array(
        z.object({
          id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
          speaker: name,
          text: z.string().trim().min(1).max(10_000),
          direct: z.boolean(),
          verb: z.string().max(100).nullable().default(null),
          about_figures: z.array(z.string()).default([]),
          about_entities: z.array(name).default([]),
          start: offset,
          end: offset,
        }),
      )
      .default([]),
  })
  .superRefine((facts, ctx) => {
    for (const kind of ['figures', 'quotes'] as const) {
      facts[kind].forEach((span, index) => {
        if (span.end <= span.start) ctx.addIssue({ code: 'custom', message: `span of ${span.id} is empty or reversed`, path: [kind, index, 'end'] });
      });
    }
  });

export type ArticleFacts = z.output<typeof ArticleFactsSchema>;
