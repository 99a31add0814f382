/**
 * A start that cannot go on — an unusable database, a broken data file. main.ts prints the
 * message (which names the file) and exits non-zero, without a stack trace.
 */
export class StartupError extends Error {}
