import type { AuthChecker } from 'type-graphql';
import type { GraphContext } from '../GraphContext.js';

/**
 * Guards `@Authorized()` mutations before their resolver runs. It throws rather than returning
 * false so that the client learns why (no token on the server, none sent, a wrong one).
 */
export const writeAuthChecker: AuthChecker<GraphContext> = ({ context }) => {
  context.access.require();
  return true;
};
