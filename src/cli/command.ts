import type { ParseArgsConfig } from "node:util";
import type { CommandContext } from "./context.js";

/** A CLI command described as data, so `--help` lists every command without special cases. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  usage: string;
  /** node:util parseArgs options. */
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Help lines for the positionals and options, in order. */
  help: string[];
  /** Returns the exit code. Throws UsageError for a wrong call, CorpusError for a bad corpus. */
  run(
    args: { positionals: string[]; values: Record<string, string | boolean | undefined> },
    context: CommandContext,
  ): Promise<number> | number;
}
