// Type definitions for @neo4j/graphql over claimgraph's graph (docs/graph-model.md): the same
// labels, relationship types, properties and full-text indexes, generated into a GraphQL API by the
// library. Only what the five benchmark operations read is declared. What its generated filters and
// sorts cannot say (the timeline: order by the Period node's start, one statement per restated
// quantity) is a @cypher field, the library's own way to add custom logic, with the same statement
// as the hand-written Cypher's.
import { TIMELINE_CYPHER } from './operations.js';

export const neo4jGraphqlTypeDefs = /* GraphQL */ `
  type Article @node @fulltext(indexes: [{ indexName: "article_title", fields: ["title"], queryName: "articlesByTitle" }]) {
    id: ID!
    title: String!
  }

  type Person @node @fulltext(indexes: [{ indexName: "entity_names", fields: ["name", "aliasesText"], queryName: "peopleByName" }]) {
    id: ID!
    name: String!
    aliasesText: String
    quotes: [Quote!]! @relationship(type: "SAID", direction: OUT)
  }

  type Organization @node @fulltext(indexes: [{ indexName: "entity_names", fields: ["name", "aliasesText"], queryName: "organizationsByName" }]) {
    id: ID!
    name: String!
    aliasesText: String
    kind: String!
  }

  type Program @node @fulltext(indexes: [{ indexName: "entity_names", fields: ["name", "aliasesText"], queryName: "programsByName" }]) {
    id: ID!
    name: String!
    aliasesText: String
  }

  union Speaker = Person | Organization

  type Figure @node @fulltext(indexes: [{ indexName: "figure_text", fields: ["valueText", "measure", "measureDetail", "scope"], queryName: "figuresByText" }]) {
    id: ID!
    value: Float!
    valueText: String!
    measure: String!
    measureDetail: String
    period: String
    scope: String
    article: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
    quotes: [Quote!]! @relationship(type: "ABOUT", direction: IN)
    source: [Speaker!]! @relationship(type: "ATTRIBUTED_TO", direction: OUT)
  }

  type Quote @node @fulltext(indexes: [{ indexName: "quote_text", fields: ["text"], queryName: "quotesByText" }]) {
    id: ID!
    text: String!
    direct: Boolean!
    speaker: [Speaker!]! @relationship(type: "SAID", direction: IN)
    article: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
    aboutFigures: [Figure!]! @relationship(type: "ABOUT", direction: OUT)
  }

  type Query {
    "Figures of a measure in period order, a quantity restated elsewhere (SAME_QUANTITY_AS) once, as its most precise statement."
    timeline(measure: String!, scope: String, first: Int! = 20): [Figure!]!
      @cypher(
        statement: """
        ${TIMELINE_CYPHER}
        RETURN f LIMIT $first
        """
        columnName: "f"
      )
  }
`;
