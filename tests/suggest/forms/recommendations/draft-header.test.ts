// The draft's header for the proposals it does not draft (walkthrough w46): each listed with its line, whose it would
// be and its kind as Review says it, the passage whole (pasteable as evidence); the kinds described from the same
// names; what was drafted; a complete entry to accept one; and `--every-proposal` with the `--force` it needs. Every
// sentence is invented for this test.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readCorpusFiles } from "../../../../src/ingest/read.js";
import { ProposalFinder } from "../../../../src/review/proposals.js";
import { heldKind } from "../../../../src/suggest/held-kind.js";
import { proposalFacts } from "../../../../src/suggest/recommendations.js";
import { renderDraft } from "../../../../src/suggest/render.js";
import { panelgraph } from "../../../helpers/cli.js";
import { copyFixture, tempDir } from "../../../helpers/corpus.js";
import { draftOf, recommended } from "../../../helpers/draft.js";

const text = [
  "Island ferries in the north are losing money every winter.",
  "",
  "“Ministers must guarantee the winter sailings for five years at least,” said Ann Frith, a ferry skipper.",
  "",
  "“We need to hear from every harbour board before the island ferry timetable for the coming winter season is drawn up, and before any of the smaller crossings are cut or their fares are raised,” said Tom Reed, a harbour master.",
  "",
  "There should be a single timetable for every island ferry in the county, the report concludes.",
  "",
].join("\n");

const known = [{ id: "island-ferries", type: "theme" as const, label: "Island ferries", aliases: ["island ferry"] }];

/** The header's comment lines, without their "# ". */
const header = (file: string) =>
  file
    .split("\n")
    .filter((l) => l.startsWith("#"))
    .map((l) => l.replace(/^# ?/u, ""));

describe("the draft's header of proposals not drafted", () => {
  const draft = draftOf(text, known);
  const file = renderDraft(draft, new Map(known.map((k) => [k.id, k.label])));

  it("drafts one and holds two (the text this test reads)", () => {
    expect(recommended(draft)).toEqual(["Ministers must guarantee the winter sailings for five years at least"]);
    expect(draft.held?.map((h) => h.quote)).toEqual(draft.unsure);
    expect(draft.held).toHaveLength(2);
  });

  it("lists each with its line, whose it would be and why (as Review says it), and the passage whole", () => {
    const [speech, narrative] = draft.held!;
    expect(speech).toMatchObject({ line: 5, whose: { id: "tom-reed", label: "Tom Reed" }, kind: "direct-quote" });
    // Longer than a line of the header: never cut, so it can be pasted as a claim's evidence.
    expect(speech!.quote.length).toBeGreaterThan(160);
    expect(speech!.why).toBe(heldKind(proposalFacts(speech!.quote, "speech", "person")));
    expect(narrative).toMatchObject({ line: 7, whose: { id: "t", label: "Test source" } });
    expect(file).toContain(
      `#   line 5, Tom Reed (tom-reed), ${speech!.why}:\n#     ${JSON.stringify(speech!.quote)}\n`,
    );
    expect(file).toContain(
      `#   line 7, Test source (t), ${narrative!.why}:\n#     ${JSON.stringify(narrative!.quote)}\n`,
    );
    expect(text.split("\n")[4]).toContain(speech!.quote);
  });

  it("describes the kinds by the names it lists, and no other", () => {
    const lines = header(file).join(" ");
    const kinds = /not drafted: of kinds \((.*?)\) right only/u.exec(lines)?.[1];
    expect(kinds?.split("; ")).toEqual([...new Set(draft.held!.map((h) => h.why))]);
  });

  it("says what was drafted", () => {
    expect(file).toContain("# Drafted: 1 recommendation, 2 people, 4 suggested claims.\n");
  });

  it("gives a complete entry to accept one: the recommendation, whose claim it is, and a theme it addresses", () => {
    const lines = file.split("\n");
    const from = lines.findIndex((l) => l === "#   entities:");
    const to = lines.findIndex((l) => l.startsWith("# Or draft them all"));
    const entry = parse(
      lines
        .slice(from, to)
        .map((l) => l.slice(3))
        .join("\n"),
    );
    const [recommendation] = entry.entities.recommendations;
    expect(recommendation).toMatchObject({ id: expect.stringMatching(/^[a-z0-9-]+$/u), status: "accepted" });
    const quote = draft.held![0]!.quote;
    expect(entry.claims).toEqual([
      {
        relation: "recommends",
        status: "accepted",
        from: "tom-reed",
        to: recommendation.id,
        evidence: [{ quote, kind: "direct-quote" }],
      },
      {
        relation: "addresses",
        status: "accepted",
        from: recommendation.id,
        to: "island-ferries",
        evidence: [{ quote, kind: "direct-quote" }],
      },
    ]);
  });

  it("names --force with --every-proposal (a draft already there is refused without it)", () => {
    expect(header(file).join(" ")).toContain(
      "panelgraph suggest t --every-proposal --force (--force replaces this file",
    );
  });

  it("says what was drafted where nothing is held too", () => {
    const none = draftOf("“Ministers must guarantee the winter sailings,” said Ann Frith, a ferry skipper.\n");
    const rendered = renderDraft(none, new Map());
    expect(rendered).toContain("# Drafted: 1 recommendation, ");
    expect(rendered).not.toContain("not drafted");
  });
});

describe("the header and Review", () => {
  it("list the same passages, with the same proposer and the same reason", async () => {
    const dir = copyFixture();
    const file = join(tempDir(), "ferries.txt");
    writeFileSync(file, text);
    expect(
      (await panelgraph("add-source", file, "--title", "Ferry report", "--id", "ferries", "--data", dir)).code,
    ).toBe(0);
    // What Review offers, read before the draft exists (as for a source annotated by hand).
    const offered = await new ProposalFinder().find(readCorpusFiles(dir), "ferries");
    const review = offered!.proposals.map(
      (p) => `line ${text.slice(0, p.start).split("\n").length}, ${p.whose?.label} (${p.whose?.id}), ${p.why}:`,
    );
    expect((await panelgraph("suggest", "ferries", "--data", dir)).code).toBe(0);
    const header = readFileSync(join(dir, "annotations/ferries.yaml"), "utf8")
      .split("\n")
      .filter((l) => /^# {3}line /u.test(l))
      .map((l) => l.slice(4));
    expect(review).toHaveLength(2);
    expect(header).toEqual(review);
  });
});
