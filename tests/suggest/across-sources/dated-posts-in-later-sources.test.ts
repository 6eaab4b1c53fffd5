// Stop 41 (w41 #8): the dates a text gives a post as it tells of a move ("joined the Fenby Transport Board in March
// 2024, having been Chief Executive of the Marsh Rail Partnership until February 2024"), an appointment ("was
// appointed Chair of … in May 2023") or a departure ("stepped down as Treasurer of … in January 2024"), in prose and in
// a hearing's question put to a witness ("Dr Reed, you joined …"): `since` and `until` drafted where the text gives
// them. Not a post still to come ("will join … in May 2025"), nor the date of an event that is not the post's ("spoke
// at its conference in March 2024"). The texts, people and bodies are invented for this test.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../src/suggest/suggest.js";
import { draftOf, paragraphsText } from "../../helpers/draft.js";
import { addAndAccept, addAndDraft, growingCorpus } from "../../helpers/growing-corpus.js";

/** The affiliations of a draft with their dates: "person → body (role) since … until …". */
const datedIn = (draft: Draft) =>
  draft.claims
    .filter((c) => c.relation === "affiliated-with")
    .map((c) => `${c.from} → ${c.to} (${c.role ?? ""}) since ${c.since ?? "-"} until ${c.until ?? "-"}`);
const dated = (sentence: string) => datedIn(draftOf(paragraphsText("Moves", sentence)));

describe("dates of a post told as a move, an appointment or a departure", () => {
  it("drafts since from 'joined … in March 2024' and until from 'having been … until February 2024'", () => {
    expect(
      dated(
        "Tom Reed joined the Fenby Transport Board in March 2024, having been Chief Executive of the Marsh Rail Partnership until February 2024.",
      ),
    ).toEqual([
      "tom-reed → fenby-transport-board () since 2024-03 until -",
      "tom-reed → marsh-rail-partnership (Chief Executive) since - until 2024-02",
    ]);
  });

  it("drafts since from 'was appointed … in' and until from 'stepped down as … in'", () => {
    expect(dated("Ann Bell was appointed Chair of the Fenby Trust in May 2023.")).toEqual([
      "ann-bell → fenby-trust (Chair) since 2023-05 until -",
    ]);
    expect(dated("Kit Lamb stepped down as Treasurer of Ashby Council in January 2024.")).toEqual([
      "kit-lamb → ashby-council (Treasurer) since - until 2024-01",
    ]);
  });

  it("drafts no date for a post still to come, nor from an event's date", () => {
    expect(dated("Kit Lamb will join the Marsh Trust in May 2025.").filter((a) => a.includes("since 2025"))).toEqual(
      [],
    );
    expect(dated("Ann Bell, Chair of the Fenby Trust, spoke at its conference in March 2024.")).toEqual([
      "ann-bell → fenby-trust (Chair) since - until -",
    ]);
    expect(
      dated("Ann Bell, who joined the Fenby Trust, spoke at its conference in March 2024.").filter((a) =>
        a.includes("since 2024"),
      ),
    ).toEqual([]);
  });
});

describe("a hearing's question that tells a known witness of their posts", () => {
  it("drafts the witness's new post's since and the old post's until", () => {
    const dir = growingCorpus();
    addAndAccept(dir, {
      id: "reed-news",
      title: "Rail chief warns on sea wall",
      date: "2024-01-17",
      text: paragraphsText(
        "Rail chief warns on sea wall",
        "“The sea wall is the weakest point on the line,” said Dr Tom Reed, Chief Executive of the Marsh Rail Partnership.",
      ),
    });
    const draft = addAndDraft(dir, {
      id: "later-hearing",
      title: "Coastal rail: oral evidence",
      kind: "transcript",
      date: "2024-04-09",
      text: `Fenby Transport Committee
Oral evidence: Coastal rail, HC 214
Tuesday 9 April 2024

Members present: Ann Bell (Chair); Kit Lamb

Witnesses
I: Dr Tom Reed, Director of Strategy, Fenby Transport Board

Examination of witnesses

Q10 The Chair: Dr Reed, you joined the Fenby Transport Board in March 2024, having been Chief Executive of the Marsh Rail Partnership until February 2024. Has your view changed?

Dr Tom Reed: My view has not changed.
`,
    });
    expect(datedIn(draft)).toEqual([
      "tom-reed → fenby-transport-board (Director of Strategy) since 2024-03 until -",
      "tom-reed → marsh-rail-partnership (Chief Executive) since - until 2024-02",
    ]);
  });
});
