// `npm run docs`: rewrites every block of command output in README.md and docs/*.md from a real run of the command,
// so the docs show what panelgraph prints today. tests/docs.test.ts fails when a block no longer matches.
//
// A block is an HTML comment naming the command, the output, and a closing comment:
//
//   <!-- output: panelgraph query who-spoke-on devolution -->
//
//   ```console
//   $ npx panelgraph query who-spoke-on devolution
//   …what it printed…
//   ```
//
//   <!-- /output -->
//
// Everything between the two comments is rewritten; to add a block, write the two comments and run `npm run docs`.
//
// The rules:
//
// - The command is a panelgraph command line, split into words as a shell would ("…" and '…' quote). It may end in
//   `| head -n N`, which keeps the first N lines of what it prints on stdout (the block shows the pipe too).
// - Further lines of the opening comment, `given: panelgraph …`, are commands run first, in the same place, whose
//   output is not shown (e.g. `add-source` before the `suggest` a block shows). They must succeed.
// - Every block runs in a sandbox: a fresh temporary directory laid out like the repository root, with its own copy of
//   graph-data/, no build/, and a link to every other top-level entry (src/, tests/, node_modules/, …). So a command
//   reads the shipped corpus, paths in the command and in its output read as from the repository root
//   (`Wrote build/graph.json`), and whatever it writes (build/, build/export/, a new source in graph-data/) is deleted
//   with the sandbox: generating the docs never changes the repository's build/ outputs or its corpus. A command must
//   not write anywhere else (the rest are links into the repository). `serve` runs until stopped, so of it only
//   `serve --help` can be a block.
// - The block shows `$ npx panelgraph …`, then stdout, then stderr, then `(exit code N)` when N is not 0. An
//   internal error (exit 70) stops the generator instead. Commands run in this process, through the CLI's `run()`.
// - normaliseOutput() is the one place output is changed: the sandbox's path becomes /path/to/panelgraph, and
//   trailing spaces and trailing blank lines go. Everything else (sizes, counts, scores) is printed as it is, so
//   pick commands whose output is the same on every run and every machine.
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { run } from "../src/cli/main.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** How the block's command line shows the program: as a user runs it after `npm install`. */
const SHOWN_AS = "npx panelgraph";
/** What the sandbox's path is shown as, wherever a command prints an absolute path. */
const SHOWN_ROOT = "/path/to/panelgraph";
/** Top-level entries the sandbox does not link: its own copy of the corpus, and no build outputs. */
const NOT_LINKED = new Set(["graph-data", "build", "dist", ".git"]);

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `panelgraph <argv>` in this process, with `cwd` as its working folder: the one place that knows how. */
export async function runPanelgraph(argv: string[], cwd: string): Promise<CommandResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code, stdout, stderr };
}

/** One block of generated output: where it is, what it runs, and the text now between its comments. */
export interface Block {
  file: string; // relative to the repository root
  line: number; // of the opening comment, from 1
  command: string; // as written after `output:`
  argv: string[];
  head: number | undefined;
  given: { command: string; argv: string[] }[];
  /** The text the generator owns, as offsets in the file: from after the opening comment's line to the closing one. */
  start: number;
  end: number;
  current: string;
}

export class DocsError extends Error {
  override name = "DocsError";
}

/** Splits a command line into words as a shell would: "…" (with \" and \\) and '…' quote; no variables or globs. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      if (close < 0) throw new DocsError(`unclosed ${c} in: ${line}`);
      const quoted = line.slice(i + 1, close);
      word = (word ?? "") + (c === '"' ? quoted.replace(/\\(["\\])/g, "$1") : quoted);
      i = close;
    } else word = (word ?? "") + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** `panelgraph build --out x` → ["build", "--out", "x"]; anything but a panelgraph command is refused. */
function panelgraphArgv(command: string, where: string): string[] {
  const [program, ...argv] = splitWords(command);
  if (program !== "panelgraph") {
    throw new DocsError(`${where}: a block runs panelgraph commands only (write "panelgraph …"), got: ${command}`);
  }
  if (argv[0] === "serve" && !argv.includes("--help"))
    throw new DocsError(`${where}: serve runs until stopped, so it cannot be a block`);
  return argv;
}

const OPEN = /<!-- output:([\s\S]*?)-->[^\n]*\n/g;
const CLOSE = "<!-- /output -->";

/** [start, end) offsets of the fenced code blocks of a Markdown text: a marker inside one is an example, no block. */
function fencedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open: { fence: string; start: number } | undefined;
  let offset = 0;
  for (const line of text.split("\n")) {
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (open === undefined && fence) open = { fence, start: offset };
    else if (
      open &&
      fence &&
      fence[0] === open.fence[0] &&
      fence.length >= open.fence.length &&
      line.trim() === fence
    ) {
      ranges.push([open.start, offset + line.length]);
      open = undefined;
    }
    offset += line.length + 1;
  }
  if (open) ranges.push([open.start, text.length]);
  return ranges;
}

