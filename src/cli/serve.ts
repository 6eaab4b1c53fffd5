// `panelgraph serve` (what `npm start` runs): serves the viewer with Vite's dev server, builds the graph, and rebuilds
// whenever a file of the corpus changes (comparing with the graph it replaced as it started: graph.previous.json is
// not replaced by a rebuild). A good rebuild reloads the page; a failed one (a corpus problem or any other
// error) prints what went wrong, keeps the last good graph.json and tells the page, which shows it in a banner over the
// graph it already has. The server keeps running whatever a rebuild meets. From the graph's folder it serves only the
// files the page reads (graphFiles), never the folder itself; from the corpus folder only the sources' original files
// (serveOriginals), for the reader's link to the PDF a passage was read from.
import { existsSync, readdirSync, statSync, watch, type Dirent, type FSWatcher } from "node:fs";
import { open } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pipeline } from "node:stream/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer, type Plugin, type ViteDevServer } from "vite";
import { CorpusError, formatProblem, sortProblems } from "../ingest/problems.js";
import { buildGraphFile, changesPath, viewerPayloadPath } from "../export/graph-file.js";
import { printBuildReport, printWarnings, SERVE_WARNINGS_SHOWN } from "./build.js";
import {
  BUILD_EVENT,
  BUILD_STATUS_FILE,
  CHANGES_META,
  CHANGES_URL,
  ORIGINAL_FILE,
  ORIGINALS_META,
  ORIGINALS_URL,
  type BuildStatus,
} from "../model/build-status.js";
import { dataOption, plural, shinglerFor } from "./corpus.js";
import { shownPath } from "./context.js";
import { OutputError, outputError, writeFileAtomic } from "../io/atomic.js";
import { realPath, within } from "../io/output.js";
import { reviewApi } from "./review-api.js";
import { claimServedGraph, ownGraphFile, runningServe, servesCorpus, servingPath } from "../io/served-graph.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** Vite's root: given here, as the config's `root: "viewer"` is taken relative to the working folder. */
const VIEWER_DIR = join(ROOT, "viewer");

export interface ServeOptions {
  dataDir: string;
  /** graph.json; the page reads it, graph.view.json, graph.changes.json and build-status.json by those names (graphFiles). */
  graphFile: string;
  port: number;
  /** The port was asked for (--port): taken or refused, never another one (default: the next free one after it). */
  strictPort?: boolean;
  host: string;
  write: (line: string) => void;
  /** The folder paths are shown relative to (default: the process's). */
  cwd?: string;
  /** Milliseconds to wait after a change before rebuilding, so an editor's save (several events) builds once. */
  debounce?: number;
  /** Milliseconds between checks that the corpus folder is still the one watched (removed, or put back). */
  recheck?: number;
}

/** A reason serve cannot start (where it should write, where it should listen): printed as it is, exit code 1. */
export class ServeError extends Error {
  override readonly name = "ServeError";
}

const shown = (options: { cwd?: string }, path: string) => shownPath(options.cwd ?? process.cwd(), resolve(path));

/**
 * Refuses a graph file whose folder the watchers see: inside the corpus folder, every write (graph.json, the status,
 * their temporary files) would be taken for an edit and start another build, without end; inside the viewer's folder,
 * Vite's own watcher would see them.
 */
export function checkServedGraphFile(options: Pick<ServeOptions, "dataDir" | "graphFile" | "cwd">): void {
  const folder = realPath(dirname(options.graphFile));
  const out = shown(options, options.graphFile);
  if (within(realPath(options.dataDir), folder))
    throw new ServeError(
      `--out ${out} is inside the corpus folder ${shown(options, options.dataDir)}: serve would take ` +
        "its own writes for edits and rebuild without end; write the graph outside it (default: build/graph.json)",
    );
  if (within(realPath(VIEWER_DIR), folder))
    throw new ServeError(
      `--out ${out} is inside the viewer's folder ${shown(options, VIEWER_DIR)}: write the graph ` +
        "outside it (default: build/graph.json)",
    );
  // Two serves in one folder would write each other's graph.json and build-status.json, and each page would show
  // whichever was built last. The same corpus into the same file is the same graph: let through.
  const serving = runningServe(options.graphFile);
  if (serving && (!servesCorpus(serving, options.dataDir) || serving.graphFile !== resolve(options.graphFile)))
    throw new ServeError(
      `--out ${out}: ${shown(options, dirname(serving.graphFile))}/ holds the graph another \`panelgraph serve\` ` +
        `(process ${serving.pid}, as ${shown(options, servingPath(options.graphFile))} says) shows, built from ` +
        `${shown(options, serving.corpus)}; give this one a folder of its own (--out ` +
        `${shown(options, ownGraphFile(options.graphFile, options.dataDir))}), or stop that server first (if none ` +
        `runs, delete ${shown(options, servingPath(options.graphFile))})`,
    );
}

