import { existsSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolve, sep } from "node:path";
import type { Connect, Plugin } from "vite";
import { defineConfig } from "vite";

// The viewer lives in viewer/; `panelgraph build` writes build/graph.json, which `vite build` copies as /graph.json.
// `npm run build` produces dist/, a static site that needs no server of ours. `panelgraph serve` (src/cli/serve.ts)
// uses this config without the public folder: it serves the graph's files by name, and nothing else of their folder.

const ROOT = fileURLToPath(new URL(".", import.meta.url));

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

function contentSecurityPolicy(): Plugin {
  return {
    name: "panelgraph:content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  root: "viewer",
  publicDir: "../build",
  base: "./",
  // No single-page fallback: a path that names no file is a 404, not the viewer's index.html.
  appType: "mpa",
  plugins: [pathGuard(), contentSecurityPolicy()],
  server: { host: "127.0.0.1", fs: { strict: true, allow: SERVED_FOLDERS } },
  // The layout worker's imports (viewer/core/layout-worker.ts), which Vite's scan of the pages does not reach: found
  // only when a user first starts a layout, they would make the dev server re-bundle and reload the page under them.
  optimizeDeps: { include: ["graphology-layout-forceatlas2/iterate.js", "graphology-layout-noverlap", "graphology"] },
  preview: { host: "127.0.0.1" },
  build: { outDir: "../dist", emptyOutDir: true, modulePreload: { polyfill: false } },
});
