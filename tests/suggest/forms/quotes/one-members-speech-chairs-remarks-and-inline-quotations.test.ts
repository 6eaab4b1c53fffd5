// Stop 47: quote attribution read from released set 77, each form written as other authors write it too. A page
// printing one member's debate speech alone under the member's label line (no second speaker), which opens as only a
// debate's speech does (the mover's "I beg to move", the chair addressed); the motion printed under "I beg to move,"
// (a document's words); a meeting's page giving the chair's opening remarks under a heading ("Chair's Opening
// Remarks:"), the chair named in the title block; another's words quoted after "He said:" on one line inside a turn.
// Every person, body, seat and word here is invented.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

describe("one member's debate speech alone under the member's label line", () => {
  const speech = (label: string, opening: string[]) =>
    [
      "Harbour Dues: Government Support Debate",
      "",
      label,
      ...opening,
      "This morning, many of us will have seen the storm damage along the coast, and the harbours that took the worst of it.",
      "I hope hon. Members will forgive that aside; the harbours have struggled for years with the dues the Government set.",
    ].join("\n") + "\n";
  for (const [label, opening] of [
    [
      "Tom Reed (Fenby North) (LD)",
      ["I beg to move,", "That this House has considered Government support for harbour dues."],
    ],
    ["Tom Reed (Fenby North) (Con)", ["It is a pleasure to serve under your chairmanship, Ms Bell."]],
    [
      "Tom Reed (Fenby North) (Lab)",
      ["Madam Deputy Speaker, I beg to move,", "That the Bill be now read a Second time."],
    ],
    ["Tom Reed (Fenby North) (SNP)", ["It is an absolute privilege to serve under your chairship, Ms Bell."]],
  ] as const) {
    it(`gives the speech to the member: '${label}' over '${opening[0]}'`, () => {
      const draft = draftOf(speech(label, [...opening]));
      expect(saidBy(draft, "many of us will have seen the storm damage")).toEqual(["Tom Reed"]);
      expect(saidBy(draft, "the harbours have struggled for years")).toEqual(["Tom Reed"]);
    });
  }
  it("gives no one the motion printed under 'I beg to move,'", () => {
    for (const motion of [
      "That this House has considered Government support for harbour dues.",
      "That the Bill be now read a Second time.",
      "That this House calls on the Government to freeze harbour dues.",
    ]) {
      const draft = draftOf(speech("Tom Reed (Fenby North) (LD)", ["I beg to move,", motion]));
      expect(saidBy(draft, motion.slice(5, 30))).toEqual([]);
      expect(saidBy(draft, "many of us will have seen the storm damage")).toEqual(["Tom Reed"]);
    }
  });
  it("reads no speech under a member's line over a write-up's words", () => {
    const draft = draftOf(
      speech("Tom Reed (Fenby North) (LD)", [
        "The member spoke about harbour dues at the meeting on Tuesday evening in the town hall.",
      ]),
    );
    expect(saidBy(draft, "many of us will have seen the storm damage")).toEqual([]);
  });
});

describe("the chair's opening remarks under a heading, the chair named in the title block", () => {
  const page = (heading: string, chairLine: string) =>
    lines(
      "3/5/28 – Harbour Dues and the Winter Sailings",
      "All-Party Parliamentary Group on Harbours",
      chairLine,
      heading,
      "Good evening, and thank you for coming to the twelfth gathering of our harbours group.",
      "Fenby Ports announced last week that the harbour dues will go up from January.",
      "I am delighted that two people from Fenby Ports have joined us tonight to explain the change.",
    );
  for (const heading of [
    "Chair’s Opening Remarks:",
    "Chair's opening remarks",
    "Opening remarks by the Chair:",
    "Remarks from the Chair",
  ]) {
    it(`gives the remarks under '${heading}' to the chair`, () => {
      const draft = draftOf(page(heading, "Chair: Ann Bell MP"));
      expect(saidBy(draft, "harbour dues will go up from January")).toEqual(["Ann Bell"]);
      expect(saidBy(draft, "delighted that two people from Fenby Ports")).toEqual(["Ann Bell"]);
    });
  }
  it("not when a speaker's label follows the heading (the label gives the turn)", () => {
    const text = lines(
      "Harbours Inquiry Preliminary Hearing",
      "Chair's opening remarks",
      "Lady Frith: Good morning to you all. We open the second day of the inquiry into the harbour dues.",
      "Ms Quill: Thank you, my Lady. The harbour needs dredging before the winter sailings begin.",
    );
    expect(saidBy(draftOf(text), "The harbour needs dredging")).toEqual(["Ms Quill"]);
  });
});

describe("another's words after 'He said:' on one line inside a turn", () => {
  const turn = (handover: string) =>
    lines(
      "Chair: Ann Bell MP",
      "Chair’s Opening Remarks:",
      "Good evening, and thank you for coming to the twelfth gathering of our harbours group.",
      "Tom Reed, chief executive of Fenby Ports, did not mince words.",
      `${handover} “From January, the harbour dues will rise for every boat that lands a catch at Fenby.”`,
      "I am delighted that two people from Fenby Ports have joined us tonight.",
    );
  for (const handover of ["He said:", "As he put it:", "The chief executive warned:"]) {
    it(`is not the chair's after '${handover}'`, () => {
      const draft = draftOf(turn(handover));
      expect(saidBy(draft, "the harbour dues will rise for every boat")).not.toContain("Ann Bell");
      expect(saidBy(draft, "delighted that two people from Fenby Ports")).toEqual(["Ann Bell"]);
    });
  }
});

// Stop 47 (set 80): a news story that names its speaker once, then gives her words over several paragraphs with "she
// said", the paragraphs between naming no one (a body, a quotation's sentences): the pronoun still points back to her.
describe("'she said' over paragraphs after the speaker is named once", () => {
  const story = (between: string) =>
    lines(
      "Ann Bell, who has chaired the Fenby Harbour Board since the spring, said the board was unhappy with the harbour plan Tom Reed’s department put out last week.",
      "“There is hardly a word in it about the boats that use this harbour every day, and that is a serious gap,” she said.",
      between,
      "“Nobody should pretend the tides will keep the channel clear on their own,” she said. “We have heard plenty of promises from other ports. Most of them came to nothing.”",
      "For now, she said crews were holding off until the new dues were known. “Not one crew I speak to is asking for a handout. If the catch paid its way, they would happily do without the grant,” she said.",
    );
  for (const between of [
    "The Harbour Board asked crews to support the plan in 2026, but she said she respected their vote. Even so, she said the grants had to stay.",
    "She told the meeting the board would keep asking. She added that the grants mattered more than ever.",
    "The Fenby Harbour Board has argued for the grants since 2020, and it will publish its own plan in the spring. It has written to every council on the coast.",
  ]) {
    it(`gives her every quotation, with '${between.slice(0, 40)}…' between`, () => {
      const draft = draftOf(story(between));
      expect(saidBy(draft, "pretend the tides will keep the channel")).toEqual(["Ann Bell"]);
      expect(saidBy(draft, "Not one crew I speak to is asking for a handout")).toEqual(["Ann Bell"]);
    });
  }
  it("not past a sentence that names another who speaks", () => {
    const draft = draftOf(
      story(
        "Later, Kit Lamb, the harbour master, said the dues were fair. Kit Lamb added that the board had been heard.",
      ),
    );
    expect(saidBy(draft, "pretend the tides will keep the channel")).not.toContain("Ann Bell");
  });
});
