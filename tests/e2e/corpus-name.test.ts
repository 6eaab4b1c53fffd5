// Which corpus the viewer shows: `panelgraph build` writes the corpus folder's name (not its path) into graph.json,
// and the page names it in its status line and title, so a graph built from another corpus is not taken for this one.
import { cpSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openViewer, type OpenedViewer } from "../helpers/browser.js";
import { panelgraph } from "../helpers/cli.js";
import { MINI_DIR, tempDir } from "../helpers/corpus.js";

describe("the corpus a graph was built from", () => {
  const root = tempDir();
  let json = "";
  let viewer: OpenedViewer | undefined;

  /** Builds a copy of the mini corpus in `<parent>/harbour-panels` and returns its graph.json. */
  async function buildIn(parent: string, ...data: string[]): Promise<string> {
    const corpus = join(root, parent, "harbour-panels");
    mkdirSync(join(root, parent), { recursive: true });
    cpSync(MINI_DIR, corpus, { recursive: true });
    const out = join(root, parent, "graph.json");
    const run = await panelgraph("build", ...(data.length ? data : [corpus]), "--out", out);
    expect(run.code, run.stderr).toBe(0);
    return readFileSync(out, "utf8");
  }

  beforeAll(async () => {
    json = await buildIn("a");
  });
  afterAll(async () => viewer?.close());

  it("is in graph.json by its folder's name; the same corpus elsewhere gives the same bytes", async () => {
    expect(JSON.parse(json).attributes.corpus).toBe("harbour-panels");
    expect(json).not.toContain(root);
    expect(await buildIn("b", join(root, "b", "harbour-panels") + "/")).toBe(json);
  });

  it("is named in the viewer's status line and title", async () => {
    viewer = await openViewer(json);
    expect(await viewer.page.textContent("#status")).toMatch(
      /^Corpus harbour-panels: \d+ nodes, \d+ edges from 2 sources$/,
    );
    expect(await viewer.page.title()).toBe("harbour-panels · panelgraph");
  });
});
