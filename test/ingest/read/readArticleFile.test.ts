import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../../src/ingest/pipeline/ingestLimits.js';
import { readArticleFile } from '../../../src/ingest/read/readArticleFile.js';
import { IngestInputError } from '../../../src/ingest/write/IngestInputError.js';

describe('readArticleFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-read-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const file = async (name: string, content: string) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };

  it('takes the id from the file name, without extension, other characters replaced', async () => {
    const article = await readArticleFile(await file('000_83a3e3f7ef617a93.txt', 'The office counted riders.\n'));
    expect(article).toMatchObject({ id: '000_83a3e3f7ef617a93', text: 'The office counted riders.\n', title: null });
    expect((await readArticleFile(await file('Ferry riders (final).md', '# Ferry\n\nBody.'))).id).toBe('Ferry-riders--final-');
  });

  it('strips a byte-order mark and reads the format its extension names', async () => {
    const article = await readArticleFile(await file('bom.json', '\uFEFF{"title": "Ferry", "text": "Body."}'));
    expect(article).toMatchObject({ id: 'bom', title: 'Ferry', text: 'Body.' });
  });

  it('lets the file\'s own id win over its name', async () => {
    expect((await readArticleFile(await file('named.txt', '---\nid: given-id\n---\nBody.'))).id).toBe('given-id');
  });

  it('refuses a file over 1 MB before parsing it', async () => {
    const path = await file('huge.html', `<p>${'x'.repeat(MAX_ARTICLE_BYTES)}</p>`);
    await expect(readArticleFile(path)).rejects.toThrow(/the limit is 1048576 \(1 MB\)/);
  });

  it('says what is wrong with a missing file, a folder and an empty file', async () => {
    await expect(readArticleFile(join(dir, 'missing.txt'))).rejects.toThrow(new IngestInputError('no such file'));
    await expect(readArticleFile(dir)).rejects.toThrow(new IngestInputError('a folder, not an article file'));
    await expect(readArticleFile(await file('empty.txt', ' \n'))).rejects.toThrow(new IngestInputError('the article text is empty'));
  });
});
