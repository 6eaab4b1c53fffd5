// Stop 41 (w41 #5): a body a later source writes short ("The Transport Board") beside the known "Fenby Transport
// Board" is that body, linked and its short form proposed as an alias for review, where exactly one known body's name
// ends with those words; not where two do, nor a head word alone ("the Board") that the text names no body by. The
// texts, people and bodies are invented for this test.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../src/suggest/suggest.js";
import { addAndAccept, addAndDraft, growingCorpus } from "../../helpers/growing-corpus.js";

const FIRST = {
  id: "board-news",
  title: "Board backs hourly buses",
  date: "2024-03-01",
  text: `Board backs hourly buses

Priya Vell, Director of Strategy at the Fenby Transport Board, said: “Rural routes need a bus every hour.”
`,
};
const LATER = {
  id: "depot-news",
  title: "Depot study funded",
  date: "2024-03-08",
  text: `Depot study funded

“The Transport Board will fund the depot study,” said Priya Vell.
`,
};

const newBodies = (draft: Draft) => draft.entities.filter((e) => e.section === "organisations").map((e) => e.label);
const mentioned = (draft: Draft) => draft.claims.filter((c) => c.relation === "mentions").map((c) => c.to);

describe("a known body written short", () => {
  it("links 'The Transport Board' to the one known body whose name ends so, proposing the alias", () => {
    const dir = growingCorpus();
    addAndAccept(dir, FIRST);
    const draft = addAndDraft(dir, LATER);
    expect(newBodies(draft)).toEqual([]);
    expect(mentioned(draft)).toContain("fenby-transport-board");
    expect(draft.aliases).toEqual([expect.objectContaining({ id: "fenby-transport-board", alias: "Transport Board" })]);
  });

  it("links none where two known bodies end with the same words, and names both for the reviewer", () => {
    const dir = growingCorpus(
      ["organisations:", "  - id: marsh-transport-board", "    label: Marsh Transport Board", ""].join("\n"),
    );
    addAndAccept(dir, FIRST);
    const draft = addAndDraft(dir, LATER);
    expect(newBodies(draft)).toEqual(["Transport Board"]);
    expect(draft.entities.find((e) => e.label === "Transport Board")?.comment).toBe(
      "perhaps one of Marsh Transport Board, Fenby Transport Board: if so, use that id instead",
    );
    expect(mentioned(draft)).not.toContain("fenby-transport-board");
    expect(draft.aliases ?? []).toEqual([]);
  });

  it("takes a head word alone only for a body the text names in full", () => {
    const dir = growingCorpus(
      ["organisations:", "  - id: fenby-health-committee", "    label: Fenby Health Committee", ""].join("\n"),
    );
    const named = addAndDraft(dir, {
      id: "committee-named",
      title: "Committee hears from nurses",
      date: "2024-03-08",
      text: `Committee hears from nurses

Ann Bell, a nurse, gave evidence to the Fenby Health Committee. “The Committee must visit the wards,” she said.
`,
    });
    expect(newBodies(named)).toEqual([]);
    const unnamed = addAndDraft(dir, {
      id: "committee-unnamed",
      title: "Nurses speak out",
      date: "2024-03-08",
      text: `Nurses speak out

“The Committee must visit the wards,” said Ann Bell, a nurse. Tom Reed of the Nurses Forum agreed.
`,
    });
    expect(mentioned(unnamed)).not.toContain("fenby-health-committee");
  });
});
