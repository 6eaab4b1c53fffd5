// Stop 50 (w50 #3, #14): a council's committee minutes, then the council's press release of the next day about the
// same meeting. The minutes' session is named after the meeting the title names ("Fenby Transport Committee, 11 May
// 2026"), not "Panel: Minutes: …"; the press release, which names the committee but no day and no occasion, links
// to that session (the one session a body it names held in the week up to its date) rather than drafting a panel
// named after its headline. A meeting two weeks before, or two of the body's meetings that week, are no link. The texts, people and
// bodies are invented for this test.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../src/suggest/suggest.js";
import { panelLabelFromTitle } from "../../../src/suggest/suggest.js";
import { addAndAccept, addAndDraft, growingCorpus } from "../../helpers/growing-corpus.js";

const minutes = (day: number) => ({
  id: `minutes-${day}`,
  title: `Minutes: Fenby Transport Committee, ${day} May 2026`,
  date: `2026-05-${String(day).padStart(2, "0")}`,
  text: `Fenby Transport Committee

Minutes of the meeting held on ${day} May 2026 at Fenby Town Hall

Present: Councillor Ann Bell (Chair), Councillor Tom Reed, Councillor Kit Lamb.

1. Harbour Road bus lane

Councillor Reed said: "The traders on Harbour Road have waited long enough for a loading bay."

Councillor Lamb said: "The bus lane has cut journey times on Harbour Road by a third."
`,
});

const PRESS = {
  id: "press",
  title: "Council backs Harbour Road bus lane",
  date: "2026-05-12",
  text: `Council backs Harbour Road bus lane

Fenby Borough Council's Fenby Transport Committee has recommended that the Harbour Road bus lane be made permanent.

Committee chair Councillor Ann Bell said: "Scrutiny has done its job on Harbour Road: the scheme is better for it."

Councillor Kit Lamb said: "The Harbour Road bus lane works, and the traders get their loading bay."
`,
};

const sessionsDeclared = (draft: Draft) => draft.entities.filter((e) => e.section === "sessions").map((e) => e.label);
const sessionsUsed = (draft: Draft) => [
  ...new Set(draft.claims.filter((c) => c.relation === "chaired" || c.relation === "panellist-in").map((c) => c.to)),
];

describe("a meeting's minutes and a press release about it", () => {
  it("names the minutes' session after the meeting its title names, and the press release links to it", () => {
    const dir = growingCorpus();
    const first = addAndAccept(dir, minutes(11));
    expect(sessionsDeclared(first)).toEqual(["Fenby Transport Committee, 11 May 2026"]);
    const session = first.entities.find((e) => e.section === "sessions")!.id;
    const press = addAndDraft(dir, PRESS);
    expect(sessionsDeclared(press)).toEqual([]);
    expect(sessionsUsed(press)).toEqual([session]);
  });

  it("does not link where the body's known meeting is two weeks before it, or two of its meetings fit", () => {
    const late = growingCorpus();
    addAndAccept(late, minutes(11));
    expect(sessionsUsed(addAndDraft(late, { ...PRESS, date: "2026-05-25" }))).toEqual([]);
    const two = growingCorpus();
    addAndAccept(two, minutes(8));
    addAndAccept(two, minutes(11));
    expect(sessionsUsed(addAndDraft(two, PRESS))).toEqual([]);
  });

  it("links to a session an older draft named 'Panel: Minutes: …'", () => {
    const dir = growingCorpus(
      [
        "sessions:",
        "  - id: old-panel",
        '    label: "Panel: Minutes: Fenby Transport Committee, 11 May 2026"',
        "people:",
        "  - id: ann-bell",
        "    label: Ann Bell",
        "",
      ].join("\n"),
    );
    expect(sessionsUsed(addAndDraft(dir, PRESS))).toEqual(["old-panel"]);
  });
});

describe("a panel named after its source's title", () => {
  it("is the meeting a record's title names, without 'Panel:' and the record's word", () => {
    expect(panelLabelFromTitle("Minutes: Fenby Transport Committee, 11 May 2026")).toBe(
      "Fenby Transport Committee, 11 May 2026",
    );
    expect(panelLabelFromTitle("Minutes of the Fenby Transport Committee, 11 May 2026")).toBe(
      "Fenby Transport Committee, 11 May 2026",
    );
    expect(panelLabelFromTitle("Draft minutes of the meeting of the Fenby Harbour Board")).toBe("Fenby Harbour Board");
    expect(panelLabelFromTitle("Notes – Fenby Rail Forum, 3 June 2026")).toBe("Fenby Rail Forum, 3 June 2026");
  });

  it("is 'Panel: ' and the title for any other title", () => {
    expect(panelLabelFromTitle("Council backs Harbour Road bus lane")).toBe(
      "Panel: Council backs Harbour Road bus lane",
    );
    expect(panelLabelFromTitle("Record numbers at the Fenby show")).toBe("Panel: Record numbers at the Fenby show");
    expect(panelLabelFromTitle("Minutes of silence at the war memorial")).toBe(
      "Panel: Minutes of silence at the war memorial",
    );
    expect(panelLabelFromTitle("Notes: ")).toBe("Panel: Notes: ");
  });
});
