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
      "I’d like to welcome you all to this, the 12th meeting of the All-Party Parliamentary Group on Harbours.",
      "Last week, Fenby Ports set the final level of the harbour dues and confirmed they would rise in January.",
      "So, I am really pleased to welcome two speakers from Fenby Ports here this evening to tell us more about it.",
    );
  for (const heading of [
    "Chair’s Opening Remarks:",
    "Chair's opening remarks",
    "Opening remarks by the Chair:",
    "Remarks from the Chair",
  ]) {
    it(`gives the remarks under '${heading}' to the chair`, () => {
      const draft = draftOf(page(heading, "Chair: Ann Bell MP"));
      expect(saidBy(draft, "set the final level of the harbour dues")).toEqual(["Ann Bell"]);
      expect(saidBy(draft, "really pleased to welcome two speakers")).toEqual(["Ann Bell"]);
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
      "I’d like to welcome you all to this, the 12th meeting of the All-Party Parliamentary Group on Harbours.",
      "Tom Reed, chief executive of Fenby Ports, did not mince words.",
      `${handover} “From January, the harbour dues will rise for every boat that lands a catch at Fenby.”`,
      "So, I am really pleased to welcome two speakers from Fenby Ports here this evening.",
    );
  for (const handover of ["He said:", "As he put it:", "The chief executive warned:"]) {
    it(`is not the chair's after '${handover}'`, () => {
      const draft = draftOf(turn(handover));
      expect(saidBy(draft, "the harbour dues will rise for every boat")).not.toContain("Ann Bell");
      expect(saidBy(draft, "really pleased to welcome two speakers")).toEqual(["Ann Bell"]);
    });
  }
});

// Stop 47 (set 80): a news story that names its speaker once, then gives her words over several paragraphs with "she
// said", the paragraphs between naming no one (a body, a quotation's sentences): the pronoun still points back to her.
describe("'she said' over paragraphs after the speaker is named once", () => {
  const story = (between: string) =>
    lines(
      "Ann Bell, the first woman to lead the Fenby Harbour Board, said she had been disappointed by the new harbour plan published by Tom Reed’s department.",
      "“It didn’t really mention fishing at all, and we are fishers, that’s what we do. I think that was a glaring oversight,” she said.",
      between,
      "“You can’t just shut your eyes and say the market will dredge the harbour itself,” she said. “There is a lot of loose talk about other ports. Yes, and a lot of boats left them.”",
      "At the moment, she said skippers were waiting to see what the new dues would be. “No skipper I know wants to be subsidised. If they could make a living from the catch, they would be glad to give the support up,” she said.",
    );
  for (const between of [
    "The Harbour Board urged skippers to back the plan in 2026, but she said she accepted the result. Nonetheless, she said it was important to keep the grants.",
    "She told the meeting the board would keep asking. She added that the grants mattered more than ever.",
    "The Fenby Harbour Board has argued for the grants since 2020, and it will publish its own plan in the spring. It has written to every council on the coast.",
  ]) {
    it(`gives her every quotation, with '${between.slice(0, 40)}…' between`, () => {
      const draft = draftOf(story(between));
      expect(saidBy(draft, "shut your eyes and say the market")).toEqual(["Ann Bell"]);
      expect(saidBy(draft, "No skipper I know wants to be subsidised")).toEqual(["Ann Bell"]);
    });
  }
  it("not past a sentence that names another who speaks", () => {
    const draft = draftOf(
      story(
        "Later, Kit Lamb, the harbour master, said the dues were fair. Kit Lamb added that the board had been heard.",
      ),
    );
    expect(saidBy(draft, "shut your eyes and say the market")).not.toContain("Ann Bell");
  });
});
