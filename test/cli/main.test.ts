import { spawn } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config/projectRoot.js';
import { freePort } from '../../src/neo4j/local/isPortFree.js';
import { postGraphQL } from '../support/testServer.js';

function claimgraph(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), ...args], {
      cwd: projectRoot,
      env: { HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('claimgraph command', () => {
  // A PATH with node and nothing else: no java, no mvn.
  let nodeOnlyPath: string;
  beforeAll(async () => {
    nodeOnlyPath = await mkdtemp(join(tmpdir(), 'claimgraph-path-'));
    await symlink(process.execPath, join(nodeOnlyPath, 'node'));
  });
  afterAll(() => rm(nodeOnlyPath, { recursive: true, force: true }));

  it('exits non-zero with one line, no stack trace, when NEO4J_URI is unreachable', async () => {
    const port = await freePort();
    const { code, stderr } = await claimgraph(['serve'], { PATH: nodeOnlyPath, NEO4J_URI: `bolt://localhost:${port}`, NEO4J_PASSWORD: 'x', PORT: String(await freePort()) });
    expect(stderr.trim().split('\n'), stderr).toHaveLength(1);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^claimgraph: cannot reach Neo4j at bolt:\/\/localhost:\d+/);
  });

  it('says Java is needed when the local Neo4j cannot start without it', async () => {
    const home = await mkdtemp(join(tmpdir(), 'claimgraph-no-java-'));
    try {
      const { code, stderr } = await claimgraph(['neo4j', 'start'], {
        PATH: nodeOnlyPath,
        CLAIMGRAPH_NEO4J_HOME: home,
        NEO4J_BOLT_PORT: String(await freePort()),
        NEO4J_HTTP_PORT: String(await freePort()),
      });
      expect(code).toBe(1);
      expect(stderr.trim()).toBe('claimgraph: java is not installed: the local Neo4j needs Java 17+ and Maven (or set NEO4J_URI to an existing Neo4j)');
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it('serve answers GraphQL and exits cleanly on SIGTERM', async () => {
    const neo4j = inject('neo4j');
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src', 'cli', 'main.ts'), 'serve'], {
      cwd: projectRoot,
      env: { HOME: process.env.HOME, PATH: nodeOnlyPath, NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, PORT: String(port), CLAIMGRAPH_SEED: 'false' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 20_000;
    while (!stderr.includes('claimgraph ready at') && Date.now() < deadline) await sleep(100);
    const { body } = await postGraphQL(`http://localhost:${port}/graphql`, '{ articles { totalCount } }');
    expect(body.data?.articles.totalCount).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('prints usage for an unknown command', async () => {
    const { code, stderr } = await claimgraph(['frobnicate'], { PATH: nodeOnlyPath });
    expect(code).toBe(1);
    expect(stderr).toContain('Usage: claimgraph <command>');
  });
});
