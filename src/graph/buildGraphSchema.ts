import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { writeAuthChecker } from './access/writeAuthChecker.js';
import { Article } from './article/Article.js';
import { ArticleResolver } from './article/ArticleResolver.js';
import { DiscrepancyResolver } from './discrepancy/DiscrepancyResolver.js';
import { EntityMergeResolver } from './entity/EntityMergeResolver.js';
import { Figure } from './figure/Figure.js';
import { FigureChangeResolver } from './figure/FigureChangeResolver.js';
import { FigureLinkResolver } from './figure/FigureLinkResolver.js';
import { FigureResolver } from './figure/FigureResolver.js';
import { ArticleWriteResolver } from './ingestion/ArticleWriteResolver.js';
import { GraphLabel } from './node/GraphLabel.js';
import { NodeIdResolver } from './node/NodeIdResolver.js';
import { NodeResolver } from './node/NodeResolver.js';
import { Organization } from './organization/Organization.js';
import { OrganizationResolver } from './organization/OrganizationResolver.js';
import { PathResolver } from './path/PathResolver.js';
import { Person } from './person/Person.js';
import { PersonResolver } from './person/PersonResolver.js';
import { Program } from './program/Program.js';
import { ProgramResolver } from './program/ProgramResolver.js';
import { Quote } from './quote/Quote.js';
import { QuoteResolver } from './quote/QuoteResolver.js';
import { RoleResolver } from './role/RoleResolver.js';
import { SearchResolver } from './search/SearchResolver.js';

export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      ArticleResolver, PersonResolver, OrganizationResolver, ProgramResolver,
      FigureResolver, FigureLinkResolver, FigureChangeResolver, DiscrepancyResolver, QuoteResolver, RoleResolver, SearchResolver, PathResolver,
      ArticleWriteResolver, EntityMergeResolver, NodeResolver,
      NodeIdResolver(Article, GraphLabel.ARTICLE), NodeIdResolver(Person, GraphLabel.PERSON), NodeIdResolver(Organization, GraphLabel.ORGANIZATION),
      NodeIdResolver(Program, GraphLabel.PROGRAM), NodeIdResolver(Figure, GraphLabel.FIGURE), NodeIdResolver(Quote, GraphLabel.QUOTE),
    ],
    // Mutations are @Authorized: the checker throws UNAUTHENTICATED unless the request carries the API token.
    authChecker: writeAuthChecker,
    validate: false,
  });
}

/** The SDL committed as schema/schema.graphql, sorted so that it diffs cleanly. */
export function printGraphSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
