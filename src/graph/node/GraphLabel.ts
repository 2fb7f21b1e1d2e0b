import { registerEnumType } from 'type-graphql';

/** The labels a client can reach; the values are the graph's labels. */
export enum GraphLabel {
  ARTICLE = 'Article',
  QUOTE = 'Quote',
  FIGURE = 'Figure',
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  PROGRAM = 'Program',
}

registerEnumType(GraphLabel, { name: 'GraphLabel', description: 'The kinds of node a search hit or a path step can be.' });
