import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleFacts, writeArticle } from '../../../src/ingest/write/writeArticle.js';
import type { Database } from '../../../src/neo4j/Database.js';
import type { RunningServer } from '../../../src/server/startServer.js';
import { openTestDatabase } from '../../support/testDatabase.js';
import { postGraphQL, startTestServer } from '../../support/testServer.js';

const MERGE = `mutation ($keepId: ID!, $mergeId: ID!) {
  mergeEntities(keepId: $keepId, mergeId: $mergeId) {
    __typename key name aliases
    ... on Person {
      articles { nodes { key } } quotesAbout { nodes { key } }
      quotes { nodes { key } } figures { nodes { key } } roles { nodes { title article { key } organization { key } } }
    }
  }
}`;

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** Two articles in which one person appears under two canonical names, and one agency likewise. */
function fixtures(run: string) {
  const jon = `Jon Smith ${run}`;
  const jonathan = `Jonathan Smith ${run}`;
  const main = `Agency Main ${run}`;
  const dup = `Agency Dup ${run}`;
  const dept = `Department ${run}`;
  return [
    parseArticleFacts({
      article: { id: `test-m1-${run}`, title: `Merge one ${run}`, content_hash: hash(`m1${run}`), publisher: dup, sources_cited: [dup] },
      people: [
        { name: jon, aliases: ['Smithy'], roles: [{ title: 'Director', organization: main }] },
        { name: `Pat Analyst ${run}`, roles: [{ title: 'Analyst', organization: dup }] },
      ],
      organizations: [
        { name: main, kind: 'agency', part_of: dept },
        { name: dup, acronym: 'AD', aliases: ['The Dup'], kind: 'agency', part_of: dept },
        { name: dept, kind: 'agency' },
      ],
      programs: [{ name: `Program ${run}`, run_by: dup }],
      figures: [
        { id: 'f1', value: 1, value_text: 'one', unit: 'people', measure: `merge measure ${run}`, source: jon, start: 0, end: 3 },
        { id: 'f2', value: 2, value_text: 'two', unit: 'people', measure: `merge measure ${run}`, source: dup, start: 4, end: 7 },
      ],
      quotes: [
        { id: 'q1', speaker: jon, text: 'One.', direct: true, about_figures: ['f1'], start: 0, end: 4 },
        { id: 'q2', speaker: dup, text: 'About Jon and us.', direct: true, about_entities: [jon, dup], start: 8, end: 20 },
        { id: 'q3', speaker: `Pat Analyst ${run}`, text: 'Two.', direct: false, about_figures: ['f2'], about_entities: [dup], start: 4, end: 8 },
      ],
    }),
    parseArticleFacts({
      article: { id: `test-m2-${run}`, title: `Merge two ${run}`, content_hash: hash(`m2${run}`), byline: [jonathan] },
      people: [
        { name: jonathan, aliases: ['J. Smith'], roles: [{ title: 'Spokesman', organization: main }] },
        { name: jon, roles: [{ title: 'Director', organization: main }] },
      ],
      organizations: [
        { name: main, kind: 'agency', part_of: dept },
        { name: dup, kind: 'agency', part_of: main },
        { name: dept, kind: 'agency' },
      ],
      programs: [{ name: `Program ${run}`, run_by: main }],
      figures: [{ id: 'f1', value: 3, value_text: 'three', unit: 'people', measure: `merge measure ${run}`, source: jonathan, start: 0, end: 5 }],
      quotes: [
        { id: 'q1', speaker: jonathan, text: 'Three.', direct: true, about_figures: ['f1'], start: 0, end: 6 },
        { id: 'q2', speaker: main, text: 'About both.', direct: true, about_entities: [jon, jonathan], start: 7, end: 18 },
      ],
    }),
  ];
}

interface Rel {
  type: string;
  out: boolean;
  other: string;
  props: Record<string, unknown>;
}

/** A relationship as the kept node should have it: the merged node's end replaced by the kept one's. */
function keyOf(rel: Rel, mergeId: string, keepId: string): string {
  const other = rel.other === mergeId ? keepId : rel.other;
  const role = rel.type === 'HOLDS_ROLE' ? ` ${String(rel.props.article)}/${String(rel.props.title)}` : '';
  return `${rel.type} ${rel.out ? '->' : '<-'} ${other}${role}`;
}

