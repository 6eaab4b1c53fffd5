// What the viewer names a download (viewer/views/words.ts downloadName, which downloads.ts fileName gives the graph's
// newest source date): the corpus and the data's date, the same date the PNG caption gives (the newest source date;
// today's only when no source has a full date), so the same corpus downloaded on two days has one name, and a corpus
// with a newer source another.
import { describe, expect, it } from "vitest";
import { newestSourceDate } from "../../src/export/gexf.js";
import { buildCorpusGraph } from "../../src/export/graph-file.js";
import { captionHeading, downloadName } from "../../viewer/views/words.js";
import { copyFixture, edit } from "../helpers/corpus.js";
import { MINI_DIR } from "../helpers/paths.js";

const [monday, tuesday] = [new Date("2026-12-07T09:00:00Z"), new Date("2026-12-08T09:00:00Z")];

describe("a download's name", () => {
  it("carries the corpus's newest source date, the caption's, not the day it is downloaded", () => {
    const newest = newestSourceDate(buildCorpusGraph(MINI_DIR).graph);
    expect(newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(downloadName("panelgraph-mini", "png", newest, monday)).toBe(`panelgraph-mini-${newest}.png`);
    expect(downloadName("panelgraph-mini", "png", newest, tuesday)).toBe(`panelgraph-mini-${newest}.png`);
    expect(downloadName("panelgraph-mini-visible", "gexf", newest, tuesday)).toBe(
      `panelgraph-mini-visible-${newest}.gexf`,
    );
    expect(captionHeading("Corpus mini", newest, tuesday)).toBe(`Corpus mini · ${newest}`);
  });

  it("changes when a newer source joins the corpus", () => {
    const dir = copyFixture();
    edit(dir, "sources/panel-a.yaml", /^date: .*$/m, 'date: "2099-01-02"');
    const newest = newestSourceDate(buildCorpusGraph(dir).graph);
    expect(downloadName("panelgraph-mini", "png", newest, monday)).toBe("panelgraph-mini-2099-01-02.png");
  });

  it("falls back to today's date only when no source has a full date", () => {
    expect(downloadName("panelgraph-mini", "png", undefined, monday)).toBe("panelgraph-mini-2026-12-07.png");
    expect(downloadName("Fenby Trust hearings!", "gexf", undefined, tuesday)).toBe(
      "fenby-trust-hearings-2026-12-08.gexf",
    );
    expect(downloadName("???", "png", undefined, tuesday)).toBe("graph-2026-12-08.png");
  });
});
