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
      from: 'a dated line near the top, line 3: "Write-up of a roundtable held by the Fenby Trust on 20 March 2024."',
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
    expect(openingDate(text).found?.from).toBe('a dated line near the top, line 3: "Held on 16 January 2024 at Fenby"');
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

describe("a dated line is a dateline or a byline, never a sentence of the text (w49 #2)", () => {
  const dateOf = (line: string) =>
    openingDate(`Fenby notes\n\n${line}\n\nAnn Bell chaired the meeting.\n`).found?.value;

  it("takes a date from a dateline's and a byline's forms, and says which line", () => {
    for (const line of [
      "Published 3 March 2026",
      "Last updated: 3 March 2026",
      "By Ann Bell, 3 March 2026",
      "By Ann Bell | Fenby Trust | 3 March 2026",
      "3 March 2026 | Fenby",
      "Tuesday 3 March 2026, 10.30am",
      "FENBY, 3 March 2026 – The council met again.",
      "Rivers Panel — 3 March 2026",
      "Volume 90: debated on Tuesday 3 March 2026",
      "Minutes of a meeting held at Fenby Town Hall on 3 March 2026.",
    ]) {
      expect(dateOf(line), line).toBe("2026-03-03");
    }
    expect(openingDate("Fenby notes\n\nBy Ann Bell, Fenby Trust, 3 March 2026\n").found?.from).toBe(
      'a dated line near the top, line 3: "By Ann Bell, Fenby Trust, 3 March 2026"',
    );
  });

  it("takes no date a sentence of the text names, however near the top, and says which line named one", () => {
    const news =
      "Fenby council names new chief executive\n\nFenby Town Council has appointed Ann Bell as its Chief Executive " +
      "from 1 October 2026, after two months as acting head of the authority.\n\nCarl Dunn welcomed it.\n";
    expect(openingDate(news)).toEqual({ inSentence: { written: "1 October 2026", line: 3 } });
    for (const line of [
      "The council will vote on the plan on 3 March 2026.",
      "The council appointed Ann Bell as its chair on 3 March 2026.",
      "By 3 March 2026 the wall will be finished.",
      "Her report, published on 3 March 2026, found the wall failing.",
      "Given the cuts announced on 3 March 2026, the trust closed two wards.",
      "Work on the sea wall starts from 3 March 2026, the council says.",
    ]) {
      expect(dateOf(line), line).toBeUndefined();
    }
  });
});
