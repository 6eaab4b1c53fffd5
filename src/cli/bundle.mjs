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
    if (stat.mtimeMs !== mtimeMs && hashOf(join(ROOT, path)) !== hash) return null;
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

function hashOf(file) {
  return createHash("sha256").update(readFileSync(file)).digest("base64");
}

/**
 * Bundles the CLI into a new folder under .cache/cli/ and then points the manifest at it (written whole, then renamed
 * into place), so a command starting meanwhile runs either the old bundle or the new one, never half of one. The
 * manifest records every input as it was read; older bundles' folders are removed.
 */
export async function buildBundle() {
  // esbuild is tsx's dependency (tsx compiles with it), so it is there wherever the CLI can run.
  const requireFromTsx = createRequire(createRequire(import.meta.url).resolve("tsx/package.json"));
  const esbuild = requireFromTsx("esbuild");
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const name = `build-${Date.now().toString(36)}-${process.pid}`;
  const outdir = join(BUNDLE_DIR, name);
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
    // Read only under --debug (the binary turns source maps on then): its stack traces name the lines in src/.
    sourcemap: "linked",
    sourcesContent: false,
    metafile: true,
    logLevel: "silent",
    plugins: [moduleUrls(outdir), packagesNodeLoads()],
  });
  if (result.errors.length > 0) throw new Error(result.errors.map((e) => e.text).join("\n"));
  const inputs = [...Object.keys(result.metafile.inputs), ...SETTINGS].map((path) => {
    const file = join(ROOT, path);
    const { size, mtimeMs } = statSync(file);
    return [path.split(sep).join("/"), size, mtimeMs, hashOf(file)];
  });
  const manifest = { main: `${name}/main.mjs`, context: `${name}/context.mjs`, inputs };
  const previous = previousBuild();
  const written = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(written, `${JSON.stringify(manifest)}\n`);
  renameSync(written, MANIFEST);
  removeOldBuilds(name, previous);
  return { dir: outdir, inputs: inputs.length };
}

/**
 * `import.meta.url` in a bundled file names the bundle, not the source it came from: each source's is replaced by its
 * own URL, found from the bundle's (relative, so a checkout moved elsewhere keeps working), so the paths it resolves
 * (package.json, viewer/, the suggest models, the review's worker) are the ones it names in src/.
 */
function moduleUrls(outdir) {
  return {
    name: "module-urls",
    setup(build) {
      build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        if (!text.includes("import.meta.url")) return undefined;
        const path = relative(outdir, args.path).split(sep).join("/");
        const url = `new URL(${JSON.stringify(path)}, import.meta.url).href`;
        return { contents: text.replaceAll("import.meta.url", url), loader: "ts" };
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
