import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Answers are never cached by browsers or proxies: they change with every ingest. Apollo's
 * cache-control plugin said so (no field sets a cache hint) but wrapped every field's resolver to
 * find that out; this says it once per response.
 */
export const noStore: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
