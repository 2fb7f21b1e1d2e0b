import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../../src/ingest/read/listArticleFiles.js';
import { IngestInputError } from '../../../src/ingest/write/IngestInputError.js';

describe('listArticleFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-list-'));
    for (const name of ['b.md', 'a.txt', 'notes.pdf', '.hidden.txt', 'sub/c.html', 'sub/d.JSON', 'sub/e.text', 'sub/f.markdown', 'sub/g.htm', '.git/h.txt']) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), 'x');
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('walks folders recursively in name order, article files only, hidden ones skipped', async () => {
    expect(await listArticleFiles([dir])).toEqual(['a.txt', 'b.md', 'sub/c.html', 'sub/d.JSON', 'sub/e.text', 'sub/f.markdown', 'sub/g.htm'].map((name) => join(dir, name)));
  });

  it('takes a file as given, whatever its extension, and lists each file once', async () => {
    const pdf = join(dir, 'notes.pdf');
    expect(await listArticleFiles([pdf, join(dir, 'sub'), join(dir, 'sub', 'c.html')])).toEqual([pdf, ...['c.html', 'd.JSON', 'e.text', 'f.markdown', 'g.htm'].map((name) => join(dir, 'sub', name))]);
  });

  it('names a path that does not exist', async () => {
    const missing = join(dir, 'nope');
    await expect(listArticleFiles([dir, missing])).rejects.toThrow(new IngestInputError(`${missing}: no such file or folder`));
  });
});
