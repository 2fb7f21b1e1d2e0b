import { registerEnumType } from 'type-graphql';

/** The values are the graph's labels. */
export enum SearchKind {
  ARTICLE = 'Article',
  QUOTE = 'Quote',
  FIGURE = 'Figure',
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  PROGRAM = 'Program',
}

registerEnumType(SearchKind, { name: 'SearchKind' });
