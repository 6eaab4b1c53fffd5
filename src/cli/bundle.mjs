// The CLI bundled ahead of time: src/cli/main.ts and the source files it imports, compiled by esbuild into plain
// JavaScript in .cache/cli/ (packages stay outside, loaded by Node). Running it skips tsx, which compiles each file as
// it loads, in a thread of its own: about 0.5 s of CPU a command. Made by `npm install` / `npm ci` (the "prepare"
// script) and `npm run bundle`; the `panelgraph` binary runs it only while it is fresh (freshBundle), else the sources
// through tsx. Plain JavaScript, as the binary imports it before tsx is registered.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BUNDLE_DIR = join(ROOT, ".cache/cli");
const MANIFEST = join(BUNDLE_DIR, "manifest.json");

/**
 * Files the bundle's output depends on besides the sources esbuild reads: this file (how it is bundled) and the
 * TypeScript settings esbuild takes from tsconfig.
 */
const SETTINGS = ["src/cli/bundle.mjs", "tsconfig.json", "tsconfig.base.json"];

/**
 * The bundle's modules (`run` from main.ts, `streamFailure` from context.ts) when it was made from the sources as they
 * are now, else null. Each input's size and modification time are compared with those the bundle was made from; a
 * file whose time alone differs (a checkout, a `touch`) is compared by its hash. 4–7 ms of CPU for its ~120 files.
 */
export function freshBundle() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, "utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(manifest.inputs) || typeof manifest.main !== "string" || typeof manifest.context !== "string")
    return null;
  for (const [path, size, mtimeMs, hash] of manifest.inputs) {
    let stat;
    try {
      stat = statSync(join(ROOT, path));
    } catch {
      return null;
    }
    if (stat.size !== size) return null;
    if (stat.mtimeMs !== mtimeMs && hashOf(readFileSync(join(ROOT, path))) !== hash) return null;
  }
  const [main, context] = [join(BUNDLE_DIR, manifest.main), join(BUNDLE_DIR, manifest.context)];
  if (!existsSync(main) || !existsSync(context)) return null;
  return { main: pathToFileURL(main).href, context: pathToFileURL(context).href };
}

/** The folder of the bundle the manifest names now, if any. */
function previousBuild() {
  try {
    return JSON.parse(readFileSync(MANIFEST, "utf8")).main.split("/")[0];
  } catch {
    return undefined;
  }
}

function hashOf(content) {
  return createHash("sha256").update(content).digest("base64");
}

/**
 * A file as it is read, and its manifest entry: [path, size, time, hash of that content]. The time is taken before the
 * content, so a file saved meanwhile has a later time than recorded, is then compared by hash, and found changed.
 */
function snapshot(file) {
  const { mtimeMs } = statSync(file);
  const content = readFileSync(file);
  return { content, entry: [relative(ROOT, file).split(sep).join("/"), content.length, mtimeMs, hashOf(content)] };
}

/**
 * Bundles the CLI into a new folder under .cache/cli/ and then points the manifest at it (written whole, then renamed
 * into place), so a command starting meanwhile runs either the old bundle or the new one, never half of one. The
 * manifest records every input as esbuild was given it; older bundles' folders are removed.
 */
export async function buildBundle() {
  // esbuild is tsx's dependency (tsx compiles with it), so it is there wherever the CLI can run.
  const requireFromTsx = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"));
  const esbuild = requireFromTsx("esbuild");
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const name = `build-${Date.now().toString(36)}-${process.pid}`;
  const outdir = join(BUNDLE_DIR, name);
  const read = new Map(SETTINGS.map((path) => [path, snapshot(join(ROOT, path)).entry]));
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [
      { in: "src/cli/main.ts", out: "main" },
      { in: "src/cli/context.ts", out: "context" },
    ],
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // The commands' own lazy imports (serve, suggest, extraction) stay lazy: chunks loaded when a command asks.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // The binary turns source maps on: a stack trace (--debug) names the lines of src/, as under tsx.
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    logLevel: "silent",
    plugins: [sources(outdir, read), packagesNodeLoads()],
  });
  if (result.errors.length > 0) throw new Error(result.errors.map((e) => e.text).join("\n"));
  for (const path of Object.keys(result.metafile.inputs)) {
    const file = join(ROOT, path);
    const key = relative(ROOT, file).split(sep).join("/");
    if (!read.has(key)) read.set(key, snapshot(file).entry);
  }
  const inputs = [...read.values()];
  const manifest = { main: `${name}/main.mjs`, context: `${name}/context.mjs`, inputs };
  const previous = previousBuild();
  const written = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(written, `${JSON.stringify(manifest)}\n`);
  renameSync(written, MANIFEST);
  removeOldBuilds(name, previous);
  return { dir: outdir, inputs: inputs.length };
}

/**
 * Reads each source for esbuild, recording it in `read` (its manifest entry) as it is given. `import.meta.url` in a
 * bundled file names the bundle, not the source it came from: each source's is replaced by its own URL, found from the
 * bundle's (relative, so a checkout moved elsewhere keeps working), so the paths it resolves (package.json, viewer/,
 * the suggest models, the review's worker) are the ones it names in src/.
 */
function sources(outdir, read) {
  return {
    name: "sources",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
        const { content, entry } = snapshot(args.path);
        read.set(entry[0], entry);
        const url = `new URL(${JSON.stringify(relative(outdir, args.path).split(sep).join("/"))}, import.meta.url).href`;
        return { contents: content.toString("utf8").replaceAll("import.meta.url", url), loader: "ts" };
      });
    },
  };
}

/**
 * Packages stay out of the bundle, imported as the sources name them: each name must then be one Node itself loads.
 * tsx is laxer (`graphology-shortest-path/unweighted` without its `.js` ran through tsx and not from the bundle), so
 * a name Node cannot find fails the bundling (esbuild names the file and line).
 */
function packagesNodeLoads() {
  return {
    name: "packages-node-loads",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith("node:")) return { external: true };
        const url = import.meta.resolve(args.path);
        if (url.startsWith("file:") && !existsSync(fileURLToPath(url))) {
          const text = `Node cannot load "${args.path}" (no file ${fileURLToPath(url)}): name the file as Node finds it`;
          return { errors: [{ text }] };
        }
        return { external: true };
      });
    },
  };
}

/**
 * Removes the folders of earlier bundles but the one just replaced: a command that started on it may still load one of
 * its chunks (a command's lazy import).
 */
function removeOldBuilds(current, previous) {
  let entries;
  try {
    entries = readdirSync(BUNDLE_DIR);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith("build-") || entry === current || entry === previous) continue;
    rmSync(join(BUNDLE_DIR, entry), { recursive: true, force: true });
  }
}
