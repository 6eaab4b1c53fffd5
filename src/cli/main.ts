// The `panelgraph` command line: `run(argv, options)` parses the arguments, runs the command and returns its exit
// code. Argument parsing and printing only: every command calls into src/ for its work.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CorpusError, STRICT_NOTE, formatProblem, sortProblems } from "../ingest/problems.js";
import { readCorpusFiles } from "../ingest/read.js";
import { validateCorpus } from "../ingest/validate.js";
import { assertGraphFileOutput, buildGraphFile } from "../export/graph-file.js";
import { previousOption } from "./previous.js";
import { printBuildReport } from "./build.js";
import { corpusDir, dataOption, DEFAULT_GRAPH_FILE, plural, printProblems, shinglerFor } from "./corpus.js";
import type { Command } from "./command.js";
import { commandContext, StreamError, streamFailure, type CommandContext, type RunOptions } from "./context.js";
import { OutputError } from "../io/atomic.js";
import { nearest } from "../model/nearest.js";
import { assertNotServedFromElsewhere } from "../io/served-graph.js";
import { InputError, UsageError } from "./errors.js";
import type { Problem } from "../model/problem.js";
import { EXPORT_COMMAND } from "./export.js";
import { DIFF_COMMAND } from "./diff.js";
import { QUERY_COMMANDS, withReadings } from "./query.js";
import { INIT_COMMAND } from "./init.js";
import { SOURCE_COMMANDS } from "./sources.js";
import { MAINTAIN_COMMANDS } from "./maintain.js";

const DIR_HELP = "dir           corpus folder (default: graph-data); `--data dir` says the same";

