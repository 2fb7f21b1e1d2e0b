import { createUnionType } from 'type-graphql';
import { Article } from '../article/Article.js';
import { Figure } from '../figure/Figure.js';
import { Organization } from '../organization/Organization.js';
import { Person } from '../person/Person.js';
import { Program } from '../program/Program.js';
import { Quote } from '../quote/Quote.js';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Article, Quote, Figure, Person, Organization, Program] as const,
  resolveType: (value) => (value as { __typename: string }).__typename,
});
