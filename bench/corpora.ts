// Generated corpora are kept in a cache folder between runs (a 100k corpus is ~200 MB and takes a while to write),
// keyed by size, seed and the generator's own source, so changing bench/generate.ts makes new ones.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus, type GeneratedCorpus } from "./generate.js";

const GENERATOR = fileURLToPath(new URL("./generate.ts", import.meta.url));

export function generatorHash(): string {
  return createHash("sha256").update(readFileSync(GENERATOR)).digest("hex").slice(0, 12);
}

/** The corpus folder for `nodes` and `seed`, generated now unless the cache has it. */
export function ensureCorpus(
  cacheDir: string,
  nodes: number,
  seed: number,
): { dir: string; generated: GeneratedCorpus | undefined } {
  const stem = `corpus-${nodes}-seed${seed}-`;
  const dir = join(cacheDir, `${stem}${generatorHash()}`);
  if (existsSync(join(dir, ".complete"))) return { dir, generated: undefined };
  mkdirSync(cacheDir, { recursive: true });
  // Corpora of an older generator are of no further use.
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith(stem)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
  const temporary = `${dir}.partial`;
  rmSync(temporary, { recursive: true, force: true });
  const generated = generateCorpus(temporary, { nodes, seed });
  writeFileSync(join(temporary, ".complete"), `${JSON.stringify({ nodes, seed, generator: generatorHash() })}\n`);
  renameSync(temporary, dir);
  return { dir, generated: { ...generated, dir } };
}
