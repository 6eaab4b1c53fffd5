import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, relative, resolve, sep } from "node:path";
import type { Connect, HtmlTagDescriptor, Plugin, UserConfig } from "vite";
import { defineConfig } from "vite";

// The viewer lives in viewer/; `panelgraph build` writes build/graph.json, which `vite build` publishes as /graph.json.
// `npm run build` produces dist/, a static site that needs no server of ours. Neither `vite build` nor `panelgraph
// serve` (src/cli/serve.ts) serves the graph's folder: each takes the graph's files by name, and nothing else of it.

const ROOT = fileURLToPath(new URL(".", import.meta.url));

/** The graph `npm run build` publishes: what `panelgraph build` writes by default (src/cli/corpus.ts). */
export const BUILT_GRAPH_FILE = join(ROOT, "build", "graph.json");

/**
 * What the dev server may read from disk: the viewer, the src/ modules it imports, and the dependencies Vite
 * pre-bundles. Not the repository root, so package.json, graph-data/ and .git stay out of reach.
 */
export const SERVED_FOLDERS = ["viewer", "src", "node_modules"].flatMap((folder) => {
  // A node_modules that is a link to another checkout's (a git worktree's) is served where Vite finds its files: at
  // the real path, which /@fs/ URLs name (the dev client, /@fs/<real path>/vite/dist/client/env.mjs).
  const path = resolve(ROOT, folder);
  const real = existsSync(path) ? realpathSync(path) : path;
  return real === path ? [path] : [path, real];
});

/** The packages the viewer's modules import (viewer/ and the src/ modules it uses), for Vite to pre-bundle. */
export const VIEWER_PACKAGES = [
  "@sigma/export-image",
  "graphology",
  "graphology-gexf/browser",
  "graphology-layout-forceatlas2",
  "graphology-layout-forceatlas2/iterate.js",
  "graphology-layout-noverlap",
  "sigma",
  "sigma/rendering",
];

/**
 * The Content-Security-Policy of the static build: scripts, styles and data only from the site itself (no inline
 * script, no eval), images also from data: and blob: URLs (the favicon, PNG export), nothing embeds the viewer's
 * forms or plugins. Only the build gets it: the dev server injects styles inline for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

function fullyDecoded(path: string): string {
  let current = path;
  for (let i = 0; i < 4; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Requests that try to leave the served folders get a plain 404, like any other missing file: a `..` segment, in any
 * encoding (`%2e%2e`, `..%2f`, backslashes), or Vite's `/@fs/<absolute path>` to a file outside SERVED_FOLDERS (which
 * Vite itself would answer with a 403 page naming the allowed folders).
 */
function refuseTraversal(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const raw = (req.url ?? "/").split("?")[0] ?? "/";
    const path = fullyDecoded(raw).replace(/\\/g, "/");
    const traverses = path.split("/").some((segment) => segment === ".." || segment === ".");
    const fsPath = path.startsWith("/@fs/") ? resolve(path.slice("/@fs".length)) : undefined;
    const outside =
      fsPath !== undefined && !SERVED_FOLDERS.some((folder) => fsPath === folder || fsPath.startsWith(folder + sep));
    if (!traverses && !outside) return next();
    res.statusCode = 404;
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    res.end("Not found\n");
  };
}

function pathGuard(): Plugin {
  return {
    name: "panelgraph:path-guard",
    configureServer(server) {
      server.middlewares.use(refuseTraversal());
    },
    configurePreviewServer(server) {
      server.middlewares.use(refuseTraversal());
    },
  };
}

/**
 * The policy for a page: CONTENT_SECURITY_POLICY, with `script-src` also allowing the page's inline scripts by their
 * hash (index.html has one, which says so when the viewer's code does not load; nothing else can add one).
 */
export function pagePolicy(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, body]) => `'sha256-${createHash("sha256").update(body!).digest("base64")}'`,
  );
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", ["script-src 'self'", ...hashes].join(" "));
}

function contentSecurityPolicy(): Plugin {
  return {
    name: "panelgraph:content-security-policy",
    apply: "build",
    // After Vite's own changes, so the hashes are of the scripts as the page ships them.
    transformIndexHtml: {
      order: "post",
      handler: (html) => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: pagePolicy(html) },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}

/**
 * Publishes the graph into the static site: graph.json, the graph.view.json written beside a large one and the
 * graph.changes.json written beside one that replaced another (named as src/export/graph-file.ts viewerPayloadPath and
 * changesPath name them). Only those: the rest of the graph's folder (build/'s
 * build-status.json, with every warning and the names still only suggested, and build/export/) is not for the public.
 */
export function publishGraph(graphFile: string): Plugin {
  const changes = `${graphFile.replace(/\.json$/, "")}.changes.json`;
  const files: [string, string][] = [
    ["graph.json", graphFile],
    ["graph.view.json", `${graphFile.replace(/\.json$/, "")}.view.json`],
    ["graph.changes.json", changes],
  ];
  return {
    name: "panelgraph:publish-graph",
    apply: "build",
    // The page asks for graph.changes.json only when it says there is one, so a site without one has no 404 to log.
    transformIndexHtml: () => (existsSync(changes) ? [changesMeta()] : []),
    generateBundle() {
      if (!existsSync(graphFile))
        this.error(
          `no graph to publish at ${relative(process.cwd(), graphFile) || graphFile}: run \`npx panelgraph build\` ` +
            "first (`npm run build` runs both)",
        );
      for (const [fileName, path] of files)
        if (existsSync(path)) this.emitFile({ type: "asset", fileName, source: readFileSync(path) });
    },
  };
}

/**
 * The <meta> that tells the page a graph.changes.json is published beside graph.json, for "Changed since …"
 * (src/model/build-status.ts CHANGES_META, CHANGES_URL).
 */
export function changesMeta(): HtmlTagDescriptor {
  return { tag: "meta", attrs: { name: "panelgraph-changes", content: "./graph.changes.json" }, injectTo: "head" };
}

/** The viewer's Vite config, publishing `graphFile` (default: build/graph.json) in the static build. */
export function viewerConfig({ graphFile = BUILT_GRAPH_FILE }: { graphFile?: string } = {}): UserConfig {
  return {
    root: "viewer",
    // No public folder: the graph's files are published by name (publishGraph), and the viewer has no static files.
    publicDir: false,
    base: "./",
    // No single-page fallback: a path that names no file is a 404, not the viewer's index.html.
    appType: "mpa",
    plugins: [pathGuard(), contentSecurityPolicy(), publishGraph(graphFile)],
    server: { host: "127.0.0.1", fs: { strict: true, allow: SERVED_FOLDERS } },
    // Every package the viewer imports, pre-bundled before the first page asks for one. Vite's scan of the pages misses
    // some (the layout worker's), and a package found only when a page imports it makes the dev server bundle again
    // under the open page: requests already sent get "504 Outdated Optimize Dep" and the page reloads.
    // tests/viewer/optimize-deps.test.ts checks the list against the viewer's imports.
    optimizeDeps: { include: VIEWER_PACKAGES },
    preview: { host: "127.0.0.1" },
    build: { outDir: "../dist", emptyOutDir: true, modulePreload: { polyfill: false } },
    // npm test's browser run keeps its own (scripts/test.ts): two dev servers sharing one would re-bundle under each
    // other's pages.
    ...(process.env.PANELGRAPH_VITE_CACHE_DIR ? { cacheDir: process.env.PANELGRAPH_VITE_CACHE_DIR } : {}),
  };
}

export default defineConfig(viewerConfig());