/** What the page reads from the graph's folder, by the path it asks for, and the file on disk that answers it. */
export function graphFiles(graphFile: string): Map<string, string> {
  return new Map([
    ["/graph.json", resolve(graphFile)],
    ["/graph.view.json", resolve(viewerPayloadPath(graphFile))],
    ["/graph.changes.json", resolve(changesPath(graphFile))],
    [`/${BUILD_STATUS_FILE}`, resolve(dirname(graphFile), BUILD_STATUS_FILE)],
  ]);
}

/** Sends a JSON file; rejects, before anything is sent, if there is no such file. */
function serveFile(path: string, headOnly: boolean, res: ServerResponse): Promise<void> {
  return sendFile(path, { "Content-Type": "application/json; charset=utf-8" }, headOnly, res);
}

/**
 * Answers the requests for graphFiles() from the graph's folder; Vite serves the viewer, and nothing else of that folder
 * is reachable (it is not Vite's public folder). A file not built yet is a 404.
 */
function serveGraphFiles(graphFile: string): Plugin {
  const files = graphFiles(graphFile);
  return {
    name: "panelgraph:graph-files",
    // As `npm run build` does (vite.config.ts publishGraph): the page asks for graph.changes.json only when told there
    // is one. The page is reloaded after every good build, so it is told afresh each time.
    transformIndexHtml: () =>
      existsSync(changesPath(graphFile))
        ? [{ tag: "meta", attrs: { name: CHANGES_META, content: CHANGES_URL }, injectTo: "head" }]
        : [],
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = files.get(new URL(req.url ?? "/", "http://localhost").pathname);
        if (path === undefined || (req.method !== "GET" && req.method !== "HEAD")) return next();
        serveFile(path, req.method === "HEAD", res).catch(() => {
          res.statusCode = 404;
          res.setHeader("Content-Type", "text/plain; charset=utf-8");
          res.end("Not found\n");
        });
      });
    },
  };
}

/** How each kind of original file is sent: its type, and for a saved web page a sandbox (below). */
const ORIGINAL_HEADERS: Record<string, Record<string, string>> = {
  pdf: { "Content-Type": "application/pdf" },
  // A saved page runs no script and fetches nothing on the viewer's origin (where the review API is): sandboxed, an
  // origin of its own, and nothing loaded from elsewhere (no tracking pixel), its inline styles and data images aside.
  html: {
    "Content-Type": "text/html",
    "Content-Security-Policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  },
  md: { "Content-Type": "text/plain; charset=utf-8" },
  // A text in UTF-16 or windows-1252: the browser reads a UTF-16 file by its byte-order mark.
  txt: { "Content-Type": "text/plain" },
};

/**
 * Serves the sources' original files (`sources/<id>.original.<pdf|html|md>`, as add-source keeps them) under
 * ORIGINALS_URL, so the reader can open the PDF a passage was read from at its page; and tells the page so
 * (ORIGINALS_META). Nothing else of the corpus folder: a name of another form is not answered here.
 */
export function serveOriginals(dataDir: string): Plugin {
  const prefix = ORIGINALS_URL.replace(/^\./u, "");
  return {
    name: "panelgraph:originals",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { name: ORIGINALS_META, content: ORIGINALS_URL }, injectTo: "head" },
    ],
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
        if (!pathname.startsWith(prefix) || (req.method !== "GET" && req.method !== "HEAD")) return next();
        let name: string;
        try {
          name = decodeURIComponent(pathname.slice(prefix.length));
        } catch {
          name = "";
        }
        const format = ORIGINAL_FILE.exec(name)?.[1];
        const notFound = () => {
          res.statusCode = 404;
          res.setHeader("Content-Type", "text/plain; charset=utf-8");
          res.end("Not found\n");
        };
        if (format === undefined) return notFound();
        sendFile(join(dataDir, "sources", name), ORIGINAL_HEADERS[format]!, req.method === "HEAD", res).catch(notFound);
      });
    },
  };
}

