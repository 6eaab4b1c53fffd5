// A post the text dates ("Chair of the Fenby Trust since 2019"): the draft gives the claim its `since` (d38, roles
// with dates) and quotes the date with the post, on small texts written for this test (names and organisations
// invented). "from 2019 to 2023" and "until 2023" are not drafted: the reading of posts does not keep those posts.
import { describe, expect, it } from "vitest";
import { draftOf } from "../../../helpers/draft.js";
import { renderDraft } from "../../../../src/suggest/render.js";

function datedAffiliations(text: string) {
  return draftOf(text)
    .claims.filter((c) => c.relation === "affiliated-with")
    .map((c) => ({ role: c.role, since: c.since, quote: c.evidence[0]?.quote }));
}

describe("dates said right after a post", () => {
  it("drafts since from 'since 2019' and 'since May 2019', quoting the dates with the post", () => {
    expect(datedAffiliations("Ann Bell, Chair of the Fenby Trust since 2019, opened the meeting.")).toEqual([
      { role: "Chair", since: "2019", quote: "Ann Bell, Chair of the Fenby Trust since 2019" },
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
});
