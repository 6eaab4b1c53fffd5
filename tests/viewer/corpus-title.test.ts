// How the status line and a picture's caption name a corpus by its folder (viewer/views/words.ts corpusTitle).
import { describe, expect, it } from "vitest";
import { captionHeading, corpusTitle } from "../../viewer/views/words.js";

describe("corpusTitle", () => {
  it("names a corpus by its folder", () => {
    expect(corpusTitle("harbour-panels")).toBe("Corpus harbour-panels");
    expect(corpusTitle("graph-data")).toBe("Corpus graph-data");
  });

  it("does not say corpus twice for a folder named corpus, or one whose name says it", () => {
    expect(corpusTitle("corpus")).toBe("Corpus");
    expect(corpusTitle("Corpus")).toBe("Corpus");
    expect(corpusTitle("fenby-corpus")).toBe("fenby-corpus");
    expect(corpusTitle("corpus_2024")).toBe("corpus_2024");
    // A word that only contains the letters is a name like any other.
    expect(corpusTitle("corpuscle")).toBe("Corpus corpuscle");
  });
});

describe("the PNG caption's heading", () => {
  it("carries the corpus's newest source date, as the GEXF export does, not the day it is made", async () => {
    const { newestSourceDate } = await import("../../src/export/gexf.js");
    const { buildCorpusGraph } = await import("../../src/export/graph-file.js");
    const { MINI_DIR } = await import("../helpers/paths.js");
    const { graph } = buildCorpusGraph(MINI_DIR);
    const newest = newestSourceDate(graph);
    expect(newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [monday, tuesday] = [new Date("2026-12-07T09:00:00Z"), new Date("2026-12-08T09:00:00Z")];
    expect(captionHeading("Corpus mini", newest, monday)).toBe(`Corpus mini · ${newest}`);
    expect(captionHeading("Corpus mini", newest, tuesday)).toBe(captionHeading("Corpus mini", newest, monday));
  });

  it("falls back to today's date only when no source has a full date", () => {
    expect(captionHeading("Corpus", undefined, new Date("2026-12-07T09:00:00Z"))).toBe("Corpus · 2026-12-07");
  });
});
