// Stop 43: a speaker written as a definite description of an office ("the new mayor adds that …", "The MP told …"),
// the name given in an earlier sentence. Every name, seat, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

describe("'the Green MSP also urged …, saying “…”': the subject of the sentence before, by the seat", () => {
  const draft = draftOf(
    lines(
      "Ferry summit report",
      "Orla Pennick, Island Minister for Harbours and Ferries, spoke about the cost of the crossings. Calling for more sailings, the Green MSP also urged a cut in fares, saying “cheaper or not, we need more people on the boats if we are to keep the routes”.",
    ),
  );

  it("gives the words to the one the sentence before names", () => {
    expect(saidBy(draft, "we need more people on the boats")).toEqual(["Orla Pennick"]);
  });
});

describe("'In a bold claim, the new mayor adds that …': an opening phrase, then the office", () => {
  const draft = draftOf(
    lines(
      "Mr Larkworthy says that the ferries are unreliable and that new boats will be bought. In a bold claim, the new mayor adds that the service at present “is barely a timetable at all.” He will buy two boats.",
    ),
  );

  it("gives the words to the subject of the sentence before", () => {
    expect(saidBy(draft, "is barely a timetable at all")).toEqual(["Mr Larkworthy"]);
  });
});

describe("'The MP told the delegates that … was “…”': the one named with that office, others named after the verb", () => {
  const draft = draftOf(
    lines(
      "FENBY West MP Tomasz Reed has described the new harbour master as “a steady hand” for the port.",
      "The MP told more than 80 delegates that Mr Quarrie’s mother had worked on the docks so the new harbour master – who replaced Ann Bell – was “steeped in the port’s past.”",
    ),
  );

  it("gives the words to the MP, not to those named in what he said", () => {
    expect(saidBy(draft, "steeped in the port’s past")).toEqual(["Tomasz Reed"]);
  });
});

describe("refused: an office that is not the one named before, a body, a spokesman, an office's staff", () => {
  const cases = [
    "Ann Bell, chief executive of Fenby Ports, welcomed the plan. The minister said the plan was “a good start”.",
    "Ann Bell spoke about the harbour. The council said the plan was “a good start”.",
    "Ann Bell spoke about the harbour. The spokesman for the council said the plan was “a good start”.",
    "Ann Bell spoke about the harbour. The minister's office said the plan was “a good start”.",
  ];
  for (const text of cases) {
    it(`leaves the words to no one: ${text.slice(34, 80)}…`, () => {
      expect(saidBy(draftOf(lines(text)), "a good start")).toEqual([]);
    });
  }
});
