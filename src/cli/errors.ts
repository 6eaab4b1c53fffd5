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

/**
 * Bad input that is not a corpus's problem: a named file or folder that is not there or is not what it should be, a
 * name that picks out no entity. Exit code 1. `lines` are what stderr says (default: the message); `details` go into
 * the `--json` error object beside code and message.
 */
export class InputError extends Error {
  override readonly name = "InputError";
  constructor(
    message: string,
    readonly lines: string[] = [`panelgraph: ${message}`],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
