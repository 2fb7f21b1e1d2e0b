import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { writeAuthChecker } from './access/writeAuthChecker.js';
import { ArticleResolver } from './article/ArticleResolver.js';
import { DiscrepancyResolver } from './discrepancy/DiscrepancyResolver.js';
import { EntityMergeResolver } from './entity/EntityMergeResolver.js';
import { FigureChangeResolver } from './figure/FigureChangeResolver.js';
import { FigureLinkResolver } from './figure/FigureLinkResolver.js';
import { FigureResolver } from './figure/FigureResolver.js';
import { ArticleWriteResolver } from './ingestion/ArticleWriteResolver.js';
import { OrganizationResolver } from './organization/OrganizationResolver.js';
import { PathResolver } from './path/PathResolver.js';
import { PersonResolver } from './person/PersonResolver.js';
import { ProgramResolver } from './program/ProgramResolver.js';
import { QuoteResolver } from './quote/QuoteResolver.js';
import { RoleResolver } from './role/RoleResolver.js';
import { SearchResolver } from './search/SearchResolver.js';

export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      ArticleResolver, PersonResolver, OrganizationResolver, ProgramResolver,
      FigureResolver, FigureLinkResolver, FigureChangeResolver, DiscrepancyResolver, QuoteResolver, RoleResolver, SearchResolver, PathResolver,
      ArticleWriteResolver, EntityMergeResolver,
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
