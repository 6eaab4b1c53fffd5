// `panelgraph serve` (what `npm start` runs): builds the graph, serves the viewer with Vite's dev server, and rebuilds
// whenever a file of the corpus changes. A good rebuild reloads the page; a failed one prints the problems, keeps the
// last good graph.json and tells the page, which shows them in a banner over the graph it already has.
import { existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer, type ViteDevServer } from "vite";
import { CorpusError, formatProblem, sortProblems } from "../ingest/problems.js";
import { buildGraphFile } from "../export/graph-file.js";
import { printBuildReport } from "./build.js";
import { BUILD_EVENT, BUILD_STATUS_FILE, type BuildStatus } from "../model/build-status.js";
import { plural } from "./corpus.js";
import { writeFileAtomic } from "../io/atomic.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface ServeOptions {
  dataDir: string;
  /** graph.json; the viewer is served with its folder as the public folder. */
  graphFile: string;
  port: number;
  host: string;
  write: (line: string) => void;
  /** The folder paths are shown relative to (default: the process's). */
  cwd?: string;
  /** Milliseconds to wait after a change before rebuilding, so an editor's save (several events) builds once. */
  debounce?: number;
}

const shown = (options: ServeOptions, path: string) => relative(options.cwd ?? process.cwd(), resolve(path)) || path;

/** Builds once, writes the status the page reads, and returns it. Never throws for a bad corpus. */
function rebuild(options: ServeOptions): BuildStatus {
  const { dataDir, graphFile, write } = options;
  let status: BuildStatus;
  try {
    const result = buildGraphFile(dataDir, graphFile);
    printBuildReport(result, write, (path) => shown(options, path));
    const warnings = sortProblems(result.corpus.problems).map(formatProblem);
    status = {
      ok: true,
      summary: `${result.graph.order} nodes, ${result.graph.size} edges from ${plural(result.report.sources.length, "source")}`,
      problems: warnings,
    };
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    const problems = sortProblems(error.problems).map(formatProblem);
    for (const line of problems) write(line);
    const errors = error.problems.filter((p) => p.severity === "error").length;
    status = {
      ok: false,
      summary:
        `${plural(errors, "error")} in ${shown(options, dataDir)}: ` +
        (existsSync(graphFile) ? "showing the last good graph" : "no graph built yet"),
      problems,
    };
    write(`Build failed: ${status.summary}`);
  }
  writeFileAtomic(join(dirname(graphFile), BUILD_STATUS_FILE), `${JSON.stringify(status, null, 1)}\n`);
  return status;
}

/** Rebuilds on every change under the corpus folder (temporary files of atomic writes ignored). */
function watchCorpus(server: ViteDevServer, options: ServeOptions): void {
  const folder = resolve(options.dataDir);
  server.watcher.add(folder);
  let timer: NodeJS.Timeout | undefined;
  const changed = (file: string) => {
    if (!file.startsWith(folder + sep) || basename(file).startsWith(".")) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      options.write(`\n${shown(options, file)} changed: rebuilding`);
      const status = rebuild(options);
      server.ws.send({ type: "custom", event: BUILD_EVENT, data: status });
    }, options.debounce ?? 200);
  };
  for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, changed);
}

export async function serveViewer(options: ServeOptions): Promise<{ url: string; server: ViteDevServer }> {
  rebuild(options);
  const server = await createServer({
    configFile: `${root}vite.config.ts`,
    publicDir: dirname(resolve(options.graphFile)),
    server: { port: options.port, host: options.host, strictPort: false },
    logLevel: "warn",
  });
  await server.listen();
  watchCorpus(server, options);
  const url = server.resolvedUrls?.local[0] ?? `http://${options.host}:${options.port}/`;
  return { url, server };
}
