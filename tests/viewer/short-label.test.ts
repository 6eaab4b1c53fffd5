// The graph's labels cut to fit: the end kept where it holds a number, so a series' labels stay apart (w50 #19).
import { describe, expect, it } from "vitest";
import { distinctShortLabels, MAX_LABEL_LENGTH, shortLabel, shortLabelToFit } from "../../viewer/core/short-label.js";

describe("a node's label as the graph draws it", () => {
  it("keeps the dates of successive meetings, which a cut at the end loses", () => {
    const meetings = ["9 September 2026", "14 October 2026", "11 November 2026"].map(
      (date) => `Panel: Minutes: Fenby Coast and Harbours Scrutiny Committee, ${date}`,
    );
    const shown = meetings.map((label) => shortLabel(label));
    expect(shown).toEqual([
      "Panel: Minutes: Fenby Co… 9 September 2026",
      "Panel: Minutes: Fenby Coa… 14 October 2026",
      "Panel: Minutes: Fenby Co… 11 November 2026",
    ]);
    for (const label of shown) expect(label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
    expect(shortLabel("Fenby Harbour Panel, session 14 on the long-term future of the dredging budget, Part 2")).toBe(
      "Fenby Harbour Panel, session 14 on… Part 2",
    );
  });

  it("cuts a long label without a number at its end, and leaves a short one as it is", () => {
    expect(shortLabel("Council backs permanent harbour road bus lane for Fenby")).toBe(
      "Council backs permanent harbour road bus…",
    );
    expect(shortLabel("Ann Bell")).toBe("Ann Bell");
    expect(shortLabel("Fenby Harbour Panel, 2026-10-14")).toBe("Fenby Harbour Panel, 2026-10-14");
    expect(shortLabel("Minutes of the Fenby Harbour Panel, 2026-10-14")).toBe(
      "Minutes of the Fenby Harbour P… 2026-10-14",
    );
  });

  it("the PNG export's title fits its room as the graph's labels are cut, its date kept", () => {
    const title = "Minutes of the Fenby Harbour Panel, 2026-10-14";
    const fits = (text: string) => text.length <= 30;
    expect(shortLabelToFit(title, fits)).toBe("Minutes of the Fen… 2026-10-14");
    expect(shortLabelToFit("Fenby Harbour Panel", fits)).toBe("Fenby Harbour Panel");
    expect(shortLabelToFit("Council backs permanent harbour road bus lane", fits)).toBe(
      "Council backs permanent harbo…",
    );
    expect(shortLabelToFit(title, () => false)).toBe("…");
  });
});

describe("labels that would cut to the same text", () => {
  const sourceLabel = "Fenby Economy and Infrastructure Committee: Minutes, 12 November 2026";
  const sessionLabel = "Fenby Economy and Infrastructure Committee, 12 November 2026";

  it("a source and its session cut alike; each then says its type, within the same length", () => {
    expect(shortLabel(sourceLabel)).toBe(shortLabel(sessionLabel));
    const labels = distinctShortLabels([
      { id: "minutes", label: sourceLabel, type: "source" },
      { id: "meeting", label: sessionLabel, type: "session" },
      { id: "ann", label: "Ann Bell", type: "person" },
    ]);
    expect([...labels.values()]).toEqual([
      "Fenby Economy a… 12 November 2026 (source)",
      "Fenby Economy… 12 November 2026 (session)",
      "Ann Bell",
    ]);
    for (const label of labels.values()) expect(label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
  });

  it("two nodes of one type are cut longer, as little as makes them differ; other labels stay as they were", () => {
    const nodes = [
      { id: "a", label: "Fenby Economy and Infrastructure Committee: Minutes, 12 November 2026", type: "source" },
      { id: "b", label: "Fenby Economy and Infrastructure Committee: Agenda, 12 November 2026", type: "source" },
      {
        id: "c",
        label: "Fenby Harbour Panel, session 14 on the long-term future of the dredging budget, Part 2",
        type: "session",
      },
    ];
    const labels = distinctShortLabels(nodes);
    expect(labels.get("a")).not.toBe(labels.get("b"));
    expect(labels.get("a")).toBe("Fenby Economy and Infrastructure Committee: M… 12 November 2026");
    expect(labels.get("b")).toBe("Fenby Economy and Infrastructure Committee: A… 12 November 2026");
    expect(labels.get("c")).toBe(shortLabel(nodes[2]!.label));
    // Two nodes with the same label cannot be told apart by cutting: left as they are.
    const twins = distinctShortLabels([nodes[0]!, { ...nodes[0]!, id: "a2" }]);
    expect(twins.get("a2")).toBe(shortLabel(nodes[0]!.label));
  });
});
