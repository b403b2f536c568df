/** An error whose message is written for the user and safe to show; anything else is logged and hidden. */
export class SafeError extends Error {
  constructor(
    message: string,
    /** Field errors to show beside the inputs, when the problem is with one field. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = 'SafeError';
  }
}
