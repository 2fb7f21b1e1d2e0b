// The five operations of the side-by-side benchmark, each written three ways that must give the
// same answer: (a) hand-written Cypher through the driver, the floor; (b) claimgraph's GraphQL API;
// (c) the API @neo4j/graphql generates from neo4jGraphqlTypeDefs.ts. Each way's answer is turned
// into one normal form, so that the benchmark can check they agree before it times anything.
import neo4j from 'neo4j-driver';
import { luceneQuery } from '../../src/graph/search/luceneQuery.js';
import { snippetOf } from '../../src/graph/search/snippetOf.js';
import { slugify } from '../../src/ingest/write/slugify.js';

/** GraphQL answers and variables, walked as plain JSON. */
type Json = any;

export interface HandCypher {
  statement: string;
  /** Parameters from the request's variables. */
  params(variables: Json): Record<string, unknown>;
  /** The endpoint's answer from the records' objects; already in normal form. */
  shape(rows: Json[], variables: Json): unknown;
}

export interface GraphqlRequest {
  query: string;
  variables: Json;
  /** The normal form of `data`. */
  normalise(data: Json): unknown;
}

export interface Operation {
  key: string;
  title: string;
  variables: Json;
  cypher: HandCypher;
  claimgraph: GraphqlRequest;
  neo4jGraphql: GraphqlRequest;
}

const FIGURES = 20;
const QUOTES_PER_FIGURE = 20;
const PERSON_QUOTES = 100;
const PAGE = 20;
const SEARCH_HITS = 20;
const TIMELINE = 20;

// ---------------------------------------------------------------------------------------------
// Normal forms: plain objects in the answer's order; a to-one relationship is an object or null.

const LABELS = new Set(['Article', 'Figure', 'Quote', 'Person', 'Organization', 'Program']);

/**
 * The readable key in a claimgraph id. claimgraph may answer `id` with an opaque global id, the
 * base64url of `Label:key`; a readable key ("john-morton") is returned as it is.
 */
function keyOfId(id: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return id;
  const text = Buffer.from(id, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 1 || !LABELS.has(text.slice(0, colon)) || Buffer.from(text, 'utf8').toString('base64url') !== id) return id;
  return text.slice(colon + 1);
}

const speakerOf = (node: Json) => (node ? { type: node.__typename ?? node.type, id: keyOfId(node.id), name: node.name } : null);
const articleOf = (node: Json) => (node ? { id: keyOfId(node.id), title: node.title } : null);
/** @neo4j/graphql models every relationship as a list; claimgraph's to-one fields are its first element. */
const only = (list: Json[] | undefined) => (list && list.length > 0 ? list[0] : null);
/** Lucene scores as doubles; JSON carries them exactly, rounding only guards against formatting. */
const score = (value: number) => Math.round(value * 1e6) / 1e6;

/** JavaScript numbers reach Cypher as floats, which LIMIT refuses. */
const int = (value: number) => neo4j.int(value);

const SPEAKER_CYPHER = `CASE WHEN s IS NULL THEN null ELSE {type: CASE WHEN s:Person THEN 'Person' ELSE 'Organization' END, id: s.id, name: s.name} END`;

// ---------------------------------------------------------------------------------------------
// 1. figure → quotes → speakers → articles

