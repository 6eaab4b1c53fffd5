// A post dated by a month alone ("until March", "since June", "from September", "joined … in June"): the draft takes
// the year from the source's own date only where that leaves no doubt (the source dated to a month, the named month
// not after it, an end told in the past), and otherwise writes no date and says what it left out. Small texts written
// for this test (names and organisations invented), each with the date its metadata would give.
import { describe, expect, it } from "vitest";
import type { LoadedSource } from "../../../../src/model/corpus.js";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { renderDraft } from "../../../../src/suggest/render.js";
import { suggestAnnotations, type Draft } from "../../../../src/suggest/suggest.js";

/** The draft of `text` as a source dated `date` (none when undefined). */
function draftDated(text: string, date: string | undefined): Draft {
  const meta = { id: "t", title: "Test source", ...(date === undefined ? {} : { date }) };
  const source = { file: "sources/t.txt", text, meta } as unknown as LoadedSource;
  return suggestAnnotations(source, new KnownEntities([]), new Set(), { themeParents: new Map() });
}

/** The draft's posts: role, organisation id, since, until, and the remark on the claim. */
function posts(text: string, date: string | undefined) {
  return draftDated(text, date)
    .claims.filter((c) => c.relation === "affiliated-with")
    .map((c) => ({ role: c.role, to: c.to, since: c.since, until: c.until, comment: c.comment }));
}

const ENDED_IN_MARCH = "Tom Reed, who was Treasurer of Ashby Council until March, spoke next.";

describe("a post's month without a year", () => {
  it("drafts an end told in the past in the source's year when the source is dated later that year", () => {
    expect(posts(ENDED_IN_MARCH, "2024-06-10")).toEqual([
      { role: "Treasurer", to: "ashby-council", since: undefined, until: "2024-03", comment: undefined },
    ]);
    // The same month as the source's date is not after it.
    expect(posts(ENDED_IN_MARCH, "2024-03-20")[0]).toMatchObject({ until: "2024-03" });
    expect(draftDated(ENDED_IN_MARCH, "2024-06-10").claims[0]!.evidence[0]!.quote).toBe(
      "Tom Reed, who was Treasurer of Ashby Council until March",
    );
  });

  it("drafts 'since June', 'from September' and 'joined … in June' in the source's year when dated after them", () => {
    expect(posts("Ann Bell, Chair of the Fenby Trust since June, opened the meeting.", "2024-09-01")).toMatchObject([
      { role: "Chair", to: "fenby-trust", since: "2024-06", comment: undefined },
    ]);
    expect(posts("Ann Bell, Chair of the Fenby Trust from September, opened the meeting.", "2024-10-01")).toEqual([
      { role: "Chair", to: "fenby-trust", since: "2024-09", until: undefined, comment: undefined },
    ]);
    expect(posts("Ann Bell joined the Fenby Trust's board in June.", "2024-10-01")).toMatchObject([
      { role: "board member", to: "fenby-trust", since: "2024-06" },
    ]);
  });

  it("drafts 'from September 2023' as a start, the month no organisation", () => {
    const draft = draftDated(
      "Ann Bell, Chair of the Fenby Trust from September 2023, opened the meeting.",
      "2024-10-01",
    );
    expect(draft.entities.filter((e) => e.section === "organisations").map((e) => e.label)).toEqual(["Fenby Trust"]);
    expect(posts("Ann Bell, Chair of the Fenby Trust from September 2023, opened the meeting.", "2024-10-01")).toEqual([
      { role: "Chair", to: "fenby-trust", since: "2023-09", until: undefined, comment: undefined },
    ]);
  });

  it("after a post ended in January, drafts the sentence's 'joined … board in February' with both months", () => {
    const text =
      "The Fenby Trust had a busy year. Tom Reed, who was Treasurer of Ashby Council until January, joined the trust's board in February.";
    expect(posts(text, "2024-03-05").map(({ role, since, until }) => ({ role, since, until }))).toEqual([
      { role: "Treasurer", since: undefined, until: "2024-01" },
      { role: "board member", since: "2024-02", until: undefined },
    ]);
  });

  it("writes no start where the year is in doubt, and says so on the claim", () => {
    // A month after the source's date; a source dated to the year only; no date at all.
    for (const date of ["2024-03-01", "2024", undefined]) {
      const [post] = posts("Ann Bell, Chair of the Fenby Trust since June, opened the meeting.", date);
      expect(post).toMatchObject({ role: "Chair", to: "fenby-trust", since: undefined });
      expect(post!.comment).toMatch(/^"since June": no since drafted, as the year is not said and /);
    }
    const [joined] = posts("Ann Bell joined the Fenby Trust's board in June.", "2024-03-01");
    expect(joined).toMatchObject({ role: "board member", since: undefined });
    expect(joined!.comment).toContain('"in June": no since drafted');
    const file = renderDraft(
      draftDated("Ann Bell, Chair of the Fenby Trust from September, spoke.", "2024-03-01"),
      new Map(),
    );
    expect(file).toContain(
      'status: suggested # "from September": no since drafted, as the year is not said and the source\'s date (2024-03-01) does not settle it; add since: "YYYY-MM" if you know it',
    );
    expect(file).not.toMatch(/^\s+since:/mu);
  });

  it("refuses an end whose year is in doubt (after the source's date, not told in the past, to come, undated)", () => {
    for (const [text, date] of [
      [ENDED_IN_MARCH, "2024-02-10"],
      [ENDED_IN_MARCH, "2024"],
      [ENDED_IN_MARCH, undefined],
      ["Ann Bell, Chair of the Fenby Trust until March, opened the meeting.", "2024-10-01"],
      ["Ann Bell, who will be Chair of the Fenby Trust until March, opened the meeting.", "2024-10-01"],
    ] as const) {
      expect(posts(text, date)).toEqual([]);
    }
  });

  it("lists the ended posts it left out in the file's header, with their words", () => {
    const draft = draftDated(ENDED_IN_MARCH, "2024-02-10");
    expect(draft.undatedEnds).toEqual(["Tom Reed, who was Treasurer of Ashby Council until March"]);
    const file = renderDraft(draft, new Map());
    expect(file).toContain(
      "# Posts the text says ended in a month of no sure year (the source's date does not settle it), not drafted: a\n",
    );
    expect(file).toContain('#   "Tom Reed, who was Treasurer of Ashby Council until March"\n');
    expect(renderDraft(draftDated(ENDED_IN_MARCH, "2024-06-10"), new Map())).not.toContain("no sure year");
  });

  it("keeps a body a month's name opens ('the May Foundation') an organisation", () => {
    expect(posts("Ann Bell, Director of the May Foundation, opened the meeting.", "2024-03-01")).toMatchObject([
      { role: "Director", to: "may-foundation" },
    ]);
  });
});
