/** A start-up problem the user can fix: printed as one line, without a stack trace. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export function exitWithError(error: unknown): never {
  if (error instanceof StartupError) {
    console.error(`\n✖ ${error.message}\n`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