const figureQuotes: Operation = {
  key: 'figure-quotes',
  title: 'figure → quotes → speakers → articles (removals FY2012 nationwide, 20 figures × ≤20 quotes)',
  variables: { measure: 'removals', period: 'FY2012', scope: 'nationwide' },
  cypher: {
    statement: `
      MATCH (f:Figure)-[:REPORTED_IN]->(a:Article)
      WHERE f.measure = $measure AND f.period = $period AND f.scope = $scope
      WITH f, a ORDER BY f.id LIMIT $figures
      CALL (f) {
        OPTIONAL MATCH (s)-[:SAID]->(q:Quote)-[:ABOUT]->(f)
        WITH s, q ORDER BY q.id LIMIT $quotes
        OPTIONAL MATCH (q)-[:REPORTED_IN]->(qa:Article)
        RETURN collect(CASE WHEN q IS NULL THEN null ELSE
          {id: q.id, text: q.text, direct: q.direct, speaker: ${SPEAKER_CYPHER}, article: {id: qa.id, title: qa.title}} END) AS quotes
      }
      RETURN f.id AS id, f.valueText AS valueText, f.value AS value, {id: a.id, title: a.title} AS article, quotes
      ORDER BY id`,
    params: (v) => ({ ...v, figures: int(FIGURES), quotes: int(QUOTES_PER_FIGURE) }),
    shape: (rows) => rows,
  },
  claimgraph: {
    query: `query FigureQuotes($measure: String!, $period: String!, $scope: String!) {
      figures(filter: {measure: $measure, period: $period, scope: $scope}, first: ${FIGURES}) {
        nodes {
          id valueText value article { id title }
          quotes(first: ${QUOTES_PER_FIGURE}) { nodes { id text direct speaker { __typename id name } article { id title } } }
        }
      }
    }`,
    variables: {},
    normalise: (data) =>
      data.figures.nodes.map((f: Json) => ({
        id: keyOfId(f.id), valueText: f.valueText, value: f.value, article: articleOf(f.article),
        quotes: f.quotes.nodes.map((q: Json) => ({ id: keyOfId(q.id), text: q.text, direct: q.direct, speaker: speakerOf(q.speaker), article: articleOf(q.article) })),
      })),
  },
  neo4jGraphql: {
    query: `query FigureQuotes($measure: String!, $period: String!, $scope: String!) {
      figures(where: {measure: {eq: $measure}, period: {eq: $period}, scope: {eq: $scope}}, sort: [{id: ASC}], limit: ${FIGURES}) {
        id valueText value article { id title }
        quotes(sort: [{id: ASC}], limit: ${QUOTES_PER_FIGURE}) {
          id text direct
          speaker { __typename ... on Person { id name } ... on Organization { id name } }
          article { id title }
        }
      }
    }`,
    variables: {},
    normalise: (data) =>
      data.figures.map((f: Json) => ({
        id: f.id, valueText: f.valueText, value: f.value, article: articleOf(only(f.article)),
        quotes: f.quotes.map((q: Json) => ({ id: q.id, text: q.text, direct: q.direct, speaker: speakerOf(only(q.speaker)), article: articleOf(only(q.article)) })),
      })),
  },
};

// ---------------------------------------------------------------------------------------------
// 2. person → quotes → figures

const personQuotes: Operation = {
  key: 'person-quotes',
  title: 'person → quotes → figures (john-morton, ≤100 quotes × ≤100 figures)',
  variables: { id: 'john-morton' },
  cypher: {
    statement: `
      MATCH (p:Person {id: $id})
      CALL (p) {
        OPTIONAL MATCH (p)-[:SAID]->(q:Quote)
        WITH q ORDER BY q.id LIMIT $quotes
        CALL (q) {
          OPTIONAL MATCH (q)-[:ABOUT]->(f:Figure)
          WITH f ORDER BY f.id LIMIT $figures
          RETURN collect(f {.id, .valueText, .measure, .period}) AS figures
        }
        RETURN collect(CASE WHEN q IS NULL THEN null ELSE q {.id, .text, .direct, aboutFigures: figures} END) AS quotes
      }
      RETURN p.id AS id, p.name AS name, quotes`,
    params: (v) => ({ ...v, quotes: int(PERSON_QUOTES), figures: int(PERSON_QUOTES) }),
    shape: (rows) => rows[0] ?? null,
  },
  claimgraph: {
    query: `query PersonQuotes($id: ID!) {
      person(id: $id) {
        id name
        quotes(first: ${PERSON_QUOTES}) { nodes { id text direct aboutFigures(first: ${PERSON_QUOTES}) { nodes { id valueText measure period } } } }
      }
    }`,
    variables: {},
    normalise: (data) =>
      data.person && {
        id: keyOfId(data.person.id), name: data.person.name,
        quotes: data.person.quotes.nodes.map((q: Json) => ({
          id: keyOfId(q.id), text: q.text, direct: q.direct,
          aboutFigures: q.aboutFigures.nodes.map((f: Json) => ({ id: keyOfId(f.id), valueText: f.valueText, measure: f.measure, period: f.period })),
        })),
      },
  },
  neo4jGraphql: {
    query: `query PersonQuotes($id: ID!) {
      people(where: {id: {eq: $id}}) {
        id name
        quotes(sort: [{id: ASC}], limit: ${PERSON_QUOTES}) { id text direct aboutFigures(sort: [{id: ASC}], limit: ${PERSON_QUOTES}) { id valueText measure period } }
      }
    }`,
    variables: {},
    normalise: (data) => {
      const person = only(data.people);
      return person && {
        id: person.id, name: person.name,
        quotes: person.quotes.map((q: Json) => ({
          id: q.id, text: q.text, direct: q.direct,
          aboutFigures: q.aboutFigures.map((f: Json) => ({ id: f.id, valueText: f.valueText, measure: f.measure, period: f.period })),
        })),
      };
    },
  },
};

