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
    "When we proposed this committee, we wanted it to do two things. We want it to look at the ferry timetable and to come up with proposals the Government can act on.",
    "We have to recognise that the ferry timetable is getting worse. I would like us to leave this meeting open to submissions from the island councils.",
  );
  const draft = draftOf(text);

  it("gives both paragraphs to the deputy the photo line names", () => {
    expect(saidBy(draft, "We want it to look at the ferry timetable")).toEqual(["Orla Pennick"]);
    expect(saidBy(draft, "open to submissions from the island councils")).toEqual(["Orla Pennick"]);
  });
});

describe("the Oireachtas record: the chairman's unlabelled opening, then 'Ms Name' alone over the witness's speech", () => {
  const text = lines(
    "JOINT COMMITTEE ON HARBOURS AND FERRIES debate -",
    "Tuesday, 9 May 2028",
    "Island Ferry Services: Discussion.",
    "Members will recall that we asked the Ferry Users Alliance to brief the committee. Those present include Ms Orla Pennick from the Island Council and Mr Tomasz Reed from Fenby Ferries. I invite Ms Pennick to begin.",
    "Ms Orla Pennick",
    "I thank the Chairman for the invitation. The alliance was formed in 2021 as a response to the cuts to the winter timetable. Our members say the winter timetable leaves the islands without a crossing for days.",
  );
  const draft = draftOf(text);

  it("gives the speech under the name line to her", () => {
    expect(saidBy(draft, "The alliance was formed in 2021")).toEqual(["Orla Pennick"]);
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
    "I rise to open this debate on ferry safety, following last week's report on the island crossings. We will accelerate the repairs to the harbour walls.",
    "Tomasz Reed",
    "Con",
    "Marlow and Tarrant",
    "I thank the Minister for what she just said. Could the islanders who have paid for the delays expect some form of compensation?",
  );
  const draft = draftOf(text);

  it("gives each speech to the member named over it", () => {
    expect(saidBy(draft, "accelerate the repairs to the harbour walls")).toEqual(["Orla Pennick"]);
    expect(saidBy(draft, "expect some form of compensation")).toEqual(["Tomasz Reed"]);
  });
});

describe("a Commons evidence transcript copied as one run of text: 'Q1 Chairman: …' then 'Dame Name: …' inside it", () => {
  const text = lines(
    "UNCORRECTED TRANSCRIPT OF ORAL EVIDENCE",
    "FERRY SERVICES",
    "Oral evidence Taken before the Harbours Committee on Monday 8 May 2028 Members present: Mr Kit Lamb, in the Chair Mr Tomasz Reed Ida Frith Jo Marsh Mr Owen Price ________________ Examination of Witnesses Witnesses: Dame Orla Pennick, Permanent Secretary, and Mr Dan Hale, Director, examined. Q1 Chairman: Good afternoon. Welcome to the Harbours Committee, where today we are looking at ferry services. Would you like to introduce your colleague? Dame Orla Pennick: On my right is Dan Hale, who is the head of the ferries division.",
  );
  const draft = draftOf(text);

  it("gives each turn to its speaker", () => {
    expect(saidBy(draft, "today we are looking at ferry services")).toEqual(["Kit Lamb"]);
    expect(saidBy(draft, "On my right is Dan Hale")).toEqual(["Orla Pennick"]);
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
      "Members will recall that we asked the Ferry Users Alliance to brief the committee. I welcome the delegation.",
      "Ms Orla Pennick",
      "I thank the Chairman for the invitation. The alliance was formed in 2021 as a response to the cuts to the winter timetable. Our members say the winter timetable leaves the islands without a crossing for days.",
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
