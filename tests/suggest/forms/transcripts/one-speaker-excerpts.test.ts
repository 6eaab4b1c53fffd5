// Stop 42: excerpts of a parliament's record that hold one speaker's turn, or whose labels the page prints in a way
// not read before. Every name, seat, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import {
  chairsIn,
  draftOf,
  paragraphsText as lines,
  peopleIn,
  saidByIn as saidBy,
  transcriptOf,
} from "../../../helpers/draft.js";

describe("KildareStreet's page of one deputy's speech: 'Photo of NameName (Seat, Party) | Oireachtas source'", () => {
  const text = lines(
    "Oireachtas Joint and Select Committees",
    "Thursday, 4 May 2028",
    "Committee on Harbours and Ferries",
    "Business of Committee",
    "2:00 pm",
    "Photo of Orla PennickOrla Pennick (Fenby West, Harbour Party) | Oireachtas source",
    "My party pressed for this committee because the ferry timetable fails the islands. Our job is to look at the ferry timetable and send the Government proposals it can use.",
    "Winter makes it worse each year. Today I want us to agree to take written evidence from the island councils.",
  );
  const draft = draftOf(text);

  it("gives both paragraphs to the deputy the photo line names", () => {
    expect(saidBy(draft, "Our job is to look at the ferry timetable")).toEqual(["Orla Pennick"]);
    expect(saidBy(draft, "take written evidence from the island councils")).toEqual(["Orla Pennick"]);
  });
});

describe("the Oireachtas record: the chairman's unlabelled opening, then 'Ms Name' alone over the witness's speech", () => {
  const text = lines(
    "JOINT COMMITTEE ON HARBOURS AND FERRIES debate -",
    "Tuesday, 9 May 2028",
    "Island Ferry Services: Discussion.",
    "Last month the committee wrote to the Ferry Users Alliance for a briefing. With us are Ms Orla Pennick of the Island Council and Mr Tomasz Reed of Fenby Ferries. I invite Ms Pennick to begin.",
    "Ms Orla Pennick",
    "Thank you, Chairman. Our alliance began in 2021 after the cuts to the winter timetable. Our members say the winter timetable leaves the islands without a crossing for days.",
  );
  const draft = draftOf(text);

  it("gives the speech under the name line to her", () => {
    expect(saidBy(draft, "Our alliance began in 2021")).toEqual(["Orla Pennick"]);
  });

  it("gives the chairman's unlabelled opening to no one", () => {
    expect(saidBy(draft, "I invite Ms Pennick to begin")).toEqual([]);
  });
});

describe("Parallel Parliament's debate summary: name, party, seat a line each over each member's speech", () => {
  const text = lines(
    "Ferry Safety and Resilience",
    "11 May 2028",
    "Lead MP",
    "Orla Pennick",
    "Debate Type",
    "General Debate",
    "How the Debate Unfolded",
    "Orla Pennick",
    "Lab",
    "Fenby North",
    "This debate comes a week after the crossings report was published. My department will bring forward the repairs to the harbour walls.",
    "Tomasz Reed",
    "Con",
    "Marlow and Tarrant",
    "The Minister's answer is welcome. Will islanders who paid for the delays be repaid by the operator?",
  );
  const draft = draftOf(text);

  it("gives each speech to the member named over it", () => {
    expect(saidBy(draft, "bring forward the repairs to the harbour walls")).toEqual(["Orla Pennick"]);
    expect(saidBy(draft, "be repaid by the operator")).toEqual(["Tomasz Reed"]);
  });
});

describe("a Commons evidence transcript copied as one run of text: 'Q1 Chairman: …' then 'Dame Name: …' inside it", () => {
  const text = lines(
    "UNCORRECTED TRANSCRIPT OF ORAL EVIDENCE",
    "FERRY SERVICES",
    "Oral evidence Taken before the Harbours Committee on Monday 8 May 2028 Members present: Mr Kit Lamb, in the Chair Mr Tomasz Reed Ida Frith Jo Marsh Mr Owen Price ________________ Examination of Witnesses Witnesses: Dame Orla Pennick, Permanent Secretary, and Mr Dan Hale, Director, examined. Q1 Chairman: Thank you for coming. Our subject today is ferry services. Could you begin by telling us who is with you? Dame Orla Pennick: Dan Hale runs the ferries division and will answer on the timetable.",
  );
  const draft = draftOf(text);

  it("gives each turn to its speaker", () => {
    expect(saidBy(draft, "Our subject today is ferry services")).toEqual(["Kit Lamb"]);
    expect(saidBy(draft, "Dan Hale runs the ferries division")).toEqual(["Orla Pennick"]);
  });

  it("reads each member of the list run together after the chair's mark", () => {
    expect(peopleIn(draft)).toEqual(
      expect.arrayContaining(["Kit Lamb", "Tomasz Reed", "Ida Frith", "Jo Marsh", "Owen Price"]),
    );
    expect(chairsIn(draft)).toEqual(["Kit Lamb"]);
  });
});

describe("what is still refused", () => {
  it("a title and name alone on a line that no one invited stays prose", () => {
    const text = lines(
      "JOINT COMMITTEE ON HARBOURS AND FERRIES debate -",
      "Island Ferry Services: Discussion.",
      "Last month the committee wrote to the Ferry Users Alliance for a briefing. I welcome the delegation.",
      "Ms Orla Pennick",
      "Thank you, Chairman. Our alliance began in 2021 after the cuts to the winter timetable. Our members say the winter timetable leaves the islands without a crossing for days.",
    );
    expect(transcriptOf(text)).toBeUndefined();
  });

  it("a list of members, name, party and seat a line each, with no speech under them, is no transcript", () => {
    const text = lines(
      "Members who took part",
      "Orla Pennick",
      "Lab",
      "Fenby North",
      "Tomasz Reed",
      "Con",
      "Marlow and Tarrant",
      "The debate lasted ninety minutes.",
    );
    expect(transcriptOf(text)).toBeUndefined();
  });

  it("an agenda heading over its time ('Business of Committee' / '2:00 pm') is no speaker", () => {
    const text = lines(
      "Committee on Harbours and Ferries",
      "Business of Committee",
      "2:00 pm",
      "The committee met in private to agree its work programme for the session ahead.",
    );
    expect(transcriptOf(text)?.turns.length ?? 0).toBe(0);
  });
});
