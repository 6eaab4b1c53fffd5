// Review's writes for `linked-to` (src/review/edit.ts): a new claim carries its wording as `link` beside its ends; an
// edit changes the wording in place, and a claim made another relation loses it. On a file written in the test.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { applyChange } from "../../src/review/edit.js";

const FILE = `source: news
claims:
  - relation: mentions
    from: news
    to: kestrel-public-affairs
    evidence:
      - quote: "Harrowgate Estates has retained Kestrel Public Affairs"
        kind: reported
`;
type Claim = { relation: string; from: string; to: string; link?: string };
const claims = (text: string) => (parse(text) as { claims: Claim[] }).claims;

describe("review edits: linked-to", () => {
  it("a new claim is written with its link right after its ends", () => {
    const { text } = applyChange(FILE, {
      type: "add-claim",
      claim: {
        relation: "linked-to",
        from: "harrowgate-estates",
        to: "kestrel-public-affairs",
        link: "retained",
        evidence: [{ quote: "Harrowgate Estates has retained Kestrel Public Affairs", kind: "reported" }],
      },
    });
    expect(text).toContain(
      "  - relation: linked-to\n    from: harrowgate-estates\n    to: kestrel-public-affairs\n    link: retained\n",
    );
  });

  it("an edit to linked-to writes the link; a second changes it; another relation drops it", () => {
    const linked = applyChange(FILE, {
      type: "edit",
      claim: 0,
      relation: "linked-to",
      from: "harrowgate-estates",
      link: "retained",
    }).text;
    expect(claims(linked)[0]).toMatchObject({ relation: "linked-to", from: "harrowgate-estates", link: "retained" });
    const reworded = applyChange(linked, { type: "edit", claim: 0, link: "has retained" }).text;
    expect(claims(reworded)[0]!.link).toBe("has retained");
    const back = applyChange(reworded, { type: "edit", claim: 0, relation: "mentions", from: "news", link: null }).text;
    expect(claims(back)[0]).toEqual(expect.not.objectContaining({ link: expect.anything() }));
    expect(back).toBe(FILE); // the rest of the file as it was
  });
});
