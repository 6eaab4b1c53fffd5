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

/** An output that cannot be written (no permission, not a folder …): printed with the path and a hint, exit code 1. */
export class OutputError extends Error {
  override readonly name = "OutputError";
  constructor(
    readonly path: string,
    readonly code: string,
    readonly hint: string,
  ) {
    super(`cannot write ${path}: ${hint} (${code})`);
  }
}