const COMMANDS: Command[] = [
  {
    name: "build",
    summary: "validate graph-data/ and write the graph (JSON: nodes, edges, attributes, evidence)",
    usage: "panelgraph build [dir | --data dir] [--out file] [--previous file | --fresh] [--strict] [--json]",
    options: {
      out: { type: "string" },
      previous: { type: "string" },
      fresh: { type: "boolean" },
      strict: { type: "boolean" },
      json: { type: "boolean" },
      data: { type: "string" },
    },
    help: [
      DIR_HELP,
      `--out file    where to write the graph (default: ${DEFAULT_GRAPH_FILE})`,
      "--previous f  keep the community numbers and positions of this graph.json or GEXF file",
      "                (default: the graph.json at --out, when there is one)",
      "--fresh       number communities by size and lay the graph out afresh, ignoring any previous build",
      "--strict      fail on warnings too",
      "--json        print the report as JSON",
    ],
    async run({ positionals, values }, context) {
      const dir = corpusDir(positionals, values, context);
      const out = resolve(context.cwd, String(values.out ?? DEFAULT_GRAPH_FILE));
      assertNotServedFromElsewhere(out, context.path(dir), { corpus: dir, shown: context.shown });
      if (values.fresh && values.previous !== undefined) throw new UsageError("give --previous or --fresh, not both");
      const given = typeof values.previous === "string" ? values.previous : undefined;
      const previous = given === undefined ? undefined : { build: await previousOption(given, context), file: given };
      const result = buildGraphFile(context.path(dir), out, {
        shingler: shinglerFor(context.path(dir), context.cwd),
        dataOption: dataOption(dir),
        strict: !!values.strict,
        fresh: !!values.fresh,
        ...(previous ? { previous } : {}),
      });
      result.report.dataDir = dir;
      if (values.json) {
        const report = { ...result.report, conflicts: result.report.conflicts.map(withReadings) };
        context.out(JSON.stringify(report, null, 2));
      } else printBuildReport(result, context.out, context.shown);
      return 0;
    },
  },
  {
    name: "validate",
    summary: "check the corpus and list every problem as file:line  field  message",
    usage: "panelgraph validate [dir | --data dir] [--strict] [--json]",
    options: { strict: { type: "boolean" }, json: { type: "boolean" }, data: { type: "string" } },
    help: [DIR_HELP, "--strict      fail on warnings too", "--json        print the problems as JSON"],
    run({ positionals, values }, { out, err, path, cwd }) {
      const dir = corpusDir(positionals, values, { cwd, path });
      const corpus = validateCorpus(readCorpusFiles(path(dir)), {
        shingler: shinglerFor(path(dir), cwd),
        dataOption: dataOption(dir),
      });
      const errors = corpus.problems.filter((p) => p.severity === "error").length;
      const warnings = corpus.problems.length - errors;
      const failed = errors > 0 || (!!values.strict && warnings > 0);
      if (values.json) {
        const { claims, files, waiting } = corpus.unread;
        const unread = { unreadClaims: claims, unreadFiles: files, waitingClaims: waiting };
        // A failing corpus also gets the `error` every command's --json error has (errorJson), so one rule reads all.
        const strictNote = values.strict && warnings > 0 ? STRICT_NOTE : "";
        const message = `${plural(errors, "error")}, ${plural(warnings, "warning")} in the corpus${strictNote}`;
        const error = failed ? errorJson({ code: 1, message, problems: corpus.problems }) : {};
        out(JSON.stringify({ ok: !failed, errors, warnings, ...unread, problems: corpus.problems, ...error }, null, 2));
        return failed ? 1 : 0;
      }
      printProblems(corpus.problems, failed ? err : out);
      const evidence = corpus.claims.reduce((n, c) => n + c.evidence.length, 0);
      const { unread } = corpus;
      // A failing corpus must not just look smaller: what could not be read is counted apart.
      const inFiles = unread.files.length === 1 ? unread.files[0] : plural(unread.files.length, "file");
      const waiting = unread.waiting === 0 ? "" : `, and ${unread.waiting} naming ids declared there`;
      const unreadNote =
        unread.claims + unread.waiting === 0
          ? ""
          : ` (and ${plural(unread.claims, "claim")} that could not be read, in ${inFiles}${waiting})`;
      const summary =
        `${dir}: ${plural(corpus.sources.length, "source")}, ${plural(corpus.entities.size - corpus.sources.length, "entity", "entities")}, ` +
        `${plural(corpus.claims.length, "claim")} with ${plural(evidence, "evidence passage")}${unreadNote}; ` +
        `${plural(errors, "error")}, ${plural(warnings, "warning")}${values.strict && warnings > 0 ? STRICT_NOTE : ""}`;
      (failed ? err : out)(summary);
      return failed ? 1 : 0;
    },
  },
  {
    name: "serve",
    summary: "build the graph, serve the viewer on localhost and rebuild when the corpus changes (`npm start`)",
    usage: "panelgraph serve [dir | --data dir] [--port n] [--host h] [--out file]",
    options: { port: { type: "string" }, host: { type: "string" }, out: { type: "string" }, data: { type: "string" } },
    help: [
      "dir           corpus folder (default: graph-data; or `--data dir`); editing a file in it rebuilds and reloads the page",
      "--port n      port to listen on, 0 to 65535, refused when in use (default: 5173, or the next free one; 0: any free one)",
      "--host h      address to listen on (default: 127.0.0.1, this machine only; a warning says when others can reach it)",
      `--out file    where to write the graph, outside the corpus folder (default: ${DEFAULT_GRAPH_FILE})`,
    ],
    async run({ positionals, values }, { out, err, cwd, path }) {
      const dir = corpusDir(positionals, values, { cwd, path });
      const port = servePort(values.port as string | undefined);
      const host = String(values.host ?? "127.0.0.1");
      // An empty host is every interface to Node: a slip that would open the viewer to the network.
      if (host.trim() === "")
        throw new UsageError(
          `--host must name an address to listen on, got ${JSON.stringify(values.host)}; leave it out for 127.0.0.1 ` +
            "(this machine only), or give 0.0.0.0 for every interface",
        );
      if (!existsSync(path(dir)))
        throw new InputError(`no corpus folder at ${dir} (give the folder that holds registry.yaml)`);
      const graphFile = resolve(cwd, String(values.out ?? DEFAULT_GRAPH_FILE));
      assertGraphFileOutput(graphFile, path(dir));
      const { serveViewer, ServeError } = await import("./serve.js");
      let served;
      try {
        // A port asked for is that port or an error: a viewer elsewhere than asked would go unnoticed.
        const strictPort = values.port !== undefined;
        served = await serveViewer({ dataDir: path(dir), graphFile, port, strictPort, host, write: out, cwd });
      } catch (error) {
        if (!(error instanceof ServeError)) throw error;
        err(`panelgraph: ${error.message}`);
        return 1;
      }
      out(`\nViewer: ${served.url}  (Ctrl-C to stop; editing ${dir}/ rebuilds)`);
      for (const line of served.warning) err(line);
      return new Promise<number>(() => {});
    },
  },
  ...QUERY_COMMANDS,
  EXPORT_COMMAND,
  DIFF_COMMAND,
  INIT_COMMAND,
  ...SOURCE_COMMANDS,
  ...MAINTAIN_COMMANDS,
];