/**
 * Sends a file with these headers (and nosniff, its length, no-cache); rejects, before anything is sent, if there is
 * no such file.
 */
async function sendFile(
  path: string,
  headers: Record<string, string>,
  headOnly: boolean,
  res: ServerResponse,
): Promise<void> {
  const file = await open(path);
  try {
    const stats = await file.stat();
    if (!stats.isFile()) throw new Error(`${path} is not a file`);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Content-Length", stats.size);
    res.setHeader("Cache-Control", "no-cache");
  } catch (error) {
    await file.close();
    throw error;
  }
  if (headOnly) {
    await file.close();
    res.end();
    return;
  }
  await pipeline(file.createReadStream(), res).catch(() => res.destroy());
}

/** Serve prints the first few warnings of each build, and the `validate` command that lists them all. */
const warningsShown = (options: ServeOptions) => ({
  limit: SERVE_WARNINGS_SHOWN,
  dataDir: shown(options, options.dataDir),
});

/** The sessions (by their options) that have made a good build: their later builds keep graph.previous.json. */
const sessionsBuilt = new WeakSet<ServeOptions>();

/**
 * Builds once and returns what the page is told: never throws, whatever the build meets, except at the start, where a
 * graph.json that cannot be written is a wrong --out and stops serve (OutputError, exit 1) as it stops `build`.
 */
function build(options: ServeOptions, start: boolean): BuildStatus {
  const { dataDir, graphFile, write } = options;
  try {
    // The graph on disk before the session is kept as graph.previous.json by the session's first good build only:
    // the later ones compare with it, so "Changed since …" keeps the week's changes through every save and accept.
    const result = buildGraphFile(dataDir, graphFile, {
      shingler: shinglerFor(dataDir, options.cwd ?? process.cwd()),
      dataOption: dataOption(shown(options, dataDir)),
      keepBaseline: sessionsBuilt.has(options),
    });
    sessionsBuilt.add(options);
    printBuildReport(result, write, (path) => shown(options, path), warningsShown(options));
    const warnings = sortProblems(result.corpus.problems).map(formatProblem);
    return {
      ok: true,
      summary: `${result.graph.order} nodes, ${result.graph.size} edges from ${plural(result.report.sources.length, "source")}`,
      problems: [],
      warnings,
    };
  } catch (error) {
    if (start && error instanceof OutputError) throw error;
    const kept = statSync(graphFile, { throwIfNoEntry: false })?.isFile()
      ? "showing the last good graph"
      : "no graph built yet";
    let status: BuildStatus;
    if (error instanceof CorpusError) {
      const sorted = sortProblems(error.problems);
      // The errors in full (they stop the build); the warnings as at a good build, the first few and a count.
      const errors = sorted.filter((p) => p.severity === "error");
      for (const problem of errors) write(formatProblem(problem));
      printWarnings(
        sorted.filter((p) => p.severity === "warning"),
        write,
        warningsShown(options),
      );
      const problems = errors.map(formatProblem);
      const warnings = sorted.filter((p) => p.severity === "warning").map(formatProblem);
      const summary = `${plural(problems.length, "error")} in ${shown(options, dataDir)}: ${kept}`;
      status = { ok: false, summary, problems, warnings };
    } else {
      const e = error as NodeJS.ErrnoException;
      const message =
        e.code && !String(e.message).includes(e.code) ? `${e.code}: ${e.message}` : String(e.message ?? e);
      status = { ok: false, summary: `${message}; ${kept}`, problems: [], warnings: [] };
    }
    write(`Build failed: ${status.summary}`);
    return status;
  }
}

/** Builds, and writes the status the page reads beside graph.json. Throws only OutputErrors (see build). */
function rebuild(options: ServeOptions, start = false): BuildStatus {
  const status = build(options, start);
  const path = join(dirname(options.graphFile), BUILD_STATUS_FILE);
  try {
    writeFileAtomic(path, `${JSON.stringify(status, null, 1)}\n`);
  } catch (error) {
    throw outputError(path, error);
  }
  return status;
}

