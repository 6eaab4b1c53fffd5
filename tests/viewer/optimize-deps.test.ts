// The dev server pre-bundles every package the viewer imports before the first page asks for one
// (vite.config.ts VIEWER_PACKAGES). A package missing from the list is found only when a page imports it; Vite then
// bundles again under the open page, whose requests already sent fail with "504 Outdated Optimize Dep".
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { VIEWER_PACKAGES } from "../../vite.config.js";
import { ROOT } from "../helpers/paths.js";

/** The module a relative import names: `./x.js` is `./x.ts` in this repository. */
function resolveModule(from: string, specifier: string): string {
  const path = resolve(dirname(from), specifier);
  return path.endsWith(".js") ? path.replace(/\.js$/, ".ts") : path;
}

/**
 * The packages the modules reachable from `entries` import at run time, each with the first module seen importing it:
 * imports used only as types are dropped (as the compiler drops them), dynamic imports are followed.
 */
function importedPackages(entries: string[]): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    }).outputText;
    const specifiers = ts.preProcessFile(js, true, true).importedFiles.map((imported) => imported.fileName);
    for (const specifier of specifiers) {
      if (specifier.startsWith(".")) {
        if (/\.(ts|js)$/.test(specifier)) queue.push(resolveModule(file, specifier));
      } else if (!specifier.startsWith("node:") && !packages.has(specifier)) {
        packages.set(specifier, relative(ROOT, file));
      }
    }
  }
  return packages;
}

describe("the viewer's packages are pre-bundled up front", () => {
  const viewer = join(ROOT, "viewer");
  const modules = (readdirSync(viewer, { recursive: true }) as string[])
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    .map((file) => join(viewer, file));
  const imported = importedPackages(modules);

  // Every module of viewer/ (pages and workers) and the src/ modules they import.
  it("finds the imports it checks (workers, dynamic imports)", () => {
    expect(imported.get("graphology-layout-noverlap")).toBe("viewer/core/layout-worker.ts");
    // Imported only by a dynamic import (when a user opens a GEXF file).
    expect(imported.get("graphology-gexf/browser")).toBe("viewer/core/load.ts");
  });

  it("lists every package the viewer imports, and none it does not", () => {
    expect([...imported.keys()].sort()).toEqual([...VIEWER_PACKAGES].sort());
  });
});
