import { registerEnumType } from 'type-graphql';

export enum ArticleSort {
  ID = 'ID',
  NEWEST = 'NEWEST',
}

registerEnumType(ArticleSort, { name: 'ArticleSort', valuesConfig: { NEWEST: { description: 'Latest publication date first; undated last.' } } });
