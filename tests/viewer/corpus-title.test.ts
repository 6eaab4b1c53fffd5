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
  it("names the corpus and says what its dates are (tests/analysis/data-date.test.ts)", () => {
    const date = { newest: "2023-03-24", dated: ["sources", "sessions"], undatedSources: 2 };
    expect(captionHeading("Corpus mini", date)).toBe(
      "Corpus mini · sources and sessions up to 24 March 2023; 2 sources undated",
    );
    expect(captionHeading("Corpus", { newest: undefined, dated: [], undatedSources: 3 })).toBe("Corpus · undated");
  });
});
