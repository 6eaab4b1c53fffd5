// An evidence passage is quoted with the bracket it opens closed, when the text closes it right after: on a text
// written for this test (names and bodies invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { closeBrackets } from "../../src/suggest/text.js";
import { draftOf, paragraphsText } from "../helpers/draft.js";

describe("closeBrackets", () => {
  const text = "The Minister for Ferries (Ann Bell) spoke. Tom Reed [Fenby] (Lab)";
  const span = (from: string, to: string) => ({
    start: text.indexOf(from),
    end: text.indexOf(to) + to.length,
  });

  it("takes the closing bracket that follows a passage opening one", () => {
    const s = closeBrackets(text, span("The Minister", "Ann Bell"));
    expect(text.slice(s.start, s.end)).toBe("The Minister for Ferries (Ann Bell)");
  });

  it("leaves a balanced passage, and one whose bracket the text does not close next, as they are", () => {
    const whole = span("The Minister", "(Ann Bell)");
    expect(closeBrackets(text, whole)).toEqual(whole);
    const open = span("The Minister", "(Ann");
    expect(closeBrackets(text, open)).toEqual(open);
  });

  it("closes a square bracket too", () => {
    const s = closeBrackets(text, span("Tom Reed", "[Fenby"));
    expect(text.slice(s.start, s.end)).toBe("Tom Reed [Fenby]");
  });
});

describe("a minister's label line as evidence", () => {
  it("is quoted with its closing bracket", () => {
    const draft = draftOf(
      paragraphsText(
        "Ferry Services in Island Communities",
        "Volume 912: debated on Tuesday 3 March 2026",
        "4.30 pm",
        "Tom Reed (Fenby North) (Lab)",
        "I beg to move,",
        "That this House has considered ferry services in island communities.",
        "It is a pleasure to serve under your chairmanship, Mrs Penrose. Islanders have waited three winters for a timetable.",
        "Jane Holt (Westmere) (Con)",
        "Will the hon. Member give way?",
        "Tom Reed",
        "I will give way.",
        "Mrs Penrose (in the Chair)",
        "Order. I call the Minister.",
        "The Minister for Maritime Affairs (Ruth Calloway)",
        "It is a pleasure, as ever, to serve under your chairmanship, Mrs Penrose.",
      ),
    );
    const quotes = draft.claims.flatMap((c) => c.evidence.map((e) => e.quote));
    expect(quotes).toContain("The Minister for Maritime Affairs (Ruth Calloway)");
    expect(quotes.filter((q) => (q.match(/\(/gu) ?? []).length > (q.match(/\)/gu) ?? []).length)).toEqual([]);
  });
});
