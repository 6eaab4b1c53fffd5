// What the viewer ships: the modules Vite bundles for the browser (viewer/main.ts and its worker), built in memory
// with the project's vite.config.ts. zod belongs to validation (src/model/schema.ts), not the page; a Node builtin would
// be swapped for an empty stub that fails at run time.
import type { Plugin } from "vite";
import { build } from "vite";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";

/** The module ids of one Rollup build, each with the chain of importers that brought it in from an entry. */
interface BundledModule {
  id: string;
  via: string[];
}

/** A plugin that records every module of the build it runs in, with how it was reached. */
function recordModules(into: BundledModule[]): Plugin {
  return {
    name: "panelgraph-test:record-modules",
    generateBundle() {
      for (const id of this.getModuleIds()) {
        const via: string[] = [];
        let current: string | undefined = id;
        const seen = new Set<string>();
        while (current !== undefined && !seen.has(current)) {
          seen.add(current);
          via.unshift(current);
          const info = this.getModuleInfo(current);
          if (info === null || info.isEntry) break;
          current = info.importers[0] ?? info.dynamicImporters[0];
        }
        into.push({ id, via });
      }
    },
  };
}

function shortName(id: string): string {
  return id.startsWith(ROOT) ? id.slice(ROOT.length) : id;
}

/** Modules the browser must not get: zod, and Node builtins (Vite replaces them with `__vite-browser-external`). */
function forbidden(id: string): boolean {
  return /[\\/]node_modules[\\/]zod[\\/]/.test(id) || id.startsWith("node:") || id.includes("__vite-browser-external");
}

describe("the viewer bundle", () => {
  it("contains neither zod nor a Node builtin, in the page or its worker", async () => {
    const modules: BundledModule[] = [];
    await build({
      configFile: `${ROOT}vite.config.ts`,
      publicDir: false,
      logLevel: "silent",
      build: { write: false },
      plugins: [recordModules(modules)],
      worker: { plugins: () => [recordModules(modules)] },
    });

    expect(modules.some(({ id }) => id.endsWith("viewer/main.ts"))).toBe(true);
    expect(modules.some(({ id }) => id.endsWith("viewer/core/details-worker.ts"))).toBe(true);
    // Where each forbidden package comes in, not every file inside it.
    const offending = modules
      .filter(({ id, via }) => forbidden(id) && !forbidden(via.at(-2) ?? ""))
      .map(({ via }) => via.map(shortName).join("\n    imports "));
    const hint =
      "the viewer bundles these (each with the imports that bring it in): take the model's names and types from " +
      "src/model/vocabulary.ts, not schema.ts, and keep Node APIs out of the files the viewer imports";
    expect(offending, hint).toEqual([]);
  });
});
