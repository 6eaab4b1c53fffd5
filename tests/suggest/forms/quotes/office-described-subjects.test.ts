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

describe("'She advocates … as Mr Larkworthy and says …': the pronoun opening the sentence, not a man named after it", () => {
  const text = (sentence: string) =>
    lines(
      "Mayors",
      "Mr Larkworthy won in the West.",
      `In the North East, Ann Bell has been elected Mayor. ${sentence}`,
    );

  it("gives the words to the woman the pronoun points back to", () => {
    const draft = draftOf(
      text(
        "She advocates ferry reform with the same urgency as Mr Larkworthy and says via her manifesto that public control of the ferries will “start in the first week.” The target is 2030.",
      ),
    );
    expect(saidBy(draft, "start in the first week")).toEqual(["Ann Bell"]);
  });

  it("refused: a man who is the subject himself, the pronoun inside an opening clause", () => {
    const draft = draftOf(
      text("After she won, Mr Larkworthy said that public control of the ferries would “start in the first week.”"),
    );
    expect(saidBy(draft, "start in the first week")).toEqual(["Mr Larkworthy"]);
  });
});

describe("'a panel session that looked at “Why …,”': the session's question is its title, no one's words", () => {
  const draft = draftOf(
    lines(
      "Port summit",
      "At a panel session that looked at “Why the ports fill so slowly,” Orla Pennick, Fenby Ports’ chief executive said: “We are at a turning point and the pieces are coming together.”",
      "Ann Bell, who chaired the session that looked at fuel, said it was “a turning point for the port”.",
    ),
  );

  it("drafts no one's quotation of the title, and the speaker's words after it", () => {
    expect(saidBy(draft, "Why the ports fill so slowly")).toEqual([]);
    expect(saidBy(draft, "We are at a turning point")).toEqual(["Orla Pennick"]);
  });

  it("refused: words in lower case after the session's topic are the speaker's", () => {
    expect(saidBy(draft, "a turning point for the port")).toEqual(["Ann Bell"]);
  });
});
