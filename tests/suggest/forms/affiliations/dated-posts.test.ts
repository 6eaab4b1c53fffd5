// A post the text dates ("Chair of the Fenby Trust since 2019", "until 2023", "from 2019 to 2023", "joined … in
// 2021"): the draft gives the claim its `since`/`until` (d38, u38: roles with dates) and quotes the date with the post,
// on small texts written for this test (names and organisations invented). A "former" post without a date stays no
// affiliation (the gold's convention, tests/fixtures/eval/README.md).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";
import { renderDraft } from "../../../../src/suggest/render.js";
import { joinedDate, roleDatesAfter } from "../../../../src/suggest/dates.js";

function datedAffiliations(text: string) {
  return draftOf(text)
    .claims.filter((c) => c.relation === "affiliated-with")
    .map((c) => ({ role: c.role, since: c.since, until: c.until, quote: c.evidence[0]?.quote }));
}

describe("dates said right after a post", () => {
  it("drafts since from 'since 2019' and 'since May 2019', quoting the dates with the post", () => {
    expect(datedAffiliations("Ann Bell, Chair of the Fenby Trust since 2019, opened the meeting.")).toEqual([
      { role: "Chair", since: "2019", until: undefined, quote: "Ann Bell, Chair of the Fenby Trust since 2019" },
    ]);
    expect(
      datedAffiliations("Ann Bell, Chair of the Fenby Trust since May 2019, opened the meeting.")[0],
    ).toMatchObject({
      since: "2019-05",
    });
  });

  it("drafts no date where the text gives none, or where the year is not one alone", () => {
    expect(datedAffiliations("Ann Bell, Chair of the Fenby Trust, opened the meeting.")[0]).toMatchObject({
      since: undefined,
    });
    // "since 2019-20" (a season, a financial year) is no start date the draft can write.
    expect(datedAffiliations("Ann Bell, Chair of the Fenby Trust since 2019-20, spoke first.")[0]).toMatchObject({
      since: undefined,
    });
  });

  it("writes the dates into the draft file, quoted, under the role", () => {
    const file = renderDraft(draftOf("Ann Bell, Chair of the Fenby Trust since 2019, opened the meeting."), new Map());
    expect(file).toContain('    role: Chair\n    since: "2019"\n');
  });

  it("drafts an ended post with its end: 'until 2023', 'who was … until March 2023', 'former … until 2023'", () => {
    expect(datedAffiliations("Ann Bell, Chair of the Fenby Trust until 2023, opened the meeting.")).toEqual([
      { role: "Chair", since: undefined, until: "2023", quote: "Ann Bell, Chair of the Fenby Trust until 2023" },
    ]);
    expect(datedAffiliations("Tom Reed, who was Treasurer of Ashby Council until March 2023, spoke next.")).toEqual([
      {
        role: "Treasurer",
        since: undefined,
        until: "2023-03",
        quote: "Tom Reed, who was Treasurer of Ashby Council until March 2023",
      },
    ]);
    expect(datedAffiliations("Ann Bell, former Chair of the Fenby Trust until 2023, spoke.")).toEqual([
      { role: "Chair", since: undefined, until: "2023", quote: "Ann Bell, former Chair of the Fenby Trust until 2023" },
    ]);
  });

  it("drafts both ends of 'from 2019 to 2023' and 'between 2019 and 2023', the body not taken for '2019'", () => {
    for (const range of ["from 2019 to 2023", "between 2019 and 2023"]) {
      const [claim] = draftOf(`Ann Bell, Chair of the Fenby Trust ${range}, opened the meeting.`).claims.filter(
        (c) => c.relation === "affiliated-with",
      );
      expect(claim).toMatchObject({ to: "fenby-trust", role: "Chair", since: "2019", until: "2023" });
      expect(claim!.evidence[0]!.quote).toBe(`Ann Bell, Chair of the Fenby Trust ${range}`);
    }
  });

  it("drafts 'joined Org in 2019 as its treasurer' and 'joined Org's board' (or 'the board of Org') with since", () => {
    expect(datedAffiliations("Ann Bell joined the Fenby Trust in 2019 as its treasurer.")).toMatchObject([
      { role: "treasurer", since: "2019", until: undefined },
    ]);
    expect(datedAffiliations("Ann Bell joined the Fenby Trust's board in March 2021.")).toMatchObject([
      { role: "board member", since: "2021-03", until: undefined },
    ]);
    expect(datedAffiliations("Ann Bell joined the board of the Fenby Trust in 2021.")).toMatchObject([
      { role: "board member", since: "2021" },
    ]);
    // A month alone in an undated source: no date to write.
    expect(datedAffiliations("Ann Bell joined the Fenby Trust's board in March.")).toMatchObject([
      { role: "board member", since: undefined },
    ]);
  });

  it("quotes the words a start or end is read from ('joined … in 2019', 'was appointed … in', 'stepped down … in')", () => {
    // Stop 42 (fxs42 #2): the date's words are in the claim's passage, so a reviewer checks the date against it.
    expect(datedAffiliations("Ann Bell joined the Fenby Trust in 2019 as its treasurer.")).toEqual([
      { role: "treasurer", since: "2019", until: undefined, quote: "joined the Fenby Trust in 2019 as its treasurer" },
    ]);
    expect(datedAffiliations("Ann Bell was appointed Chair of the Fenby Trust in March 2024.")).toEqual([
      {
        role: "Chair",
        since: "2024-03",
        until: undefined,
        quote: "was appointed Chair of the Fenby Trust in March 2024",
      },
    ]);
    expect(datedAffiliations("Ann Bell joined the Fenby Trust's board in March 2021.")[0]?.quote).toBe(
      "joined the Fenby Trust's board in March 2021",
    );
    expect(datedAffiliations("Kit Lamb stepped down as Treasurer of Ashby Council in January 2024.")).toEqual([
      {
        role: "Treasurer",
        since: undefined,
        until: "2024-01",
        quote: "stepped down as Treasurer of Ashby Council in January 2024",
      },
    ]);
    // No date read, no words added: an event's date is not the post's.
    expect(datedAffiliations("Ann Bell, Chair of the Fenby Trust, spoke at its conference in March 2024.")).toEqual([
      { role: "Chair", since: undefined, until: undefined, quote: "Ann Bell, Chair of the Fenby Trust" },
    ]);
  });

  it("refuses: a former post or 'formerly of' with no date, an end that is no date, a month's 'until' undated", () => {
    expect(datedAffiliations("Ann Bell, former Chair of the Fenby Trust, opened the meeting.")).toEqual([]);
    expect(datedAffiliations("Ann Bell, formerly of the Fenby Trust, opened the meeting.")).toEqual([]);
    expect(datedAffiliations("Ann Bell, Chair of the Fenby Trust until recently, spoke.")).toEqual([]);
    expect(datedAffiliations("Ann Bell, Chair of the Fenby Trust until 2019-20, spoke.")).toEqual([]);
    expect(datedAffiliations("Ann Bell, Chair of the Fenby Trust until March, spoke.")).toEqual([]);
  });

  it("reads a month alone in the source's year where its date settles it, and only a year range that runs forward", () => {
    const text = "Chair until January, since May 2019, from 2023 to 2019";
    const march2024 = { sourceDate: "2024-03-05", past: true };
    expect(roleDatesAfter(" until January, x", 0, march2024)).toEqual({ until: "2024-01", end: 14 });
    expect(roleDatesAfter(" until January, x", 0)).toEqual({
      undated: { field: "until", words: "until January" },
      end: 14,
    });
    expect(roleDatesAfter(text, text.indexOf(", since"))).toMatchObject({ since: "2019-05" });
    expect(roleDatesAfter(text, text.indexOf(", from"))).toBeUndefined();
    expect(joinedDate(" joined the trust's board in February.", march2024)).toEqual({ since: "2024-02", length: 37 });
    expect(joinedDate(" joined the trust's board in February.")).toEqual({
      undated: { field: "since", words: "in February" },
      length: 37,
    });
    expect(joinedDate(" joined the trust. In 2019 it grew.", march2024)).toBeUndefined();
  });

  it("writes the end into the draft file, quoted, after the start", () => {
    const file = renderDraft(draftOf("Ann Bell, Chair of the Fenby Trust from 2019 to 2023, spoke."), new Map());
    expect(file).toContain('    role: Chair\n    since: "2019"\n    until: "2023"\n');
  });

  it("after a post ended at a date, drafts the sentence's 'joined … board' (the body by its kind, named before)", () => {
    const text =
      "The Fenby Trust had a busy year. Tom Reed, who was Treasurer of Ashby Council until January 2024, joined the trust's board in February 2024.";
    expect(affiliationsIn(draftOf(text))).toEqual([
      ["Tom Reed", "Treasurer", "Ashby Council"],
      ["Tom Reed", "board member", "Fenby Trust"],
    ]);
    expect(datedAffiliations(text).map(({ since, until }) => ({ since, until }))).toEqual([
      { since: undefined, until: "2024-01" },
      { since: "2024-02", until: undefined },
    ]);
  });

  it("refuses a kind's board with no body of that kind named before, and a 'joined' that is no post", () => {
    expect(affiliationsIn(draftOf("Tom Reed joined the trust's board in 2024."))).toEqual([]);
    expect(
      affiliationsIn(draftOf("Tom Reed, who was Treasurer of Ashby Council until 2023, joined the protest in May.")),
    ).toEqual([["Tom Reed", "Treasurer", "Ashby Council"]]);
  });
});
