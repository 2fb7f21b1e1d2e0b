import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { freePort } from '../../src/neo4j/local/isPortFree.js';
import type { RunningServer } from '../../src/server/startServer.js';
import { TcpProxy } from '../support/tcpProxy.js';
import { postGraphQL, startTestServer } from '../support/testServer.js';

const query = '{ organization(id: "u-s-immigration-and-customs-enforcement") { name } }';

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(250);
  }
  return false;
}

describe('when Neo4j goes away while the server runs', () => {
  let proxy: TcpProxy;
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    const boltPort = Number(new URL(inject('neo4j').uri).port);
    proxy = new TcpProxy(await freePort(), boltPort);
    await proxy.open();
    server = await startTestServer({ NEO4J_URI: `bolt://localhost:${proxy.port}` });
    base = server.url.replace('/graphql', '');
  });
  afterAll(async () => {
    await server.stop();
    await proxy.cut();
  });

  it('reports unready, fails queries with SERVICE_UNAVAILABLE, stays up and recovers by itself', async () => {
    expect((await postGraphQL(server.url, query)).body.data?.organization?.name).toBe('U.S. Immigration and Customs Enforcement');

    await proxy.cut();
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    const failed = await postGraphQL(server.url, query);
    expect(failed.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(failed.body)).not.toMatch(/bolt|Neo4jError|at .*\.js/);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    await proxy.open();
    expect(await until(async () => (await fetch(`${base}/readyz`)).status === 200)).toBe(true);
    expect((await postGraphQL(server.url, query)).body.data?.organization?.name).toBe('U.S. Immigration and Customs Enforcement');
  });
});