describe('mergeEntities', () => {
  const run = randomUUID().slice(0, 8);
  const token = `test-token-${randomUUID()}`;
  let server: RunningServer;
  let db: Database;
  const gql = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = { authorization: `Bearer ${token}` }) =>
    postGraphQL(server.url, query, variables, headers);
  const cypher = async (query: string, params: Record<string, unknown> = {}) =>
    (await db.driver.executeQuery(query, params)).records.map((record) => record.toObject());
  const relsOf = async (label: string, id: string) =>
    (await cypher(
      `MATCH (n {id: $id})-[r]-(x) WHERE $label IN labels(n)
       RETURN type(r) AS type, startNode(r) = n AS out, x.id AS other, properties(r) AS props`,
      { id, label },
    )) as unknown as Rel[];
  const nodeOf = async (label: string, id: string) =>
    (await cypher('MATCH (n {id: $id}) WHERE $label IN labels(n) RETURN properties(n) AS node', { id, label }))[0]?.node as Record<string, unknown> | undefined;

  /** Merges through the API and checks that the kept node has every relationship either had, once. */
  async function mergeLosingNothing(label: string, keepId: string, mergeId: string) {
    const before = [...(await relsOf(label, keepId)), ...(await relsOf(label, mergeId))];
    const expected = new Set(
      before.filter((rel) => !(rel.type === 'PART_OF' && [keepId, mergeId].includes(rel.other))).map((rel) => keyOf(rel, mergeId, keepId)),
    );
    const { body } = await gql(MERGE, { keepId, mergeId });
    expect(body.errors).toBeUndefined();
    const after = (await relsOf(label, keepId)).map((rel) => keyOf(rel, mergeId, keepId));
    expect(after.sort()).toEqual([...expected].sort());
    expect(await nodeOf(label, mergeId)).toBeUndefined();
    return { entity: body.data?.mergeEntities, relsBefore: before.length, relsAfter: after.length };
  }

  beforeAll(async () => {
    server = await startTestServer({ CLAIMGRAPH_API_TOKEN: token });
    db = await openTestDatabase();
    for (const facts of fixtures(run)) await writeArticle(db, facts);
  });
  afterAll(async () => {
    await cypher('MATCH (n) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
    await server?.stop();
    await db?.close();
  });

  it('moves every relationship of a person to the kept one, without duplicates, and unites the aliases', async () => {
    const keepId = `jonathan-smith-${run}`;
    const mergeId = `jon-smith-${run}`;
    const { entity, relsBefore, relsAfter } = await mergeLosingNothing('Person', keepId, mergeId);
    // 14 relationships between them; article two's mention and a quote about both were held twice.
    expect([relsBefore, relsAfter]).toEqual([14, 12]);
    const ids = (connection: { nodes: { key: string }[] }) => connection.nodes.map((node) => node.key).sort();
    expect(entity).toMatchObject({ __typename: 'Person', key: keepId, name: `Jonathan Smith ${run}` });
    expect(entity.aliases.sort()).toEqual(['J. Smith', `Jon Smith ${run}`, 'Smithy'].sort());
    expect(ids(entity.articles)).toEqual([`test-m1-${run}`, `test-m2-${run}`]);
    expect(ids(entity.quotes)).toEqual([`test-m1-${run}:q1`, `test-m2-${run}:q1`]);
    expect(ids(entity.figures)).toEqual([`test-m1-${run}:f1`, `test-m2-${run}:f1`]);
    expect(ids(entity.quotesAbout)).toEqual([`test-m1-${run}:q2`, `test-m2-${run}:q2`]);
    const roles = entity.roles.nodes.map((role: { title: string; article: { key: string } }) => `${role.article.key} ${role.title}`).sort();
    expect(roles).toEqual([`test-m1-${run} Director`, `test-m2-${run} Director`, `test-m2-${run} Spokesman`]);
    // Article two mentioned both and one quote was about both: each is now one relationship.
    const [counts] = await cypher(
      `MATCH (p:Person {id: $keepId})
       RETURN COUNT { (:Article {id: $m2})-[:MENTIONS]->(p) } AS mentions, COUNT { (:Quote {id: $q})-[:ABOUT]->(p) } AS about,
              COUNT { (:Article {id: $m2})-[:WRITTEN_BY]->(p) } AS authored, p.mergedIds AS mergedIds, p.aliasesText AS aliasesText`,
      { keepId, m2: `test-m2-${run}`, q: `test-m2-${run}:q2` },
    );
    expect(counts).toMatchObject({ mentions: 1, about: 1, authored: 1, mergedIds: [mergeId] });
    expect(counts?.aliasesText).toContain(`Jon Smith ${run}`);
    // The merged name now finds the kept person through full-text search.
    const search = await gql('query ($text: String!) { search(text: $text, kinds: [PERSON]) { nodes { node { ... on Person { key } } } } }', { text: 'Smithy' });
    expect(search.body.data?.search.nodes.map((hit: { node: { key: string } }) => hit.node.key)).toContain(keepId);
  });

  it('moves every relationship of an organisation, with the articles that state its PART_OF and RUN_BY, and adopts its acronym', async () => {
    const keepId = `agency-main-${run}`;
    const mergeId = `agency-dup-${run}`;
    const { entity, relsBefore, relsAfter } = await mergeLosingNothing('Organization', keepId, mergeId);
    // 21 between them, less the PART_OF that linked the two, less the mentions, PART_OF and RUN_BY both held.
    expect([relsBefore, relsAfter]).toEqual([21, 15]);
    expect(entity).toMatchObject({ __typename: 'Organization', key: keepId });
    expect(entity.aliases.sort()).toEqual([`Agency Dup ${run}`, 'The Dup'].sort());
    const [names] = await cypher('MATCH (o:Organization {id: $keepId}) RETURN o.acronym AS acronym, o.aliasesText AS aliasesText', { keepId });
    expect(names?.acronym).toBe('AD');
    expect(names?.aliasesText).toContain('AD');
    const rels = await cypher(
      `MATCH (o:Organization {id: $keepId})-[r:PART_OF|RUN_BY]-(x)
       RETURN type(r) AS type, x.id AS other ORDER BY type`,
      { keepId },
    );
    expect(rels).toEqual([{ type: 'PART_OF', other: `department-${run}` }, { type: 'RUN_BY', other: `program-${run}` }]);
    // Article one said both agencies were part of the department and the program run by the merged one; article
    // two, that the merged agency was part of the kept one (now a loop, dropped) and the program run by the kept one.
    const statements = await cypher(
      `MATCH (a:Article)-[stated:MENTIONS]->(e)
       WHERE a.id IN [$m1, $m2] AND (stated.partOf IS NOT NULL OR stated.runBy IS NOT NULL)
       RETURN a.id AS article, e.id AS entity, stated.partOf AS partOf, stated.runBy AS runBy ORDER BY article, entity`,
      { m1: `test-m1-${run}`, m2: `test-m2-${run}` },
    );
    expect(statements).toEqual([
      { article: `test-m1-${run}`, entity: keepId, partOf: `department-${run}`, runBy: null },
      { article: `test-m1-${run}`, entity: `program-${run}`, partOf: null, runBy: keepId },
      { article: `test-m2-${run}`, entity: keepId, partOf: `department-${run}`, runBy: null },
      { article: `test-m2-${run}`, entity: `program-${run}`, partOf: null, runBy: keepId },
    ]);
    const [article] = await cypher(
      `MATCH (a:Article {id: $m1}) RETURN [(a)-[:PUBLISHED_BY]->(o) | o.id] AS publishers, [(a)-[:CITES]->(o) | o.id] AS cited`,
      { m1: `test-m1-${run}` },
    );
    expect(article).toEqual({ publishers: [keepId], cited: [keepId] });
  });

  it('refuses pairs that cannot be merged with BAD_USER_INPUT, changing nothing', async () => {
    const size = async () => (await cypher('MATCH (n) RETURN count(n) AS nodes, COUNT { ()-->() } AS rels'))[0];
    const before = await size();
    const person = `jonathan-smith-${run}`;
    const cases: [Record<string, string>, RegExp][] = [
      [{ keepId: person, mergeId: `agency-main-${run}` }, /only entities of one kind/],
      [{ keepId: `program-${run}`, mergeId: person }, /only entities of one kind/],
      [{ keepId: person, mergeId: `nobody-${run}` }, new RegExp(`mergeId: .*"nobody-${run}"`)],
      [{ keepId: `nobody-${run}`, mergeId: person }, new RegExp(`keepId: .*"nobody-${run}"`)],
      [{ keepId: person, mergeId: person }, /two different entities/],
    ];
    for (const [variables, message] of cases) {
      const { body } = await gql(MERGE, variables);
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(body.errors?.[0]?.message).toMatch(message);
    }
    expect(await size()).toEqual(before);
  });

  it('fails rather than drop a relationship of a type it does not know, and then merges programs', async () => {
    const keepId = `test-prog-a-${run}`;
    const mergeId = `test-prog-b-${run}`;
    await cypher(
      `CREATE (:Program {id: $keepId, name: 'Program A'}), (:Program {id: $mergeId, name: 'Program B'})-[:TEST_ONLY_LINK]->(:Article {id: $articleId})`,
      { keepId, mergeId, articleId: `test-prog-art-${run}` },
    );
    const refused = await gql(MERGE, { keepId, mergeId });
    expect(refused.body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(await relsOf('Program', mergeId)).toHaveLength(1);
    expect((await nodeOf('Program', keepId))?.mergedIds).toBeUndefined();

    await cypher('MATCH (:Program {id: $mergeId})-[r:TEST_ONLY_LINK]->() DELETE r', { mergeId });
    const merged = await gql(MERGE, { keepId, mergeId });
    expect(merged.body.data?.mergeEntities).toMatchObject({ __typename: 'Program', key: keepId, aliases: ['Program B'] });
  });

  it('needs the API token', async () => {
    const { body } = await gql(MERGE, { keepId: `department-${run}`, mergeId: `pat-analyst-${run}` }, {});
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
