import { describe, expect, it } from 'vitest';
import { IngestInputError } from '../../../src/ingest/write/IngestInputError.js';
import { planArticleWrite } from '../../../src/ingest/write/planArticleWrite.js';
import { parseArticleFacts } from '../../../src/ingest/write/writeArticle.js';
import { slugify } from '../../../src/ingest/write/slugify.js';

const hash = 'a'.repeat(64);

function facts(overrides: Record<string, unknown> = {}) {
  return parseArticleFacts({
    article: { title: 'Test article', publisher: 'Test Gazette', byline: ['Pat Writer'], sources_cited: ['Test Bureau'], content_hash: hash },
    people: [{ name: 'Dana Speaker', aliases: ['Speaker'], roles: [{ title: 'Director', organization: 'Test Bureau' }] }],
    organizations: [{ name: 'Test Bureau', acronym: 'TB', aliases: [], kind: 'agency' }],
    figures: [{ id: 'f1', value: 100, value_text: '100', unit: 'people', measure: 'removals', period: 'FY2020', start: 0, end: 3 }],
    quotes: [{ id: 'q1', speaker: 'TB', text: 'We removed 100.', direct: true, about_figures: ['f1'], start: 10, end: 25 }],
    ...overrides,
  });
}

describe('slugify', () => {
  it('makes readable ids from canonical names', () => {
    expect(slugify('U.S. Immigration and Customs Enforcement')).toBe('u-s-immigration-and-customs-enforcement');
    expect(slugify('287(g)')).toBe('287-g');
    expect(slugify('Ñoño Pérez')).toBe('nono-perez');
  });
});

describe('planArticleWrite', () => {
  it('resolves speakers by alias or acronym and scopes figure and quote ids to the article', () => {
    const plan = planArticleWrite(facts());
    expect(plan.article.id).toMatch(/^[0-9a-f]{16}$/);
    expect(plan.quotes[0]).toMatchObject({ id: `${plan.article.id}:q1`, speaker: { id: 'test-bureau', label: 'Organization' } });
    expect(plan.quotes[0]?.aboutFigureIds).toEqual([`${plan.article.id}:f1`]);
    expect(plan.roles).toEqual([{ personId: 'dana-speaker', organizationId: 'test-bureau', title: 'Director', unit: null }]);
  });

  it('adds the publisher and byline as entities when the facts list them nowhere else', () => {
    const plan = planArticleWrite(facts());
    expect(plan.organizations.find((org) => org.id === 'test-gazette')).toMatchObject({ kind: 'media' });
    expect(plan.people.map((person) => person.id)).toContain('pat-writer');
    expect(plan.publisherId).toBe('test-gazette');
  });

  it('lists each entity, role and reference once, since the write creates a relationship per row', () => {
    const plan = planArticleWrite(
      facts({
        people: [
          { name: 'Dana Speaker', roles: [{ title: 'Director', organization: 'Test Bureau' }, { title: 'Director', organization: 'TB', unit: 'HQ' }] },
          { name: 'Dana  Speaker', aliases: ['D. Speaker'] },
        ],
        organizations: [
          { name: 'Test Bureau', acronym: 'TB', kind: 'agency' },
          { name: 'Test-Bureau', kind: 'agency', part_of: 'Test Department' },
          { name: 'Test Department', kind: 'agency' },
        ],
        programs: [{ name: 'Test Program', run_by: 'TB' }],
        quotes: [{ id: 'q1', speaker: 'TB', text: 'We removed 100.', direct: true, about_figures: ['f1', 'f1'], about_entities: ['TB', 'Test Bureau'], start: 10, end: 25 }],
      }),
    );
    expect(plan.people.filter((person) => person.id === 'dana-speaker')).toEqual([{ id: 'dana-speaker', name: 'Dana Speaker', aliases: ['Dana  Speaker', 'D. Speaker'] }]);
    expect(plan.organizations.filter((org) => org.id === 'test-bureau')).toEqual([
      { id: 'test-bureau', name: 'Test Bureau', acronym: 'TB', aliases: ['Test-Bureau'], kind: 'agency', partOfId: 'test-department' },
    ]);
    expect(plan.programs).toEqual([{ id: 'test-program', name: 'Test Program', aliases: [], runById: 'test-bureau' }]);
    expect(plan.roles).toEqual([{ personId: 'dana-speaker', organizationId: 'test-bureau', title: 'Director', unit: 'HQ' }]);
    expect(plan.quotes[0]).toMatchObject({ aboutFigureIds: [`${plan.article.id}:f1`], aboutEntities: [{ id: 'test-bureau', label: 'Organization' }] });
  });

  it('rejects a figure or quote id used twice', () => {
    const twice = facts({
      figures: [
        { id: 'f1', value: 100, value_text: '100', unit: 'people', measure: 'removals', period: 'FY2020', start: 0, end: 3 },
        { id: 'f1', value: 200, value_text: '200', unit: 'people', measure: 'removals', period: 'FY2021', start: 4, end: 7 },
      ],
    });
    expect(() => planArticleWrite(twice)).toThrow(IngestInputError);
    expect(() => planArticleWrite(twice)).toThrow(/figure id f1 is used twice/);
  });

  it('derives the same article id from the same URL, whatever the text', () => {
    const a = parseArticleFacts({ article: { title: 'A', url: 'https://example.org/a', content_hash: 'b'.repeat(64) } });
    const b = parseArticleFacts({ article: { title: 'A', url: 'https://example.org/a', content_hash: 'c'.repeat(64) } });
    expect(planArticleWrite(a).article.id).toBe(planArticleWrite(b).article.id);
  });

  it('rejects facts that refer to entities or figures the article does not list, naming each problem', () => {
    const bad = facts({
      quotes: [{ id: 'q1', speaker: 'Nobody Known', text: 'x', direct: false, about_figures: ['f9'], start: 1, end: 2 }],
    });
    let caught: unknown;
    try {
      planArticleWrite(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IngestInputError);
    expect((caught as IngestInputError).issues).toEqual([
      'speaker of quote q1: "Nobody Known" is not among the article\'s person or organization entries',
      'quote q1 is about unknown figure f9',
    ]);
  });

  it('rejects spans past the end of the text', () => {
    const bad = facts({ article: { title: 'T', content_hash: hash, text_length: 5 } });
    expect(() => planArticleWrite(bad)).toThrow(/ends past the article's 5 characters/);
  });
});

describe('parseArticleFacts', () => {
  it('lists every schema problem with its path', () => {
    try {
      parseArticleFacts({ article: { title: '', content_hash: 'nope' }, figures: [{ id: 'f1' }] });
      expect.unreachable();
    } catch (error) {
      const issues = (error as IngestInputError).issues;
      expect(issues.some((issue) => issue.startsWith('article.title'))).toBe(true);
      expect(issues.some((issue) => issue.startsWith('article.content_hash'))).toBe(true);
      expect(issues.some((issue) => issue.startsWith('figures.0.value'))).toBe(true);
    }
  });

  it('rejects an empty span', () => {
    expect(() => facts({ figures: [{ id: 'f1', value: 1, value_text: '1', unit: 'people', measure: 'm', start: 5, end: 5 }] })).toThrow(
      /figures\.0\.end: span of f1 is empty or reversed/,
    );
  });
});
