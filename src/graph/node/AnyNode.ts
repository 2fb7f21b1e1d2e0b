import { createUnionType } from 'type-graphql';
import { Article } from '../article/Article.js';
import { Figure } from '../figure/Figure.js';
import { Organization } from '../organization/Organization.js';
import { Person } from '../person/Person.js';
import { Program } from '../program/Program.js';
import { Quote } from '../quote/Quote.js';

/** Any node a client can be handed where its kind is not known in advance. */
export const AnyNode = createUnionType({
  name: 'AnyNode',
  types: () => [Article, Quote, Figure, Person, Organization, Program] as const,
  resolveType: (value) => (value as { __typename: string }).__typename,
});