/** --port: a decimal whole number from 0 to 65535 (Number() would also take "0x50", "1e3", "" and " 80 "). */
function servePort(given: string | undefined): number {
  if (given === undefined) return 5173;
  if (!/^[0-9]{1,5}$/.test(given) || Number(given) > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(given)}`);
  return Number(given);
}

function commandHelp(command: Command): string {
  return [`Usage: ${command.usage}`, "", command.summary, "", ...command.help.map((l) => `  ${l}`)].join("\n");
}

/** The version in package.json, read when asked (the checkout's: panelgraph runs from its repository). */
function version(): string {
  const file = fileURLToPath(new URL("../../package.json", import.meta.url));
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    "panelgraph: annotated panel sources → an evidence-backed knowledge graph",
    "",
    "Usage: panelgraph <command> [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Options for every command: --help (this command's options), --debug (show stack traces of internal errors)",
    "`panelgraph --version` prints the version (`--version --json`: as JSON).",
    "Run `panelgraph <command> --help` for a command's options.",
  ].join("\n");
}

/**
 * Runs `panelgraph <argv>` and returns the exit code: 0 done, 1 bad input (corpus problems, unknown names, unwritable
 * output), 2 a wrong call (usage), 70 an internal error. Never throws; prints only to `options.stdout`/`stderr`.
 */
export async function run(argv: string[], options: RunOptions): Promise<number> {
  const context = commandContext(options);
  const debug = argv.includes("--debug");
  argv = argv.filter((a) => a !== "--debug");
  try {
    return await runCommand(argv, context);
  } catch (error) {
    const ended = failure(error, argv[0], debug);
    try {
      for (const line of ended.lines) context.err(line);
      // With --json, stdout says it too, as one object a script can read (docs/cli.md, "Errors with --json"); not
      // when stdout itself is what failed.
      if (wantsJson(argv) && !(error instanceof StreamError)) context.out(JSON.stringify(errorJson(ended), null, 2));
    } catch {
      // Standard error is gone too: the exit code is all that is left to say it.
    }
    return ended.code;
  }
}

/** --json given to the command (not after `--`, where it is an argument), or `--version --json`. */
function wantsJson(argv: string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--json");
}

/** What an error that ended a command means. */
interface Failure {
  code: number;
  /** The lines that say so on stderr. */
  lines: string[];
  /** The message in one line, without `panelgraph: `, for --json. */
  message: string;
  problems?: Problem[];
  details?: Record<string, unknown>;
}

/** The object stdout gets on an error with --json: `{ok: false, error: {code, message, problems?, …}}`. */
export function errorJson(ended: Omit<Failure, "lines">): { ok: false; error: Record<string, unknown> } {
  const { code, message, problems, details } = ended;
  return { ok: false, error: { code, message, ...(problems ? { problems } : {}), ...details } };
}

async function runCommand(argv: string[], context: CommandContext): Promise<number> {
  const { out } = context;
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    out(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    if (rest.includes("--json")) out(JSON.stringify({ name: "panelgraph", version: version() }, null, 2));
    else out(`panelgraph ${version()}`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const close = COMMANDS.map((c) => c.name).filter((c) => c.startsWith(name.slice(0, 2)));
    throw new UsageError(
      `unknown command ${JSON.stringify(name)}${close.length ? ` (did you mean ${close.join(", ")}?)` : ""}`,
      mainHelp(),
    );
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    out(commandHelp(command));
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional.*$/s, "");
    const unknown = (error as NodeJS.ErrnoException).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION";
    if (unknown) throw new UsageError(unknownOption(command, message));
    throw new UsageError(message, commandHelp(command));
  }
  return await command.run(parsed as Parameters<Command["run"]>[0], context);
}

/**
 * A misspelt option: the nearest option of this command and where its options are listed, in place of the whole usage
 * (which buries the one line that says what went wrong).
 */
function unknownOption(command: Command, message: string): string {
  const given = /'(-{1,2}[^'=]*)/.exec(message)?.[1] ?? "";
  const close = given.startsWith("--") ? nearest(given.slice(2), Object.keys(command.options), 1) : [];
  const hint = close.length > 0 ? ` (did you mean --${close[0]}?)` : "";
  return `${message}${hint}\nRun \`panelgraph ${command.name} --help\` for its options.`;
}

/** What an error that ended a command means: its exit code, the lines that say so on stderr, and for --json the rest. */
function failure(error: unknown, name: string | undefined, debug: boolean): Failure {
  const said = (code: number, message: string, lines = [`panelgraph: ${message}`]) => ({ code, lines, message });
  if (error instanceof StreamError) {
    const { code, message } = streamFailure(error.stream, error.cause);
    // A failure to write stderr cannot be told on stderr.
    return { code, message, lines: message && error.stream === "standard output" ? [message] : [] };
  }
  if (error instanceof UsageError) {
    return said(2, error.message, [`panelgraph: ${error.message}`, ...(error.usage ? [`\n${error.usage}`] : [])]);
  }
  if (error instanceof InputError) return { ...said(1, error.message, error.lines), details: error.details };
  if (error instanceof OutputError) {
    const kept = error.refused ? "nothing was written" : "the file that was there, if any, is unchanged";
    return said(1, `${error.message}; ${kept}`);
  }
  if (error instanceof CorpusError) {
    const problems = sortProblems(error.problems);
    const errors = problems.filter((p) => p.severity === "error").length;
    const writes = name === "build" || name === "serve";
    const warnings = problems.length - errors;
    const summary =
      error.notDone !== undefined
        ? error.notDone
        : `${plural(errors, "error")}, ${plural(warnings, "warning")} in the corpus` +
          (error.strict && warnings > 0 ? STRICT_NOTE : "") +
          (writes ? "; nothing was written" : "");
    return { code: 1, lines: [...problems.map(formatProblem), `panelgraph: ${summary}`], message: summary, problems };
  }
  const e = error as NodeJS.ErrnoException;
  const message = `${e.code && !e.message.startsWith(e.code) ? `${e.code}: ` : ""}${e.message}`;
  return {
    code: 70,
    message,
    lines: [`panelgraph: ${message}`, debug ? (e.stack ?? "") : "(run again with --debug to see where it happened)"],
  };
}
