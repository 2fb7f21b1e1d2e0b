import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../src/server/startServer.js';
import { postGraphQL, startTestServer } from '../../support/testServer.js';

const INGEST = 'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { outcome figures } }';
const DELETE = 'mutation ($id: ID!) { deleteArticle(id: $id) { deleted } }';
const LINKS = `query ($id: ID!) {
  article(id: $id) { figures { nodes { key valueText links { totalCount nodes { relation delta figure { key } } } } } }
}`;
const TIMELINE = '{ timeline(measure: "removals", first: 100) { nodes { key periodStart } } }';

/** A year no real article reports, so that the timeline's points of it are this test's. */
const YEAR = 1903;

describe('figures restated in the same words, through the API (issue 3)', () => {
  const run = randomUUID().slice(0, 8);
  const token = `test-token-${randomUUID()}`;
  const auth = { authorization: `Bearer ${token}` };
  const ids = { first: `restated-a-${run}`, again: `restated-b-${run}`, disputed: `restated-c-${run}` };
  let server: RunningServer;
  const gql = (query: string, variables: Record<string, unknown> = {}) => postGraphQL(server.url, query, variables, auth);
  const ingest = async (id: string, text: string) => {
    const { body } = await gql(INGEST, { input: { id, text, title: `Restated ${id}` } });
    expect(body.errors).toBeUndefined();
    expect(body.data?.ingestArticle).toMatchObject({ outcome: 'NEW', figures: 1 });
  };
  const linksOf = async (id: string) => {
    const { body } = await gql(LINKS, { id });
    const [figure] = body.data?.article.figures.nodes as { key: string; links: { totalCount: number; nodes: { relation: string; delta: number; figure: { key: string } }[] } }[];
    return figure!.links.nodes.map((link) => `${link.relation} ${link.figure.key} ${link.delta}`);
  };
  const pointsOfYear = async () => {
    const { body } = await gql(TIMELINE);
    return (body.data?.timeline.nodes as { key: string; periodStart: string }[])
      .filter((point) => point.periodStart === `${YEAR - 1}-10-01`)
      .map((point) => point.key)
      .sort();
  };

  beforeAll(async () => {
    server = await startTestServer({ CLAIMGRAPH_API_TOKEN: token });
    await ingest(ids.first, `Removals report ${run}\n\nThe agency removed 987,654 people in fiscal year ${YEAR}, an official said.`);
    await ingest(ids.again, `Removals, again ${run}\n\nA new report repeats it: the agency removed 987,654 people in fiscal year ${YEAR}, the report said.`);
    await ingest(ids.disputed, `Removals disputed ${run}\n\nCritics counted differently: the agency removed 900,000 people in fiscal year ${YEAR}, a researcher said.`);
  });
  afterAll(async () => {
    for (const id of Object.values(ids)) await gql(DELETE, { id });
    await server?.stop();
  });

  it("lists a restatement's first statement and, through it, the figures it conflicts with", async () => {
    expect(await linksOf(ids.again)).toEqual([`CONFLICT ${ids.disputed}:f1 -87654`, `RESTATES ${ids.first}:f1 0`]);
    expect(await linksOf(ids.disputed)).toEqual([`CONFLICT ${ids.first}:f1 87654`]);
  });

  it('shows a quantity stated in the same words once on the timeline', async () => {
    expect(await pointsOfYear()).toEqual([`${ids.first}:f1`, `${ids.disputed}:f1`].sort());
  });

  it('keeps the restatement, now the first statement, with its links when the first article is deleted', async () => {
    expect((await gql(DELETE, { id: ids.first })).body.data?.deleteArticle.deleted).toBe(true);
    expect(await linksOf(ids.again)).toEqual([`CONFLICT ${ids.disputed}:f1 -87654`]);
    expect(await linksOf(ids.disputed)).toEqual([`CONFLICT ${ids.again}:f1 87654`]);
    expect(await pointsOfYear()).toEqual([`${ids.again}:f1`, `${ids.disputed}:f1`].sort());
  });
});
