// Browser tests drive Debian's Chromium through playwright-core (never a downloaded browser). Without Chromium they
// fail with a message saying how to install it; they never skip.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { ROOT } from "./paths.js";

export const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: the browser tests need Debian's chromium. ` +
        "Install it with `apt-get update && apt-get install -y chromium` (.ci/run does this).",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Builds the viewer as `npm run build` does (same vite.config.ts) into a temporary folder, with `graphJson` as its
 * graph.json, and returns that folder: the tests exercise the static site users host, not the dev server.
 */
export async function buildViewer(graphJson: string): Promise<string> {
  const publicDir = mkdtempSync(join(tmpdir(), "panelgraph-public-"));
  const outDir = mkdtempSync(join(tmpdir(), "panelgraph-dist-"));
  writeFileSync(join(publicDir, "graph.json"), graphJson);
  try {
    await build({
      configFile: `${ROOT}vite.config.ts`,
      publicDir,
      build: { outDir, emptyOutDir: true },
      logLevel: "error",
    });
  } finally {
    rmSync(publicDir, { recursive: true, force: true });
  }
  return outDir;
}

/** Serves a built viewer folder with `vite preview` (the config's preview settings) on a free port of 127.0.0.1. */
export async function serveBuilt(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const port = await freePort();
  const server = await preview({
    configFile: `${ROOT}vite.config.ts`,
    build: { outDir },
    preview: { port, strictPort: true },
    logLevel: "error",
  });
  return { server, url: `http://127.0.0.1:${port}/` };
}
