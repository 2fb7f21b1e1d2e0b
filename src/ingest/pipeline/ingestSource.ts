import type { Database } from '../../neo4j/Database.js';
import { extractArticle } from '../extract/extractArticle.js';
import type { EntityKnowledge } from '../extract/EntityKnowledge.js';
import { linkArticleFigures } from '../link/linkArticleFigures.js';
import type { SourceArticle } from '../read/SourceArticle.js';
import { writeArticle, type WriteResult } from '../write/writeArticle.js';
import { checkArticleText } from './ingestLimits.js';
import { toArticleFacts } from './toArticleFacts.js';

export interface IngestOptions {
  knowledge: EntityKnowledge;
}

/**
 * One article from text to graph: extract, then write in one transaction, in which its figures are
 * also linked to the figures they restate, nearly match or contradict. A text already stored (same
 * SHA-256, under any id) changes nothing; a changed text replaces that article's facts and links.
 */
export async function ingestSource(db: Pick<Database, 'writeTransaction'>, source: SourceArticle, options: IngestOptions): Promise<WriteResult> {
  checkArticleText(source.text);
  const facts = toArticleFacts(source, extractArticle(source, options.knowledge));
  return writeArticle(db, facts, {
    unchangedWhen: 'same-text',
    afterWrite: (tx, articleId) => linkArticleFigures(tx, articleId).then(() => undefined),
  });
}
