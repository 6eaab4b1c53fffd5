// Stop 44: a time or a date run into a body's name, seen on real set 69 with an empty registry: a debate page's header
// "Chair, Harbours Committee 1:55, 8 February 2027" (a body "Harbours Committee 1:55") and a write-up's "On 20
// September 2026 Fenby’s Training Centre, …, held" (a body "20 September 2026 Fenby’s Training Centre"). With the
// refusals: a number that is part of a name ("Route 66 Trust"). Every name and body is invented.
import { describe, expect, it } from "vitest";
import { draftOf, organisationsIn } from "../../../helpers/draft.js";

describe("a time or a date is no word of a body's name", () => {
  it("ends a committee's name at the time after it in a debate page's header", () => {
    const text = [
      "Harbour Services",
      "– in the Fenby Assembly at 1:55 pm on 8 February 2027.",
      "Photo of Ann Bell Ann Bell Chair, Harbours Committee, Chair, Harbours Committee 1:55, 8 February 2027",
      "I beg to move that the report be approved. The harbour has been neglected for years and the committee has said so.",
      "Photo of Tom Reed Tom Reed Coast Party, Fenby North 2:05, 8 February 2027",
      "I thank the Chair of the committee for her statement on the harbour.",
    ].join("\n\n");
    const bodies = organisationsIn(draftOf(text));
    expect(bodies).toContain("Harbours Committee");
    expect(bodies.filter((b) => /\d/u.test(b))).toEqual([]);
  });

  it("starts a body's name after the date before it", () => {
    const text =
      "On 20 September 2026 Fenby’s Training Centre, Learn@Fenby, held a first open day for job seekers.\n\nAnn Bell, who manages Fenby, welcomed the visitors, and Tom Reed spoke about his job.\n";
    expect(organisationsIn(draftOf(text)).filter((b) => /\d/u.test(b))).toEqual([]);
  });

  it("keeps a number that is part of a body's name", () => {
    const text = "Ann Bell, director of the Route 66 Trust, said the road needed repair.\n";
    expect(organisationsIn(draftOf(text))).toEqual(["Route 66 Trust"]);
  });
});
