/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
  }
}