// ---------------------------------------------------------------------------------------------
// 3. a filtered, sorted connection page

const figurePage: Operation = {
  key: 'figure-page',
  title: `filtered, sorted page (figures measure "removals", value descending, first ${PAGE}, totalCount)`,
  variables: { measure: 'removals' },
  cypher: {
    // The (measureId, value) index finds the measure's figures without scanning every Figure:
    // the write path sets measureId = slugify(measure), and `f.measure = $measure` keeps the answer
    // exactly that of a filter on the measure name. Every figure has exactly one REPORTED_IN
    // article (docs/graph-model.md), so the count needs no expansion.
    statement: `
      CALL () {
        MATCH (f:Figure) WHERE f.measureId = $measureId AND f.value IS NOT NULL AND f.measure = $measure
        RETURN count(f) AS total
      }
      CALL () {
        MATCH (f:Figure) WHERE f.measureId = $measureId AND f.value IS NOT NULL AND f.measure = $measure
        WITH f ORDER BY f.value DESC, f.id LIMIT $limit
        MATCH (f)-[:REPORTED_IN]->(a:Article)
        WITH f, a ORDER BY f.value DESC, f.id
        RETURN collect(f {.id, .value, .valueText, .period, .scope, article: {id: a.id, title: a.title}}) AS nodes
      }
      RETURN total, nodes`,
    params: (v) => ({ ...v, measureId: slugify(v.measure), limit: int(PAGE + 1) }),
    shape: (rows) => {
      const row = rows[0];
      return { totalCount: row.total, hasNextPage: row.nodes.length > PAGE, nodes: row.nodes.slice(0, PAGE) };
    },
  },
  claimgraph: {
    query: `query FigurePage($measure: String!) {
      figures(filter: {measure: $measure}, sort: VALUE_DESC, first: ${PAGE}) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes { id value valueText period scope article { id title } }
      }
    }`,
    variables: {},
    normalise: (data) => ({
      totalCount: data.figures.totalCount, hasNextPage: data.figures.pageInfo.hasNextPage,
      nodes: data.figures.nodes.map((f: Json) => ({ id: keyOfId(f.id), value: f.value, valueText: f.valueText, period: f.period, scope: f.scope, article: articleOf(f.article) })),
    }),
  },
  neo4jGraphql: {
    query: `query FigurePage($measure: String!) {
      figuresConnection(where: {measure: {eq: $measure}}, sort: [{value: DESC}, {id: ASC}], first: ${PAGE}) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { id value valueText period scope article { id title } } }
      }
    }`,
    variables: {},
    normalise: (data) => ({
      totalCount: data.figuresConnection.totalCount, hasNextPage: data.figuresConnection.pageInfo.hasNextPage,
      nodes: data.figuresConnection.edges.map(({ node: f }: Json) => ({ id: f.id, value: f.value, valueText: f.valueText, period: f.period, scope: f.scope, article: articleOf(only(f.article)) })),
    }),
  },
};