/** A rebuild after the server is up: whatever fails is printed and sent to the page, and serving goes on. */
function rebuildAndTell(server: ViteDevServer, options: ServeOptions): void {
  let status: BuildStatus;
  try {
    status = rebuild(options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    options.write(`Build status not saved: ${message}`);
    status = { ok: false, summary: message, problems: [], warnings: [] };
  }
  server.ws.send({ type: "custom", event: BUILD_EVENT, data: status });
}

/**
 * Calls `changed(path)` for every change under `folder`, in it or any folder below (hidden entries ignored), and
 * returns what stops watching. Each folder gets its own fs.watch, in place before this returns, so an edit made at once
 * is not missed (Vite's watcher scans a folder added to it in the background, and stops for good when the folder it
 * watches is removed). After every event, and every `recheck` ms, the folders watched are compared with those on disk:
 * one added, removed, or removed and put back (a new folder under the same name) is watched anew, and is a change.
 */
export function watchFolderTree(folder: string, changed: (path: string) => void, recheck = 500): () => void {
  const watched = new Map<string, { id: string; watcher: FSWatcher }>();
  const foldersOnDisk = () => {
    const found = new Map<string, string>();
    const visit = (dir: string) => {
      const stats = statSync(dir, { throwIfNoEntry: false });
      if (!stats?.isDirectory()) return;
      found.set(dir, `${stats.dev}:${stats.ino}`);
      let entries: Dirent[] = [];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith(".")) visit(join(dir, entry.name));
    };
    visit(folder);
    return found;
  };
  /** Brings the watchers in line with the folders on disk; true if any was added or removed. */
  const update = (): boolean => {
    const found = foldersOnDisk();
    let moved = false;
    for (const [dir, { id, watcher }] of watched) {
      if (found.get(dir) === id) continue;
      watcher.close();
      watched.delete(dir);
      moved = true;
    }
    for (const [dir, id] of found) {
      if (watched.has(dir)) continue;
      try {
        const watcher = watch(dir, (_event, name) => {
          const path = name ? join(dir, name.toString()) : dir;
          if (!basename(path).startsWith(".")) changed(path);
          update();
        });
        // A folder removed under its watcher: the next update notices it is gone.
        watcher.on("error", () => {});
        watched.set(dir, { id, watcher });
        moved = true;
      } catch {
        // Gone between the walk and the watch: the next update sees it.
      }
    }
    return moved;
  };
  update();
  const timer = setInterval(() => {
    if (update()) changed(folder);
  }, recheck);
  timer.unref();
  return () => {
    clearInterval(timer);
    for (const { watcher } of watched.values()) watcher.close();
    watched.clear();
  };
}

/**
 * Rebuilds on every change under the corpus folder, once its events have been quiet for `debounce` ms (an editor's
 * save is several). Removing the folder is a change (the banner says it is gone), and so is putting it back.
 */
function watchCorpus(server: ViteDevServer, options: ServeOptions): void {
  let timer: NodeJS.Timeout | undefined;
  const stop = watchFolderTree(
    resolve(options.dataDir),
    (file) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        options.write(`\n${shown(options, file)} changed: rebuilding`);
        rebuildAndTell(server, options);
      }, options.debounce ?? 200);
    },
    options.recheck,
  );
  server.httpServer?.once("close", () => {
    clearTimeout(timer);
    stop();
  });
}

/** A failure to listen, said in the user's terms (the host and port they gave) with what to do. */
function listenError(host: string, port: number, error: unknown): ServeError {
  // Vite says a port taken under strictPort in words only.
  const taken = error instanceof Error && /^Port \d+ is already in use$/.test(error.message);
  const code = taken ? "EADDRINUSE" : (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOTFOUND: "no such host name; give an address of this machine (such as 127.0.0.1) or leave out --host",
    EAI_AGAIN: "the host name could not be looked up; give an address (such as 127.0.0.1) or leave out --host",
    EADDRNOTAVAIL: "not an address of this machine; give one of its addresses (such as 127.0.0.1) or leave out --host",
    EACCES: `no permission to listen on port ${port} (ports below 1024 need administrator rights); choose another --port`,
    EADDRINUSE:
      `port ${port} is in use (by another server, or another panelgraph serve); give another --port, or leave ` +
      "--port out to serve on the first free one from 5173",
  };
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new ServeError(
    `cannot listen on ${host}${code === "EACCES" ? `:${port}` : ""}: ${reason}${code ? ` (${code})` : ""}`,
  );
}

