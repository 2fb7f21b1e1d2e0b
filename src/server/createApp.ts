import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { formatError, withoutSuggestions } from '../errors/formatError.js';
import { MAX_ARTICLE_BYTES } from '../ingest/pipeline/ingestLimits.js';
import { httpHandler } from './httpHandler.js';
import { noStore } from './noStore.js';
import { aliasLimit, costLimit, depthLimit, MAX_TOKENS } from './queryLimits.js';

/**
 * Room for the largest article ingestArticle accepts: JSON escaping can grow each byte of text to
 * six (`\u0001`), plus the operation around it. Larger texts still fit, so that ingestArticle, not
 * the HTTP handler, refuses them with BAD_USER_INPUT up to this size.
 */
export const MAX_REQUEST_BYTES = 6 * MAX_ARTICLE_BYTES + 64 * 1024;

export interface AppOptions<Context extends object> {
  schema: GraphQLSchema;
  production: boolean;
  httpServer: Server;
  /** A fresh context per request, so batching and caching never cross requests; the request gives its headers. */
  context: (request: IncomingMessage) => Context;
  logError: (error: unknown) => void;
  /** Readiness: can the API answer queries now? */
  isReady: () => Promise<boolean>;
}

export interface App {
  /** Answers the HTTP server's requests: /graphql, /healthz and /readyz. */
  handler: (request: IncomingMessage, response: ServerResponse) => void;
  apollo: ApolloServer<object>;
}

export async function createApp<Context extends object>(options: AppOptions<Context>): Promise<App> {
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    formatError: (formatted, error) => {
      const masked = formatError(formatted, error);
      const safe = options.production ? withoutSuggestions(masked) : masked;
      // Masked from the client, so the operator must see it.
      if (safe.extensions?.code === 'INTERNAL_SERVER_ERROR') options.logError(unwrapResolverError(error));
      return safe;
    },
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: [depthLimit, aliasLimit, costLimit],
    // The process owner stops the server and then the database, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      options.production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
      // The schema sets no cache hints, and the default plugin would wrap every field's resolver to look
      // for them (about 5% of the server's time on a response of 400 quotes) only to say no-store.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
    ],
  });
  await apollo.start();
  const handler = httpHandler({ apollo, maxBodyBytes: MAX_REQUEST_BYTES, context: options.context, isReady: options.isReady, logError: options.logError });
  return { handler, apollo: apollo as unknown as ApolloServer<object> };
}
