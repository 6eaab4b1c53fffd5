// Stop 45 (sets 72–73): a Holyrood official report's excerpt whose only chair's label carries her name ("The Convener
// (Name)" over her opening, "Name (Body)" over the witness's words), and a London Assembly page of a Mayor's question,
// whose fields ("Question By:", "Asked Of:", "Answered By:") are read as labels. Every name, body and word here is
// invented for these tests.
import { describe, expect, it } from "vitest";
import {
  draftOf,
  paragraphsText as lines,
  peopleIn,
  saidByIn as saidBy,
  transcriptOf,
} from "../../../helpers/draft.js";

describe("'The Convener (Name)' over the opening, then 'Name (Body)' over a witness's words, the convener's line only once", () => {
  const text = lines(
    "Harbours and Ferries Committee [Draft]",
    "Meeting date: Wednesday, May 6, 2026",
    "Ferries (Scotland) Bill: Stage 1",
    "The Convener (Morag Kinloch)",
    "Good morning, and welcome to the 12th meeting in 2026 of the Harbours and Ferries Committee. Phones should be on silent, please.",
    "Our witness today speaks for the island travellers. Mr Strachan, would you say a few words about yourself?",
    "Euan Strachan (Fenby Ferry Users Forum)",
    "Thank you, convener. I chair the Fenby Ferry Users Forum, and I have sailed on the island routes for thirty years.",
  );

  it("gives the witness's words to the witness, not to the convener", () => {
    const draft = draftOf(text);
    expect(saidBy(draft, "I chair the Fenby Ferry Users Forum")).toEqual(["Euan Strachan"]);
    expect(saidBy(draft, "Phones should be on silent")).toEqual(["Morag Kinloch"]);
  });
});

describe("a Mayor's question page: 'Question By:' over the member, 'Asked Of:' over the office, then the question", () => {
  const text = lines(
    "Ferry fares for islanders",
    "MQT on 2026-03-12",
    "Session date: \nMarch 12, 2026",
    "Question By: \nOrla Pennick\nHarbour Greens\nAsked Of: \nThe Mayor",
    "Will you freeze the ferry fares for islanders this year?",
    "Answer for Ferry fares for islanders",
    "Answered By: \nThe Mayor",
    "Tomasz Reed (Mayor of Fenby):  Thank you, Chair.  I froze the fares last year and I will freeze them again this year.  The islands need their ferries, and we are buying two new boats.",
  );

  it("reads no field as a person", () => {
    expect(peopleIn(draftOf(text))).not.toEqual(expect.arrayContaining([expect.stringMatching(/ (?:By|Of)$/u)]));
    expect(
      transcriptOf(text)?.turns.every(
        (t) => !/ (?:By|Of)$/u.test(text.slice(t.speaker.start, t.speaker.end)) || t.anonymous,
      ),
    ).toBe(true);
  });

  it("gives the question to the member the field names and the answer to the one who answers", () => {
    const draft = draftOf(text);
    expect(saidBy(draft, "Will you freeze the ferry fares")).toEqual(["Orla Pennick"]);
    expect(saidBy(draft, "I froze the fares last year")).toEqual(["Tomasz Reed"]);
    expect(saidBy(draft, "Orla Pennick")).toEqual([]);
  });
});