/**
 * Vite's dev server for the viewer with the graph's files of `graphFile` (graphFiles), listening; a ServeError if it
 * cannot listen, with the server closed (nothing left running). `host` undefined: the config's (127.0.0.1).
 */
export async function createViewerServer(options: {
  graphFile: string;
  port: number;
  host?: string;
  strictPort?: boolean;
  /** More plugins (the review API: review-api.ts). */
  plugins?: Plugin[];
}): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: join(ROOT, "vite.config.ts"),
    root: VIEWER_DIR,
    publicDir: false,
    plugins: [serveGraphFiles(options.graphFile), ...(options.plugins ?? [])],
    server: {
      port: options.port,
      strictPort: options.strictPort ?? false,
      ...(options.host === undefined ? {} : { host: options.host }),
    },
    logLevel: "warn",
  });
  try {
    await server.listen();
  } catch (error) {
    await server.close().catch(() => {});
    throw listenError(options.host ?? "127.0.0.1", options.port, error);
  }
  return server;
}

const isLoopback = (address: string) => address === "::1" || /^(::ffff:)?127\./.test(address);
const WILDCARDS = new Set(["0.0.0.0", "::"]);

/** What to print when the server is reachable from other machines (`address` as it listens); nothing on loopback. */
export function listeningWarning(address: string, urls: string[]): string[] {
  if (isLoopback(address)) return [];
  const where = WILDCARDS.has(address)
    ? `every network interface (${address})`
    : `${address}, which other machines can reach`;
  return [
    `Warning: listening on ${where}: anyone who can reach this machine can open the viewer and read the graph, at:`,
    ...urls.map((url) => `  ${url}`),
    "Leave out --host to listen on 127.0.0.1 (this machine only).",
  ];
}

export interface ServedViewer {
  url: string;
  server: ViteDevServer;
  /** Lines to print if other machines can reach the server (listeningWarning). */
  warning: string[];
}

/**
 * Ctrl-C (SIGINT), SIGTERM and a closed terminal (SIGHUP) first take back serve's claim on the graph's folder: by
 * default those signals end the process without running any "exit" handler. Then the signal ends it as before, so the
 * shell and `npm start` see a server stopped by it, not a failure.
 */
function stopOnSignals(server: ViteDevServer, release: () => void): void {
  const codes: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  const signals = Object.keys(codes) as NodeJS.Signals[];
  const forget = () => signals.forEach((signal) => process.off(signal, stop));
  function stop(signal: NodeJS.Signals) {
    forget();
    release();
    process.kill(process.pid, signal);
    // Should another listener keep the signal from ending the process, it ends all the same.
    setTimeout(() => process.exit(codes[signal]), 1000);
  }
  signals.forEach((signal) => process.on(signal, stop));
  // A server closed otherwise (a test, an embedding program) leaves the process's signals as they were.
  server.httpServer?.once("close", forget);
}

export async function serveViewer(options: ServeOptions): Promise<ServedViewer> {
  checkServedGraphFile(options);
  // Listening comes first: a host or port that cannot be used stops serve before anything is written. The review
  // mode's write API is there only when the server listens on this machine alone.
  const review = isLoopback(options.host) || options.host === "localhost" ? [reviewApi(options.dataDir).plugin] : [];
  const server = await createViewerServer({ ...options, plugins: [serveOriginals(options.dataDir), ...review] });
  // Watching starts before the first build, so an edit made while it runs is built too.
  watchCorpus(server, options);
  try {
    rebuild(options, true);
    // From here until the server closes, a build of another corpus into graphFile is refused (served-graph.ts).
    const release = claimServedGraph(options.graphFile, options.dataDir);
    server.httpServer?.once("close", release);
    stopOnSignals(server, release);
  } catch (error) {
    // graph.json or the files beside it cannot be written: there would be nothing to serve.
    await server.close().catch(() => {});
    throw error;
  }
  const urls = server.resolvedUrls ?? { local: [], network: [] };
  const address = (server.httpServer!.address() as AddressInfo).address;
  const url = urls.local[0] ?? urls.network[0] ?? `http://${options.host}:${options.port}/`;
  return { url, server, warning: listeningWarning(address, [...urls.local, ...urls.network]) };
}
