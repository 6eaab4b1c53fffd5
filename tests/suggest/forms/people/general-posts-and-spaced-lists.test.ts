// Round 15: people, chairs and posts in forms counted over the blind misses of set 16 and what sets 13–15 still missed,
// each on a small text written for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, chairsIn, draftOf, paragraphsText as lines, peopleIn } from "../../../helpers/draft.js";

describe("a post whose last word is 'General' before a name", () => {
  it("reads 'Secretary General' as the post, not 'General' as a rank of the name", () => {
    const draft = draftOf("FHL Secretary General Ines Varga said the league would meet again in May.", []);
    expect(peopleIn(draft)).toEqual(["Ines Varga"]);
    expect(affiliationsIn(draft)).toEqual([["Ines Varga", "Secretary General", "FHL"]]);
  });

  it("reads 'the Attorney General' and 'Director General' the same way", () => {
    expect(peopleIn(draftOf("The Attorney General Tomas Quill said the case was closed.", []))).toEqual([
      "Tomas Quill",
    ]);
    const draft = draftOf("Marlow Harbour Trust Director General Odile Brassard said the fees would rise.", []);
    expect(peopleIn(draft)).toEqual(["Odile Brassard"]);
    expect(affiliationsIn(draft)).toEqual([["Odile Brassard", "Director General", "Marlow Harbour Trust"]]);
  });

  it("reads no name after 'General' in a headline in capitals ('… General Testifies Before …')", () => {
    const text = lines(
      "Attorney General Testifies Before Harbour Lawmakers. Aired 1:30 pm",
      "Tomas Quill said the fees would rise.",
    );
    expect(peopleIn(draftOf(text, []))).toEqual(["Tomas Quill"]);
  });
});

describe("openparliament.ca's 'Also speaking' line: a name, two spaces, then posts and bodies", () => {
  const text = lines(
    "Evidence of meeting #12 for Coastal Affairs in the 46th Parliament, 1st Session. The winning word was harbour.",
    "On the agenda",
    "MPs speaking",
    "Also speaking",
    "Odile Brassard  Commander, Fenby Health Services, Harbour Champion for Youth, Department of Coastal Affairs\n" +
      "Tomas Quill  Acting Director General, Harbour Resource Management, Department of Coastal Affairs\n" +
      "Ines Farrow  Co-Chief Executive Officer, Tarnak Uvagut\n" +
      "Petra Lund  Scientist, As an Individual",
    "4:05 p.m.",
    "Liberal",
    "The Chair Liberal Colette Marchand",
    "Welcome back. Mr. Ashdown, you have the floor.",
    "4:05 p.m.",
    "Conservative",
    "Gordon Ashdown Conservative Fenby—Marlow, NL",
    "Have the harbour fees risen since the new rules came in?",
    "4:05 p.m.",
    "Acting Director General, Harbour Resource Management, Department of Coastal Affairs",
    "Tomas Quill",
    "The fees have risen twice since the spring.",
  );
  const draft = draftOf(text);

  it("reads no one's name in the posts and bodies after the two spaces", () => {
    const people = peopleIn(draft);
    expect(people).toEqual(expect.arrayContaining(["Odile Brassard", "Tomas Quill", "Ines Farrow", "Petra Lund"]));
    expect(people).not.toContain("Harbour Champion");
    expect(people).not.toContain("Harbour Resource Management");
    expect(people).not.toContain("Tarnak Uvagut");
  });

  it("reads the posts before the last piece as the post at the body the last piece names", () => {
    const affiliations = affiliationsIn(draft);
    expect(affiliations).toContainEqual([
      "Tomas Quill",
      "Acting Director General, Harbour Resource Management",
      "Department of Coastal Affairs",
    ]);
    expect(affiliations).toContainEqual(["Ines Farrow", "Co-Chief Executive Officer", "Tarnak Uvagut"]);
    expect(affiliations.filter(([who]) => who === "Petra Lund")).toEqual([]);
  });
});

describe("a list printed in columns, two spaces between its names", () => {
  it("reads a titled name after the two spaces as a person, not as a post", () => {
    const text = lines(
      "Present:",
      "Cllr Ann Bell  Cllr Tom Reed, Cllr Sue Lowe",
      "The meeting opened at 7pm and Cllr Bell said the budget was tight.",
    );
    expect(peopleIn(draftOf(text))).toEqual(["Ann Bell", "Tom Reed", "Sue Lowe"]);
  });
});

describe("words in no one's name", () => {
  it("reads 'Moderator Name' as a session's chair, the word no part of the name", () => {
    const draft = draftOf("Moderator Kit Lamb opened the evening with a question about fares.");
    expect(peopleIn(draft)).toEqual(["Kit Lamb"]);
    expect(chairsIn(draft)).toEqual(["Kit Lamb"]);
  });

  it("reads no chair where 'Moderator' is a body's post after its name", () => {
    expect(chairsIn(draftOf("The Church of Fenby Moderator Ines Varga began the session."))).toEqual([]);
  });

  it("reads no person in a venue's name ending in 'Hotel'", () => {
    expect(peopleIn(draftOf("The panel was held at The Rowan Hotel in Fenby."))).toEqual([]);
  });

  it("reads no person in a body's name with 'International' and no body's word", () => {
    const text = "The talk was presented by Marlow Across Tides International FB, Days of Talk, and the Fenby Trust.";
    expect(peopleIn(draftOf(text))).toEqual([]);
  });
});

describe("'chaired by' after a body's name and a comma", () => {
  it("reads the body's chair, not the session's, where no verb is before the participle", () => {
    const text =
      "Edward Pike spoke first on sentencing. He is a trustee of the Fenby Harbour Trust, now chaired by Kit Lamb, " +
      "whose family has long cared about harbours.";
    expect(chairsIn(draftOf(text))).toEqual([]);
  });

  it("still reads the session's chair after the session's name and a comma", () => {
    expect(chairsIn(draftOf("The session, chaired by Kit Lamb, looked at harbour fees."))).toEqual(["Kit Lamb"]);
  });
});
