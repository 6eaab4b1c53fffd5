// Stop 33, second round: a UK committee's transcript as a document-sharing site gives an excerpt of it, all one run of
// text: the title block, then the chair's numbered opening and the first answer only ("… Members present: … Q41
// Chair: Welcome … Tom Reed: Thank you …"). Two labels are turns under the run's own title block; without one, three
// are still needed. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, saidByIn as saidBy, transcriptOf } from "../../../helpers/draft.js";

const block =
  "Rivers and Coasts Committee oral evidence: Flood defences - May 12 Members present: Ann Hollis (Chair); Peter Carrow; Jo Lindqvist. Questions 41 - 77 Witnesses I: Tom Reed, Chief Engineer, Fenby Water Board; Mara Ilse, Director, Coastal Trust. Examination of witnesses Witnesses: Tom Reed and Mara Ilse.";

describe("a run-together excerpt of two turns under its title block", () => {
  const variants: [string, string, string][] = [
    ["Q41 Chair", "Tom Reed", "Ann Hollis"],
    ["Q41 The Chair", "Mara Ilse", "Ann Hollis"],
    ["Q41 Ann Hollis", "Tom Reed", "Ann Hollis"],
  ];
  for (const [asker, answerer, chair] of variants) {
    it(`reads "${asker}:" then "${answerer}:" as two turns`, () => {
      const text = `${block} ${asker}: Good afternoon, and thanks for coming to talk about flood defences. Why did the barrier fail in March? ${answerer}: It did not fail, in fact. Thank you, Chair, for asking me to explain what the gauges showed that night.\n`;
      const t = transcriptOf(text);
      expect(t?.turns.length).toBe(2);
      const draft = draftOf(text);
      expect(saidBy(draft, "Why did the barrier fail in March?")).toEqual([chair]);
      expect(saidBy(draft, "It did not fail, in fact.")).toEqual([answerer]);
    });
  }
});

describe("what is still refused", () => {
  it("two labels in a run with no title block stay one paragraph of prose", () => {
    const text =
      "The committee heard from the board. Q41 Chair: Why did the barrier fail? Tom Reed: It did not fail, the board says.\n";
    expect(transcriptOf(text)?.turns.length ?? 0).toBeLessThan(2);
  });
});
