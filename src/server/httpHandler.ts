import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface HttpHandlerOptions<Context extends object> {
  apollo: ApolloServer<Context>;
  /** Largest request body read, in bytes; a larger one is answered 413. */
  maxBodyBytes: number;
  context: (request: IncomingMessage) => Context;
  /** Readiness: can the API answer queries now? */
  isReady: () => Promise<boolean>;
  logError: (error: unknown) => void;
}

/** A request the handler answers itself, before GraphQL: a bad body, an unknown path. */
class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers }).end(body);
}

/** Errors outside GraphQL still answer in its error shape, with a code. */
function sendFailure(response: ServerResponse, failure: HttpFailure): void {
  // An unread body is not worth reading to keep the connection: close it after the answer.
  const headers: Record<string, string> = failure.status === 413 ? { connection: 'close' } : {};
  sendJson(response, failure.status, { errors: [{ message: failure.message, extensions: { code: failure.code } }] }, headers);
}

function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || (type?.startsWith('application/') === true && type.endsWith('+json'));
}

/** Bodies are read as UTF-8 JSON as sent: a compressed body or another charset is refused, not misread. */
function checkEncoding(request: IncomingMessage): void {
  const encoding = request.headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    throw new HttpFailure(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Encoding ${encoding} is not accepted: send the body uncompressed`);
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpFailure(415, 'UNSUPPORTED_MEDIA_TYPE', `charset ${charset} is not accepted: send UTF-8`);
  }
}

/** The body's bytes, refused once over `maxBytes` (read with events: an async iterator costs a small request more). */
function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  // Made only when thrown: an Error's stack trace costs a small request a few percent of its CPU.
  const tooLarge = () => new HttpFailure(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${maxBytes} bytes`);
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      // The rest is let through unread; the answer closes the connection.
      request.off('data', onData);
      request.resume();
      reject(tooLarge());
    };
    request.on('data', onData);
    request.once('end', () => {
      if (size <= maxBytes) resolve(Buffer.concat(chunks, size));
    });
    // The client went away mid-body: nobody is left to answer, and nothing is wrong with the server.
    request.once('error', () => reject(new HttpFailure(400, 'BAD_REQUEST', 'The request body was cut off')));
  });
}

/** The request's JSON body, or undefined for none or another content type (Apollo then says what it expected). */
async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (!isJson(request.headers['content-type'])) return undefined;
  checkEncoding(request);
  const body = await readBody(request, maxBytes);
  if (body.length === 0) return undefined;
  try {
    // A byte order mark is allowed before UTF-8 JSON, and JSON.parse does not skip it.
    return JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new HttpFailure(400, 'BAD_REQUEST', 'Malformed request body');
  }
}

function headersOf(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function answerGraphQL<Context extends object>(options: HttpHandlerOptions<Context>, request: IncomingMessage, response: ServerResponse, search: string) {
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: request.method?.toUpperCase() ?? 'GET',
    headers: headersOf(request),
    search,
    body: await readJsonBody(request, options.maxBodyBytes),
  };
  const answer = await options.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => options.context(request) });
  response.statusCode = answer.status ?? 200;
  for (const [key, value] of answer.headers) response.setHeader(key, value);
  if (answer.body.kind === 'complete') {
    response.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * The server's HTTP surface on plain node:http: GraphQL at /graphql (GET and POST, through Apollo
 * Server), liveness at /healthz and readiness at /readyz. No web framework: Apollo does the
 * GraphQL-over-HTTP part, and a framework's routing and body parsing cost more per request than the
 * three paths need.
 */
export function httpHandler<Context extends object>(options: HttpHandlerOptions<Context>): (request: IncomingMessage, response: ServerResponse) => void {
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const search = queryAt === -1 ? '' : url.slice(queryAt);
    if (path === '/graphql' || path === '/graphql/') return answerGraphQL(options, request, response, search);
    // HEAD too, as probes use it; Node leaves the body out of a HEAD answer.
    const read = request.method === 'GET' || request.method === 'HEAD';
    if (path === '/healthz' && read) return sendJson(response, 200, { status: 'ok' });
    if (path === '/readyz' && read) {
      const ready = await options.isReady();
      return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', neo4j: ready ? 'up' : 'down' });
    }
    throw new HttpFailure(404, 'NOT_FOUND', `Nothing at ${request.method ?? 'GET'} ${path}: the API is at /graphql`);
  };
  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpFailure) {
        if (!response.headersSent) sendFailure(response, error);
        return;
      }
      options.logError(error);
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendFailure(response, new HttpFailure(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'));
    });
  };
}