// ---------------------------------------------------------------------------------------------
// 4. full-text search: the best hits over the four full-text indexes, ranked by score, ties by label:id

const SEARCH_TEXT = 'deportation record';
const ENTITY_LABELS = ['Person', 'Organization', 'Program'];

const search: Operation = {
  key: 'search',
  title: `full-text search ("${SEARCH_TEXT}", best ${SEARCH_HITS} hits over names, quotes, titles, figures)`,
  variables: { text: SEARCH_TEXT },
  cypher: {
    statement: `
      CALL () {
        CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
        UNWIND [label IN labels(node) WHERE label IN $entityLabels] AS label
        RETURN node, label, score, node.name AS text
        UNION ALL
        CALL db.index.fulltext.queryNodes('quote_text', $query) YIELD node, score
        RETURN node, 'Quote' AS label, score, node.text AS text
        UNION ALL
        CALL db.index.fulltext.queryNodes('article_title', $query) YIELD node, score
        RETURN node, 'Article' AS label, score, node.title AS text
        UNION ALL
        CALL db.index.fulltext.queryNodes('figure_text', $query) YIELD node, score
        RETURN node, 'Figure' AS label, score, node.valueText + ' (' + node.measure + coalesce(', ' + node.period, '') + ')' AS text
      }
      WITH label, node.id AS id, score, text ORDER BY score DESC, label + ':' + id LIMIT $limit
      RETURN label, id, score, text`,
    params: (v) => ({ query: luceneQuery(v.text), entityLabels: ENTITY_LABELS, limit: int(SEARCH_HITS) }),
    shape: (rows, v) => rows.map((row) => ({ kind: row.label, id: row.id, score: score(row.score), snippet: snippetOf(row.text, v.text) })),
  },
  claimgraph: {
    query: `query Search($text: String!) {
      search(text: $text, first: ${SEARCH_HITS}) {
        nodes {
          kind score snippet
          node { __typename ... on Person { id } ... on Organization { id } ... on Program { id } ... on Quote { id } ... on Article { id } ... on Figure { id } }
        }
      }
    }`,
    variables: {},
    normalise: (data) => data.search.nodes.map((hit: Json) => ({ kind: hit.node.__typename, id: keyOfId(hit.node.id), score: score(hit.score), snippet: hit.snippet })),
  },
  neo4jGraphql: {
    // One root field per type and index; the client merges them into one ranking, as a client of the
    // generated API would have to.
    query: `query Search($phrase: String!) {
      people: peopleByName(phrase: $phrase, sort: [{score: DESC}, {node: {id: ASC}}], first: ${SEARCH_HITS}) { edges { score node { id name } } }
      organizations: organizationsByName(phrase: $phrase, sort: [{score: DESC}, {node: {id: ASC}}], first: ${SEARCH_HITS}) { edges { score node { id name } } }
      programs: programsByName(phrase: $phrase, sort: [{score: DESC}, {node: {id: ASC}}], first: ${SEARCH_HITS}) { edges { score node { id name } } }
      quotes: quotesByText(phrase: $phrase, sort: [{score: DESC}, {node: {id: ASC}}], first: ${SEARCH_HITS}) { edges { score node { id text } } }
      articles: articlesByTitle(phrase: $phrase, sort: [{score: DESC}, {node: {id: ASC}}], first: ${SEARCH_HITS}) { edges { score node { id title } } }
      figures: figuresByText(phrase: $phrase, sort: [{score: DESC}, {node: {id: ASC}}], first: ${SEARCH_HITS}) { edges { score node { id valueText measure period } } }
    }`,
    variables: {},
    normalise: (data) => {
      const kinds: [string, string][] = [['people', 'Person'], ['organizations', 'Organization'], ['programs', 'Program'], ['quotes', 'Quote'], ['articles', 'Article'], ['figures', 'Figure']];
      const text = (kind: string, node: Json) =>
        kind === 'Quote' ? node.text : kind === 'Article' ? node.title : kind === 'Figure' ? `${node.valueText} (${node.measure}${node.period ? `, ${node.period}` : ''})` : node.name;
      const hits = kinds.flatMap(([field, kind]) =>
        data[field].edges.map((edge: Json) => ({ kind, id: edge.node.id, score: score(edge.score), snippet: snippetOf(text(kind, edge.node), SEARCH_TEXT) })));
      return hits
        .sort((x: Json, y: Json) => y.score - x.score || (`${x.kind}:${x.id}` < `${y.kind}:${y.id}` ? -1 : 1))
        .slice(0, SEARCH_HITS);
    },
  },
};

