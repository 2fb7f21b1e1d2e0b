import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/startServer.js';
import { startTestServer } from '../support/testServer.js';

/** The HTTP surface around GraphQL: what a client gets for bodies and paths GraphQL never sees. */
describe('httpHandler', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer();
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(() => server.stop());

  const post = (body: string, contentType = 'application/json') =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers a malformed JSON body 400 with a BAD_REQUEST code, in GraphQL error shape', async () => {
    const response = await post('{"query": "{ __typename }"');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('leaves a body of another content type to Apollo, which says what it expects', async () => {
    const response = await post('{ __typename }', 'text/plain');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Content-Type/i);
  });

  it('answers a body whose declared length is over the limit 413 before reading it, and closes the connection', async () => {
    const { status, body, connection } = await new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
      const request = httpRequest(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(64 * 1024 * 1024) } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, connection: response.headers.connection }));
      });
      request.on('error', reject);
      // A first piece of the promised 64 MB; the answer comes without the rest.
      request.write('{"query": "');
    });
    expect(status).toBe(413);
    expect(connection).toBe('close');
    expect(JSON.parse(body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers GET queries with the query in the URL, and charset-qualified JSON bodies', async () => {
    // Apollo's CSRF prevention wants a preflight-forcing header on GET.
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const charset = await post(JSON.stringify({ query: '{ __typename }' }), 'application/json; charset=utf-8');
    expect(await charset.json()).toEqual({ data: { __typename: 'Query' } });
    expect(charset.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a compressed body or another charset 415 rather than misreading it, and reads UTF-8 JSON after a byte order mark', async () => {
    const gzipped = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: '{}' });
    expect(gzipped.status).toBe(415);
    expect((await gzipped.json()).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const latin1 = await post(JSON.stringify({ query: '{ __typename }' }), 'application/json; charset=iso-8859-1');
    expect(latin1.status).toBe(415);
    const marked = await post(`\uFEFF${JSON.stringify({ query: '{ __typename }' })}`);
    expect(await marked.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers liveness and readiness to HEAD as to GET, without a body', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const head = await fetch(`${base}${path}`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
    }
  });

  it('answers a path that is not the API 404 with a NOT_FOUND code', async () => {
    const response = await fetch(`${base}/nothing-here`);
    expect(response.status).toBe(404);
    expect((await response.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
