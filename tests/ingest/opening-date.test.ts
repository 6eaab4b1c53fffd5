// The date a text states at its opening, which add-source takes where the file's metadata gives none: a transcript's
// title block, a dated line near the top; and none where the opening is silent or gives several dates. Texts ours.
import { describe, expect, it } from "vitest";
import { openingDate } from "../../src/ingest/extract/opening-date.js";

describe("the date a text's opening states", () => {
  it("takes a transcript's title block date, a line of its own", () => {
    const text =
      "Fenby Panel on Rural Buses\n\nOral evidence: Evening services, HC 88\n\nTuesday 14 May 2024\n\n" +
      "Ordered to be published on 21 May 2024.\n\nQ1 Chair: Good morning.\n";
    expect(openingDate(text)).toEqual({
      found: { value: "2024-05-14", from: 'the title block, line 5: "Tuesday 14 May 2024"' },
    });
  });

  it("takes the one date of the short lines near the top, in either order of day and month", () => {
    const text =
      "Getting there: a roundtable\n\nWrite-up of a roundtable held by the Fenby Trust on 20 March 2024.\n\n" +
      "Ann Bell chaired it.\n";
    expect(openingDate(text).found).toEqual({
      value: "2024-03-20",
      from: 'a dated line near the top, line 3: "20 March 2024"',
    });
    expect(openingDate("Notes\n\nPosted March 4th, 2024 by Carl Dunn\n").found?.value).toBe("2024-03-04");
  });

  it("finds the same date, on the same line, in a text with Windows line ends (CRLF)", () => {
    for (const text of [
      "Fenby Panel on Rural Buses\n\nOral evidence: Evening services, HC 88\n\nTuesday 14 May 2024\n\nQ1 Chair: Hello.\n",
      "Mere Valley residents on the floodbank\nPublished 3 March 2025\n\n" + "The panel met at Ashby Mere. ".repeat(12),
      "Harbour Panel\nFirst evidence session\nHeld on 16 January 2024 at Fenby\n\nAnn Bell: Good morning.\n",
    ]) {
      const lf = openingDate(text).found;
      expect(lf).toBeDefined();
      expect(openingDate(text.replace(/\n/gu, "\r\n")).found).toEqual(lf);
    }
  });

  it("names the line the date is on where the title block's lines run on in one paragraph", () => {
    const text = "Harbour Panel\nFirst evidence session\nHeld on 16 January 2024 at Fenby\n\nAnn Bell: Good morning.\n";
    expect(openingDate(text).found?.from).toBe('a dated line near the top, line 3: "16 January 2024"');
  });

  it("takes nothing from a silent opening, a body's dates, or an opening of two dates", () => {
    expect(openingDate("Notes of a meeting\n\nAnn Bell spoke about buses.\n")).toEqual({});
    // A long paragraph is the body, not a dated line, and a date in it is what the text is about.
    const body = `Ann Bell said that ${"the buses stopped running and ".repeat(8)}on 3 May 2019 the last one went.`;
    expect(openingDate(`Notes\n\n${body}\n`)).toEqual({});
    expect(openingDate("Notes\n\nHeld on 3 May 2024 and again on 9 May 2024.\n")).toEqual({
      differing: ["3 May 2024", "9 May 2024"],
    });
    // A month and year, or a date the calendar lacks, is not a day the text is dated.
    expect(openingDate("Notes\n\nMay 2024\n\nSpring 2024\n")).toEqual({});
    expect(openingDate("Notes\n\n31 February 2024\n")).toEqual({});
  });
});