/** Every block in one Markdown file, in order. */
export function findBlocks(file: string, text: string): Block[] {
  const blocks: Block[] = [];
  const fenced = fencedRanges(text);
  for (const match of text.matchAll(OPEN)) {
    if (fenced.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const line = text.slice(0, match.index).split("\n").length;
    const where = `${file}:${line}`;
    const [first = "", ...rest] = match[1]!.split("\n").map((l) => l.trim());
    const piped = /^(.*?)\s*\|\s*head -n (\d+)$/.exec(first);
    const command = piped ? piped[1]! : first;
    const given = rest
      .filter((l) => l !== "")
      .map((l) => {
        const setup = /^given:\s*(.+)$/.exec(l);
        if (!setup)
          throw new DocsError(`${where}: a further line of the comment must be "given: panelgraph …", got: ${l}`);
        return { command: setup[1]!, argv: panelgraphArgv(setup[1]!, where) };
      });
    const start = match.index + match[0].length;
    const end = text.indexOf(CLOSE, start);
    const next = text.indexOf("<!-- output:", start);
    if (end < 0 || (next >= 0 && next < end)) throw new DocsError(`${where}: no ${CLOSE} after this block's comment`);
    blocks.push({
      file,
      line,
      command: first,
      argv: panelgraphArgv(command, where),
      head: piped ? Number(piped[2]) : undefined,
      given,
      start,
      end,
      current: text.slice(start, end),
    });
  }
  return blocks;
}

/** The Markdown files that may hold blocks: README.md and docs/*.md, relative to the repository root. */
export function docFiles(): string[] {
  const docs = readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`);
  return ["README.md", ...docs];
}

/** A fresh directory that looks like the repository root: see the rules at the top of this file. */
function makeSandbox(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "panelgraph-docs-")));
  for (const entry of readdirSync(ROOT)) {
    if (!NOT_LINKED.has(entry)) symlinkSync(join(ROOT, entry), join(dir, entry));
  }
  cpSync(join(ROOT, "graph-data"), join(dir, "graph-data"), { recursive: true });
  return dir;
}

/** The one place output is changed (see the rules at the top of this file). */
export function normaliseOutput(text: string, sandbox: string): string {
  return text
    .split(sandbox)
    .join(SHOWN_ROOT)
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n+$/, "");
}

/** Runs a block's commands in a sandbox of its own and returns the text that belongs between its comments. */
export async function renderBlock(block: Block): Promise<string> {
  const where = `${block.file}:${block.line}`;
  const sandbox = makeSandbox();
  try {
    for (const setup of block.given) {
      const result = await runPanelgraph(setup.argv, sandbox);
      if (result.code !== 0) {
        throw new DocsError(
          `${where}: given: ${setup.command} exited ${result.code}:\n${result.stderr}${result.stdout}`,
        );
      }
    }
    const result = await runPanelgraph(block.argv, sandbox);
    if (result.code === 70)
      throw new DocsError(`${where}: ${block.command} failed with an internal error:\n${result.stderr}`);
    let stdout = normaliseOutput(result.stdout, sandbox);
    if (block.head !== undefined) stdout = stdout.split("\n").slice(0, block.head).join("\n");
    const stderr = normaliseOutput(result.stderr, sandbox);
    const lines = [`$ ${SHOWN_AS} ${block.command.replace(/^panelgraph\s+/, "")}`];
    if (stdout) lines.push(stdout);
    if (stderr) lines.push(stderr);
    if (result.code !== 0) lines.push(`(exit code ${result.code})`);
    const body = lines.join("\n");
    if (/^```/m.test(body)) throw new DocsError(`${where}: the output contains a line starting with \`\`\``);
    // Blank lines around the fence, as Prettier writes them.
    return `\n\`\`\`console\n${body}\n\`\`\`\n\n`;
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
}

/** Runs `task` on every item, at most `limit` at a time, keeping the items' order in the result. */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The same command line with the same setup is run once, however many blocks show it. */
const blockKey = (block: Block) => JSON.stringify([block.given.map((g) => g.argv), block.command]);

/** Each block with the text a run of its command gives now; a command that several blocks show runs once. */
export async function renderBlocks(blocks: Block[], concurrency = 3): Promise<Map<Block, string>> {
  const unique = [...new Map(blocks.map((b) => [blockKey(b), b])).values()];
  const rendered = await mapLimit(unique, concurrency, renderBlock);
  const byKey = new Map(unique.map((b, i) => [blockKey(b), rendered[i]!]));
  return new Map(blocks.map((block) => [block, byKey.get(blockKey(block))!]));
}

/** Every block of the given files (relative to the repository root). */
export function readBlocks(files: string[] = docFiles()): Block[] {
  return files.flatMap((file) => findBlocks(file, readFileSync(join(ROOT, file), "utf8")));
}

async function main(): Promise<void> {
  const blocks = readBlocks();
  const generated = await renderBlocks(blocks);
  for (const file of docFiles()) {
    const mine = blocks.filter((b) => b.file === file);
    if (mine.length === 0) continue;
    const path = join(ROOT, file);
    const text = readFileSync(path, "utf8");
    let updated = "";
    let at = 0;
    for (const block of mine) {
      updated += text.slice(at, block.start) + generated.get(block)!;
      at = block.end;
    }
    updated += text.slice(at);
    if (updated !== text) writeFileSync(path, updated);
    const changed = mine.filter((b) => generated.get(b) !== b.current).length;
    console.log(`${file}: ${mine.length} blocks, ${changed} rewritten`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof DocsError ? `docs/generate.ts: ${error.message}` : error);
    process.exitCode = 1;
  });
}
