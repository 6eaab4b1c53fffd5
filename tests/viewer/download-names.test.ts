// What the viewer names a download (viewer/views/words.ts downloadName, which downloads.ts fileName gives the graph's
// newest date, src/analysis/data-date.ts): the corpus and the data's date, the same date the PNG caption gives, so
// the same corpus downloaded on two days has one name, and a corpus with something newer another; no date when the
// graph has none (never the day of the download, which would date the data wrongly).
import { describe, expect, it } from "vitest";
import { dataDate } from "../../src/analysis/data-date.js";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { downloadName } from "../../viewer/views/words.js";
import { copyFixture, edit } from "../helpers/corpus.js";
import { MINI_DIR } from "../helpers/paths.js";

describe("a download's name", () => {
  it("carries the corpus's newest date, the caption's", () => {
    const newest = dataDate(buildCorpusGraph(MINI_DIR).graph).newest;
    expect(newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(downloadName("panelgraph-mini", "png", newest)).toBe(`panelgraph-mini-${newest}.png`);
    expect(downloadName("panelgraph-mini-visible", "gexf", newest)).toBe(`panelgraph-mini-visible-${newest}.gexf`);
  });

  it("changes when a newer source joins the corpus", () => {
    const dir = copyFixture();
    edit(dir, "sources/panel-a.yaml", /^date: .*$/m, 'date: "2099-01-02"');
    const newest = dataDate(buildCorpusGraph(dir).graph).newest;
    expect(downloadName("panelgraph-mini", "png", newest)).toBe("panelgraph-mini-2099-01-02.png");
  });

  it("has no date when nothing in the graph has one", () => {
    expect(downloadName("panelgraph-mini", "png", undefined)).toBe("panelgraph-mini.png");
    expect(downloadName("Fenby Trust hearings!", "gexf", undefined)).toBe("fenby-trust-hearings.gexf");
    expect(downloadName("???", "png", undefined)).toBe("graph.png");
    expect(downloadName("panelgraph-mini", "png", "2024-05")).toBe("panelgraph-mini-2024-05.png");
  });
});
