import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config/projectRoot.js';
import type { Database } from '../../src/neo4j/Database.js';
import { openTestDatabase } from '../support/testDatabase.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function claimgraph(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), ...args], {
      cwd: projectRoot,
      env: { HOME: process.env.HOME, PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Letters only, so that no extractor takes the run's name for a number.
const run = randomUUID().replace(/-/g, '').slice(0, 12).replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)]!);

/** Made-up articles under names of their own, so that what they write never meets the seed graph. */
const articles = {
  [`cli-${run}-a.txt`]: `---\ntitle: Quarry path notes ${run}\npublisher: Quarry Gazette ${run}\ndate: 2021-06-04\nbyline: Robin Writer ${run}\n---\n\nThe quarry committee ${run} met on Tuesday to talk about the path along the river.\n`,
  [`cli-${run}-b.md`]: `# Orchard walk ${run}\n\nThe orchard society ${run} said the *new* gate would open in spring.\n`,
  [`cli-${run}-broken.json`]: `{"title": "Broken ${run}", "text": `,
};

describe('claimgraph extract', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-extract-'));
    for (const [name, content] of Object.entries(articles)) await writeFile(join(dir, name), content);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the extraction as JSON without any database', async () => {
    const { code, stdout, stderr } = await claimgraph(['extract', join(dir, `cli-${run}-a.txt`)]);
    expect(code, stderr).toBe(0);
    const extraction = JSON.parse(stdout);
    expect(extraction.article).toMatchObject({ title: `Quarry path notes ${run}`, publisher: `Quarry Gazette ${run}`, published_on: '2021-06-04', byline: [`Robin Writer ${run}`] });
    for (const list of ['people', 'organizations', 'programs', 'figures', 'quotes']) expect(Array.isArray(extraction[list]), list).toBe(true);
  });

  it('names the file and what is wrong with it', async () => {
    const file = join(dir, `cli-${run}-broken.json`);
    const { code, stdout, stderr } = await claimgraph(['extract', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toMatch(new RegExp(`^claimgraph: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON: `));
  });

  it('reads the extra entity lists CLAIMGRAPH_ENTITIES names', async () => {
    const entities = join(dir, 'entities.json');
    await writeFile(entities, JSON.stringify([{ type: 'plane' }]));
    const { code, stderr } = await claimgraph(['extract', join(dir, `cli-${run}-b.md`)], { CLAIMGRAPH_ENTITIES: entities });
    expect(code).toBe(1);
    expect(stderr).toContain(entities);
  });

  it('is a usage error without exactly one file', async () => {
    const { code, stderr } = await claimgraph(['extract']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: claimgraph <command>');
  });
});

describe('claimgraph ingest', () => {
  let dir: string;
  let db: Database;
  let nodesBefore: number;
  const neo4j = inject('neo4j');
  const env = {
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'claimgraph-ingest-'));
    await mkdir(join(dir, 'articles'));
    for (const [name, content] of Object.entries(articles)) await writeFile(join(dir, 'articles', name), content);
    db = await openTestDatabase();
    nodesBefore = await nodeCount();
  });
  afterAll(async () => {
    await db.driver.executeQuery('MATCH (n) WHERE n.id CONTAINS $run DETACH DELETE n', { run });
    expect(await nodeCount(), 'nodes left behind by the test').toBe(nodesBefore);
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  const nodeCount = async () => (await db.driver.executeQuery('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n') as number;
  const titles = async () => {
    const { records } = await db.driver.executeQuery('MATCH (a:Article) WHERE a.id CONTAINS $run RETURN a.id AS id, a.title AS title ORDER BY id', { run });
    return records.map((record) => record.toObject());
  };

  it('writes each article, counts a failed one with its reason and exits 1', async () => {
    const { code, stderr } = await claimgraph(['ingest', join(dir, 'articles')], env);
    expect(code, stderr).toBe(1);
    expect(stderr).toContain('3 articles: 2 new, 0 unchanged, 0 updated, 1 failed');
    expect(stderr).toContain(`${join(dir, 'articles', `cli-${run}-a.txt`)}: new (`);
    expect(stderr).toMatch(new RegExp(`\\n  \\S+cli-${run}-broken\\.json: invalid JSON: `));
    expect(await titles()).toEqual([
      { id: `cli-${run}-a`, title: `Quarry path notes ${run}` },
      { id: `cli-${run}-b`, title: `Orchard walk ${run}` },
    ]);
  });

  it('finds the same articles unchanged the second time and exits 0 when none failed', async () => {
    const files = [`cli-${run}-a.txt`, `cli-${run}-b.md`].map((name) => join(dir, 'articles', name));
    const { code, stderr } = await claimgraph(['ingest', ...files], env);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain('2 articles: 0 new, 2 unchanged, 0 updated, 0 failed');
  });

  it('is a usage error without arguments or with a path that does not exist', async () => {
    expect((await claimgraph(['ingest'], env)).code).toBe(2);
    const missing = join(dir, 'missing');
    const { code, stderr } = await claimgraph(['ingest', missing], env);
    expect(code).toBe(2);
    expect(stderr).toContain(`claimgraph: ${missing}: no such file or folder`);
  });
});
