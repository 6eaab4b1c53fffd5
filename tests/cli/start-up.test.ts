// Every command starts by loading src/cli/main.ts and what it imports. The binary has Node load the packages among
// those before tsx is registered (src/cli/preload.mjs): this keeps that list the same as what the CLI imports.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PRELOADED } from "../../src/cli/preload.mjs";
import { ROOT } from "../helpers/paths.js";

/** Static imports and re-exports of a file (not `import type`, not `await import(…)`). */
const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?"([^"]+)";/gm;

/** The packages that loading `entry` loads, following its relative static imports. */
function packagesLoadedBy(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      if (specifier!.startsWith("node:")) continue;
      if (!specifier!.startsWith(".")) packages.add(specifier!.replace(/\.js$/, ""));
      else {
        const path = resolve(dirname(file), specifier!);
        visit([path.replace(/\.js$/, ".ts"), path].find((p) => existsSync(p))!);
      }
    }
  };
  visit(entry);
  return packages;
}

describe("the binary's start-up", () => {
  it("has Node load, before tsx, exactly the packages every command loads", () => {
    const loaded = packagesLoadedBy(join(ROOT, "src/cli/main.ts"));
    expect(loaded.has("zod")).toBe(true);
    expect(new Set(PRELOADED.map((name) => name.replace(/\.js$/, "")))).toEqual(loaded);
  });
});
