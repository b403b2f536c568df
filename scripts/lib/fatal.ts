import { logError } from '../../lib/safe-log.mjs';

/** A start-up problem the user can fix: printed as one line, without a stack trace. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export function exitWithError(error: unknown): never {
  if (error instanceof StartupError) {
    logError(`\n✖ ${error.message}\n`);
  } else {
    logError(error);
  }
  process.exit(1);
}
