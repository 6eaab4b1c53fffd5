// fx45, from a researcher's reading of --every-proposal drafts: (a) a draft of every proposal says, on each claim,
// which proposals are of a kind only listed by default (in Review's words) and, in its header, how many of each; (b) a
// speaker's need to hear, consult or consider before they decide is their own procedure, neither drafted nor listed.
// Every sentence here is invented.
import { describe, expect, it } from "vitest";
import { heldKind } from "../../../../src/suggest/held-kind.js";
import { proposalFacts } from "../../../../src/suggest/recommendations.js";
import { renderDraft } from "../../../../src/suggest/render.js";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftEveryProposal, draftOf, proposes, proposesNothing, recommended } from "../../../helpers/draft.js";

const known = [{ id: "island-ferries", type: "theme" as const, label: "Island ferries", aliases: ["island ferry"] }];

const text = [
  "Island ferries in the north are losing money every winter.",
  "",
  "“Ministers must guarantee the winter sailings for five years at least,” said Ann Frith, a ferry skipper.",
  "",
  "“Councils should pay for a night island ferry to every outer isle,” said Kit Lamb, a councillor.",
  "",
].join("\n");

const must = "Ministers must guarantee the winter sailings for five years at least";
const should = "Councils should pay for a night island ferry to every outer isle";

/** The comment on the status line of each claim resting on `quote`, by relation ("" for none). */
function commentsOn(file: string, quote: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const claim of file.split(/\n(?= {2}- relation: )/u)) {
    if (!claim.includes(`quote: ${JSON.stringify(quote)}`)) continue;
    const relation = /- relation: (\S+)/u.exec(claim)![1]!;
    out[relation] = /status: suggested(?: # (.*))?\n/u.exec(claim)![1] ?? "";
  }
  return out;
}

const render = (draft: Draft) => renderDraft(draft, new Map(known.map((k) => [k.id, k.label])));

describe("an --every-proposal draft", () => {
  const draft = draftEveryProposal(text, known);
  const file = render(draft);
  const kind = heldKind(proposalFacts(should, "speech", "person"));

  it("drafts both proposals (the text this test reads: one of a kind drafted by default, one of a kind only listed)", () => {
    expect(recommended(draftOf(text, known))).toEqual([must]);
    expect(recommended(draft)).toEqual([must, should]);
    expect(kind).toBe("a “should” in a speaker's own words");
  });

  it("marks each claim on the listed-only proposal with its kind as Review names it, and not the other's", () => {
    expect(commentsOn(file, should)).toEqual({
      "spoke-on": "",
      recommends: `not drafted by default: ${kind}`,
      addresses: `not drafted by default: ${kind}`,
    });
    expect(commentsOn(file, must)).toEqual({ "spoke-on": "", recommends: "" });
  });

  it("says in its header how many proposals are of each, and each listed-only kind with its count", () => {
    const header = file
      .split("\n")
      .filter((l) => l.startsWith("#"))
      .map((l) => l.slice(2))
      .join(" ");
    expect(header).toContain(
      "Every proposal found is drafted (--every-proposal): 2 passages, 1 of the kinds drafted by default (right at " +
        "least four times in five on first sight) and 1 of the kinds only listed by default, right only five times in " +
        `ten on texts the rules had not seen (${kind}: 1). Each claim resting on one of those says so in its comment, ` +
        "“not drafted by default:” and its kind, as Review names it.",
    );
  });

  it("says none is listed-only where every proposal is of a kind drafted by default", () => {
    const header = render(draftEveryProposal(text.split("\n").slice(0, 4).join("\n"), known));
    expect(header).toContain("1 of the kinds drafted by default");
    expect(header).toContain("and 0 of the kinds only listed by default");
    expect(header).not.toContain("# not drafted by default");
  });

  it("says so where none is found", () => {
    const file = render(draftEveryProposal("Island ferries in the north are losing money every winter.\n", known));
    expect(file).toContain("# Every proposal found is drafted (--every-proposal): none was found.\n");
  });

  it("is not what a default draft says: it lists the other in its header, and marks no claim", () => {
    const file = render(draftOf(text, known));
    expect(file).not.toContain("not drafted by default");
    expect(file).not.toContain("Every proposal found is drafted");
    expect(file).toContain(`#   line 5, Kit Lamb (kit-lamb), ${kind}:`);
  });
});

describe("a speaker's own deliberation before deciding", () => {
  const deliberation = [
    "We need to hear from the operators before we decide.",
    "We must consult the islanders before deciding anything.",
    "We should listen to the unions before we come to a view.",
    "Before we reach a decision, we will need to hear from the crews.",
    "I have to look at the figures again before I make a final decision.",
    "We'll need to take evidence from the harbour boards before we report.",
  ];

  it("proposes nothing", () => {
    for (const s of deliberation) proposesNothing(s);
  });

  it("is neither drafted nor listed, even in a draft of every proposal", () => {
    const text = [
      "The island ferry timetable was the first item on the agenda.",
      "",
      "“We need to hear from the operators before we decide,” said Tom Reed, a harbour master.",
      "",
    ].join("\n");
    expect(recommended(draftEveryProposal(text, known))).toEqual([]);
    expect(draftOf(text, known).held ?? []).toEqual([]);
  });

  it("leaves a proposal that others hear first, or that is to be done before a decision, a proposal", () => {
    for (const s of [
      "Ministers need to hear from the operators before they decide.",
      "The council must consult islanders before it decides.",
      "We need to consult the islanders before the council decides.",
      "We need to fund the night ferry before we decide on the bridge.",
      "We need to hear from every harbour board before the timetable is drawn up.",
    ]) {
      proposes(s);
    }
  });
});
