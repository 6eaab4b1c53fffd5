// How the status line and a picture's caption name a corpus by its folder (viewer/views/words.ts corpusTitle).
import { describe, expect, it } from "vitest";
import { corpusTitle } from "../../viewer/views/words.js";

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
