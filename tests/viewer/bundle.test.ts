// What the viewer ships: the modules Vite bundles for the browser (viewer/main.ts and its worker), and the files of the
// static site, built once with the project's vite.config.ts from a graph folder as `panelgraph build` and `export` leave
// it. zod belongs to validation (src/model/schema.ts), not the page; a Node builtin would be swapped for an empty stub
// that fails at run time.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Plugin } from "vite";
import { build, mergeConfig } from "vite";
import { beforeAll, describe, expect, it } from "vitest";
import { CHANGES_META, CHANGES_URL } from "../../src/model/build-status.js";
import config, { BUILT_GRAPH_FILE, publishGraph, viewerConfig } from "../../vite.config.js";
import { tempDir } from "../helpers/corpus.js";
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
  const modules: BundledModule[] = [];
  let graphDir: string;
  let outDir: string;
  beforeAll(async () => {
    graphDir = tempDir();
    outDir = tempDir();
    // What build/ holds after `panelgraph build`, `npm start` and the README's exports.
    writeFileSync(join(graphDir, "graph.json"), '{ "nodes": [] }\n');
    writeFileSync(join(graphDir, "graph.view.json"), '{ "view": [] }\n');
    writeFileSync(join(graphDir, "graph.changes.json"), '{ "changes": [] }\n');
    // Kept for `panelgraph diff`, not for the public.
    writeFileSync(join(graphDir, "graph.previous.json"), '{ "nodes": [] }\n');
    writeFileSync(join(graphDir, "build-status.json"), '{ "problems": ["suggested miriam-okafor"] }\n');
    mkdirSync(join(graphDir, "export", "neo4j"), { recursive: true });
    writeFileSync(join(graphDir, "export", "graph.gexf"), "<gexf/>\n");
    writeFileSync(join(graphDir, "export", "neo4j", "import.sh"), "neo4j-admin import\n");
    await build(
      mergeConfig(viewerConfig({ graphFile: join(graphDir, "graph.json") }), {
        configFile: false,
        logLevel: "silent",
        build: { outDir, emptyOutDir: true },
        plugins: [recordModules(modules)],
        worker: { plugins: () => [recordModules(modules)] },
      }),
    );
  });

  it("contains neither zod nor a Node builtin, in the page or its worker", () => {
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

  it("publishes only index.html, the graph's three files and assets/, not the rest of the graph's folder", () => {
    // docs/viewer.md, "Hosting dist/": build-status.json (unreviewed names) and build/export/ stay private.
    expect(readdirSync(outDir).sort()).toEqual([
      "assets",
      "graph.changes.json",
      "graph.json",
      "graph.view.json",
      "index.html",
    ]);
    expect(readFileSync(join(outDir, "graph.changes.json"), "utf8")).toBe('{ "changes": [] }\n');
    // …and the page is told so, by the name and address the viewer looks for (viewer/core/changes.ts).
    const page = readFileSync(join(outDir, "index.html"), "utf8");
    expect(page).toContain(`<meta name="${CHANGES_META}" content="${CHANGES_URL}">`);
    expect(readFileSync(join(outDir, "graph.json"), "utf8")).toBe('{ "nodes": [] }\n');
    expect(readFileSync(join(outDir, "graph.view.json"), "utf8")).toBe('{ "view": [] }\n');
    // `npm run build` publishes what `panelgraph build` writes by default, and has no public folder.
    expect(BUILT_GRAPH_FILE).toBe(join(ROOT, "build", "graph.json"));
    expect((config as { publicDir?: unknown }).publicDir).toBe(false);
  });

  it("refuses to build a site without its graph, saying how to make one", () => {
    const plugin = publishGraph(join(tempDir(), "graph.json"));
    const context = {
      error: (message: string) => {
        throw new Error(message);
      },
    };
    expect(() => (plugin.generateBundle as (this: typeof context) => void).call(context)).toThrow(
      /^no graph to publish at .*graph\.json: run `npx panelgraph build` first \(`npm run build` runs both\)$/,
    );
  });
});