// ---------------------------------------------------------------------------------------------
// 5. timeline for a measure

/**
 * The timeline's points in order: period by period (periods with the same start and end together),
 * each period's figures by id, a restated quantity once. Streamed, so that a LIMIT after it stops
 * at the first periods rather than sorting every figure of the measure. Yields f, start, end.
 * Shared with the @cypher field of the @neo4j/graphql schema.
 */
export const TIMELINE_CYPHER = `
      MATCH (p:Period)
      WITH p.start AS start, p.end AS end, collect(p) AS periods ORDER BY start, end
      CALL (periods) {
        UNWIND periods AS p
        MATCH (f:Figure)-[:FOR_PERIOD]->(p)
        WHERE f.measure = $measure AND ($scope IS NULL OR f.scope = $scope) AND NOT EXISTS { (f)-[:RESTATES]->() }
        OPTIONAL MATCH (f)-[:SAME_QUANTITY_AS]-(same:Figure {measure: $measure, period: f.period})
        WHERE $scope IS NULL OR same.scope = $scope
        WITH f, collect(same) AS restatements
        WHERE none(other IN restatements WHERE other.approximate < f.approximate OR (other.approximate = f.approximate AND other.id < f.id))
        RETURN f ORDER BY f.id
      }`;

const timeline: Operation = {
  key: 'timeline',
  title: `timeline(measure: "removals", scope: "nationwide"), first ${TIMELINE} points with source and article`,
  variables: { measure: 'removals', scope: 'nationwide' },
  cypher: {
    statement: `${TIMELINE_CYPHER}
      WITH f, start, end LIMIT $limit
      MATCH (f)-[:REPORTED_IN]->(a:Article)
      OPTIONAL MATCH (f)-[:ATTRIBUTED_TO]->(s)
      RETURN f.id AS id, f.period AS period, f.valueText AS valueText, f.value AS value,
             ${SPEAKER_CYPHER} AS source, {id: a.id, title: a.title} AS article
      ORDER BY start, end, id`,
    params: (v) => ({ ...v, limit: int(TIMELINE) }),
    shape: (rows) => rows,
  },
  claimgraph: {
    query: `query Timeline($measure: String!, $scope: String) {
      timeline(measure: $measure, scope: $scope, first: ${TIMELINE}) {
        nodes { id period valueText value source { __typename id name } article { id title } }
      }
    }`,
    variables: {},
    normalise: (data) =>
      data.timeline.nodes.map((f: Json) => ({ id: keyOfId(f.id), period: f.period, valueText: f.valueText, value: f.value, source: speakerOf(f.source), article: articleOf(f.article) })),
  },
  neo4jGraphql: {
    query: `query Timeline($measure: String!, $scope: String) {
      timeline(measure: $measure, scope: $scope, first: ${TIMELINE}) {
        id period valueText value
        source { __typename ... on Person { id name } ... on Organization { id name } }
        article { id title }
      }
    }`,
    variables: {},
    normalise: (data) =>
      data.timeline.map((f: Json) => ({ id: f.id, period: f.period, valueText: f.valueText, value: f.value, source: speakerOf(only(f.source)), article: articleOf(only(f.article)) })),
  },
};

export const OPERATIONS: Operation[] = [figureQuotes, personQuotes, figurePage, search, timeline].map((operation) => ({
  ...operation,
  claimgraph: { ...operation.claimgraph, variables: operation.variables },
  neo4jGraphql: {
    ...operation.neo4jGraphql,
    variables: operation.key === 'search' ? { phrase: luceneQuery(operation.variables.text) } : operation.variables,
  },
}));
