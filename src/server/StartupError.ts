/** A start-up failure the user can fix; the command prints its message alone and exits non-zero. */
export class StartupError extends Error {}
