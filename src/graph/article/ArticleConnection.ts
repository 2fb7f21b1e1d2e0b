import { Connection } from '../pagination/Connection.js';
import { Article } from './Article.js';

export const ArticleConnection = Connection<Article>(() => Article, 'Article');
export type ArticleConnection = InstanceType<typeof ArticleConnection>;
