import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../../src/ingest/pipeline/ingestLimits.js';
import { parseArticleFacts, writeArticle } from '../../../src/ingest/write/writeArticle.js';
import type { Database } from '../../../src/neo4j/Database.js';
import type { RunningServer } from '../../../src/server/startServer.js';
import { openTestDatabase } from '../../support/testDatabase.js';
import { postGraphQL, startTestServer } from '../../support/testServer.js';

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    outcome entitiesCreated figures quotes
    article { key title contentHash textLength figures { totalCount } quotes { totalCount } entities { totalCount } }
  }
}`;
const DELETE = `mutation ($id: ID!) {
  deleteArticle(id: $id) { deleted figuresDeleted quotesDeleted entitiesDeleted measuresDeleted periodsDeleted }
}`;
const MERGE = 'mutation ($keepId: ID!, $mergeId: ID!) { mergeEntities(keepId: $keepId, mergeId: $mergeId) { key } }';

/** Periods are shared by notation, so the fixtures use years no real article reports. */
const SOLO_PERIOD = '1901-01-01';
const SHARED_PERIOD = 'FY1902';

/** Article A: an entity, measure and period of its own, and some it shares with article B. */
function articleA(run: string) {
  return parseArticleFacts({
    article: { id: `test-del-a-${run}`, title: `Deletable ${run}`, content_hash: createHash('sha256').update(`a${run}`).digest('hex') },
    people: [
      { name: `Solo Person ${run}`, roles: [{ title: 'Director', organization: `Solo Agency ${run}` }] },
      { name: `Shared Person ${run}`, roles: [{ title: 'Adviser', organization: `Shared Agency ${run}` }] },
    ],
    organizations: [{ name: `Solo Agency ${run}`, kind: 'agency' }, { name: `Shared Agency ${run}`, kind: 'agency' }],
    programs: [{ name: `Solo Program ${run}`, run_by: `Solo Agency ${run}` }],
    figures: [
      { id: 'f1', value: 10, value_text: '10', unit: 'people', measure: `solo measure ${run}`, period: SOLO_PERIOD, source: `Solo Person ${run}`, start: 0, end: 2 },
      { id: 'f2', value: 20, value_text: '20', unit: 'people', measure: `shared measure ${run}`, period: SHARED_PERIOD, source: `Shared Agency ${run}`, start: 3, end: 5 },
    ],
    quotes: [
      { id: 'q1', speaker: `Solo Person ${run}`, text: 'Ten.', direct: true, about_figures: ['f1'], about_entities: [`Shared Person ${run}`], start: 0, end: 4 },
      { id: 'q2', speaker: `Shared Person ${run}`, text: 'Twenty.', direct: true, about_figures: ['f2'], start: 3, end: 9 },
    ],
  });
}

function articleB(run: string) {
  return parseArticleFacts({
    article: { id: `test-del-b-${run}`, title: `Kept ${run}`, content_hash: createHash('sha256').update(`b${run}`).digest('hex') },
    people: [{ name: `Shared Person ${run}`, roles: [{ title: 'Spokesman', organization: `Shared Agency ${run}` }] }],
    organizations: [{ name: `Shared Agency ${run}`, kind: 'agency' }],
    figures: [{ id: 'f1', value: 20, value_text: '20', unit: 'people', measure: `shared measure ${run}`, period: SHARED_PERIOD, source: `Shared Agency ${run}`, start: 0, end: 2 }],
    quotes: [{ id: 'q1', speaker: `Shared Person ${run}`, text: 'Still twenty.', direct: true, about_figures: ['f1'], start: 0, end: 13 }],
  });
}

describe('article mutations', () => {
  const run = randomUUID().slice(0, 8);
  const token = `test-token-${randomUUID()}`;
  const auth = { authorization: `Bearer ${token}` };
  const a = `test-del-a-${run}`;
  const b = `test-del-b-${run}`;
  let server: RunningServer;
  let tokenless: RunningServer;
  let db: Database;
  const gql = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = auth) =>
    postGraphQL(server.url, query, variables, headers);
  const cypher = async (query: string, params: Record<string, unknown> = {}) =>
    (await db.driver.executeQuery(query, params)).records.map((record) => record.toObject());
  const graphSize = async () => (await cypher('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS rels'))[0];
  const exists = async (label: string, id: string) =>
    ((await cypher(`MATCH (n {id: $id}) WHERE $label IN labels(n) RETURN count(n) AS n`, { id, label }))[0]?.n as number) > 0;

  beforeAll(async () => {
    server = await startTestServer({ CLAIMGRAPH_API_TOKEN: token });
    tokenless = await startTestServer();
    db = await openTestDatabase();
    await writeArticle(db, articleA(run));
    await writeArticle(db, articleB(run));
    await db.writeTransaction((tx) =>
      tx.run('merge-figure-links', {
        links: [{ fromId: `${a}:f2`, toId: `${b}:f1`, relation: 'same', reason: 'test', derived: false, confidence: null, withinArticle: false }],
      }),
    );
  });
  afterAll(async () => {
    await cypher('MATCH (n) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
    await cypher('MATCH (p:Period) WHERE p.id IN $ids AND NOT EXISTS { (p)--() } DELETE p', { ids: [SOLO_PERIOD, SHARED_PERIOD] });
    await Promise.all([server?.stop(), tokenless?.stop()]);
    await db?.close();
  });

  it('refuses every mutation with UNAUTHENTICATED without the right token, and writes nothing', async () => {
    const before = await graphSize();
    const attempts = [
      [INGEST, { input: { id: `test-unauth-${run}`, text: `Unauthorised ${run}`, title: `Unauthorised ${run}` } }],
      [DELETE, { id: a }],
      [MERGE, { keepId: `shared-person-${run}`, mergeId: `solo-person-${run}` }],
    ] as const;
    const headerCases: [string, Record<string, string>][] = [
      ['no header', {}],
      ['wrong token', { authorization: `Bearer ${token}x` }],
      ['not a bearer token', { authorization: token }],
    ];
    for (const [query, variables] of attempts) {
      for (const [why, headers] of headerCases) {
        const { status, body } = await gql(query, variables, headers);
        expect(status, why).toBe(200);
        expect(body.errors?.[0]?.extensions?.code, `${why}: ${query}`).toBe('UNAUTHENTICATED');
        expect(body.errors?.[0]?.message, why).toMatch(/Bearer <token>/);
        expect(body.data ?? null).toBeNull();
      }
      const { body } = await postGraphQL(tokenless.url, query, variables, auth);
      expect(body.errors?.[0]).toMatchObject({
        message: 'writes are disabled: the server has no CLAIMGRAPH_API_TOKEN',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    expect(await graphSize()).toEqual(before);
    expect(await exists('Article', a)).toBe(true);
    expect(await exists('Person', `solo-person-${run}`)).toBe(true);
    // Queries stay open to all.
    const open = await postGraphQL(tokenless.url, 'query ($id: ID!) { article(id: $id) { title } }', { id: a });
    expect(open.body).toEqual({ data: { article: { title: `Deletable ${run}` } } });
  });

  it('ingests an article: NEW, then UNCHANGED for the same text, UPDATED for a changed text under the same id', async () => {
    const id = `test-ingest-${run}`;
    const text = `Ingested ${run}\n\nThe agency removed 1,234 people in fiscal year 2020, an official said.`;
    const input = { id, text, title: `Ingested ${run}`, publisher: `Test Outlet ${run}`, url: `https://example.com/${run}`, publishedOn: '2020-05-01', byline: [`Test Author ${run}`] };
    const first = await gql(INGEST, { input });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data?.ingestArticle).toMatchObject({
      outcome: 'NEW',
      article: { key: id, title: `Ingested ${run}`, contentHash: createHash('sha256').update(text).digest('hex'), textLength: text.length },
    });
    const stored = await cypher('MATCH (a:Article {id: $id}) RETURN a.title AS title', { id });
    expect(stored).toEqual([{ title: `Ingested ${run}` }]);

    const before = await graphSize();
    const again = await gql(INGEST, { input });
    expect(again.body.data?.ingestArticle).toMatchObject({ outcome: 'UNCHANGED', entitiesCreated: 0, figures: 0, quotes: 0, article: { key: id } });
    // The same text without an id is recognised by its hash, under the id it was stored with.
    const anonymous = await gql(INGEST, { input: { text } });
    expect(anonymous.body.data?.ingestArticle).toMatchObject({ outcome: 'UNCHANGED', article: { key: id } });
    expect(await graphSize()).toEqual(before);

    const changedText = `${text}\nA correction was added.`;
    const changed = await gql(INGEST, { input: { ...input, text: changedText } });
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data?.ingestArticle).toMatchObject({
      outcome: 'UPDATED',
      article: { key: id, title: `Ingested ${run}`, textLength: changedText.length, contentHash: createHash('sha256').update(changedText).digest('hex') },
    });
  });

  it('refuses an empty text, a text over 1 MB (not with a 413) and malformed fields with BAD_USER_INPUT, writing nothing', async () => {
    const before = await graphSize();
    const over = MAX_ARTICLE_BYTES + 1;
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['empty text', { text: '' }, /empty/],
      ['blank text', { text: ' \n\t ' }, /empty/],
      ['text over 1 MB', { text: 'x'.repeat(over), title: `Too long ${run}` }, /limit is 1048576/],
      ['multi-byte text over 1 MB', { text: 'é'.repeat(over / 2 + 1) }, /limit is 1048576/],
      // Six bytes of JSON per character: the worst escaping still fits the body limit.
      ['escaped text over 1 MB', { text: '\u0001'.repeat(over) }, /limit is 1048576/],
      ['impossible date', { text: `Dated ${run}`, publishedOn: '2020-02-30' }, /publishedOn must be a date as YYYY-MM-DD/],
      ['not a date', { text: `Dated ${run}`, publishedOn: '1 May 2020' }, /publishedOn must be a date as YYYY-MM-DD/],
      ['bad id', { text: `Bad id ${run}`, id: 'has spaces' }, /article\.id/],
      ['bad url', { text: `Bad url ${run}`, url: 'not a url' }, /article\.url/],
    ];
    for (const [why, input, message] of cases) {
      const { status, body } = await gql(INGEST, { input });
      expect(status, why).toBe(200);
      expect(body.errors?.[0]?.extensions?.code, why).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message, why).toMatch(message);
    }
    expect(await graphSize()).toEqual(before);
  });

  it("deletes an article with its own figures and quotes and what only it referred to, keeping what others share", async () => {
    const { body } = await gql(DELETE, { id: a });
    expect(body.errors).toBeUndefined();
    expect(body.data?.deleteArticle).toEqual({
      deleted: true,
      figuresDeleted: 2,
      quotesDeleted: 2,
      entitiesDeleted: 3,
      measuresDeleted: 1,
      periodsDeleted: 1,
    });
    expect(await cypher('MATCH (n) WHERE n.id = $a OR n.id STARTS WITH $prefix RETURN n.id AS id', { a, prefix: `${a}:` })).toEqual([]);
    for (const [label, id] of [['Person', `solo-person-${run}`], ['Organization', `solo-agency-${run}`], ['Program', `solo-program-${run}`], ['Measure', `solo-measure-${run}`], ['Period', SOLO_PERIOD]]) {
      expect(await exists(label!, id!), `${label} ${id}`).toBe(false);
    }
    for (const [label, id] of [['Person', `shared-person-${run}`], ['Organization', `shared-agency-${run}`], ['Measure', `shared-measure-${run}`], ['Period', SHARED_PERIOD], ['Article', b], ['Figure', `${b}:f1`], ['Quote', `${b}:q1`]]) {
      expect(await exists(label!, id!), `${label} ${id}`).toBe(true);
    }
    // What article B states is untouched; what A stated about the shared entities is gone, its figure link too.
    const [shared] = await cypher(
      `MATCH (p:Person {id: $person})
       RETURN [(p)-[r:HOLDS_ROLE]->() | r.article + ' ' + r.title] AS roles,
              [(p)-[:SAID]->(q) | q.id] AS said,
              [(art)-[:MENTIONS]->(p) | art.id] AS mentionedBy,
              COUNT { (:Figure {id: $figure})-[:SAME_QUANTITY_AS|CLOSE_TO|CONFLICTS_WITH]-() } AS figureLinks`,
      { person: `shared-person-${run}`, figure: `${b}:f1` },
    );
    expect(shared).toEqual({ roles: [`${b} Spokesman`], said: [`${b}:q1`], mentionedBy: [b], figureLinks: 0 });

    const again = await gql(DELETE, { id: a });
    expect(again.body.data?.deleteArticle).toEqual({ deleted: false, figuresDeleted: 0, quotesDeleted: 0, entitiesDeleted: 0, measuresDeleted: 0, periodsDeleted: 0 });
  });

  it('deletes the last article of a shared entity together with that entity', async () => {
    const { body } = await gql(DELETE, { id: b });
    expect(body.data?.deleteArticle).toMatchObject({ deleted: true, figuresDeleted: 1, quotesDeleted: 1, entitiesDeleted: 2, measuresDeleted: 1, periodsDeleted: 1 });
    expect(await exists('Person', `shared-person-${run}`)).toBe(false);
    expect(await exists('Organization', `shared-agency-${run}`)).toBe(false);
  });
});
