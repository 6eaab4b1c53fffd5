// Rejecting an entity in review keeps people's words (src/model/rejection.ts, src/review/edit.ts): a direct quote on a
// claim that goes moves to the speaker's seat in the same file; what cannot move is counted, and so are the people left
// with no claim. On a small file made in the test (invented names).
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { planRejection } from "../../src/model/rejection.js";
import { applyChange } from "../../src/review/edit.js";

const FILE = `source: hearing
entities:
  people:
    - id: ada-quennell
      label: Ada Quennell
      status: accepted
    - id: bo-tarrant
      label: Bo Tarrant
      status: accepted
  themes:
    - id: schemes
      label: Schemes
      status: suggested
claims:
  - relation: panellist-in
    status: accepted
    from: ada-quennell
    to: hearing-panel
    evidence:
      - quote: "Thank you, Chair."
        kind: direct-quote
  - relation: spoke-on
    status: suggested
    from: ada-quennell
    to: schemes
    evidence:
      - quote: "Schemes do not fail for want of money."
        kind: direct-quote
      - quote: "She said the schemes were late."
        kind: reported
  - relation: mentions
    status: suggested
    from: bo-tarrant
    to: schemes
    evidence:
      - quote: "What of the schemes?"
        kind: direct-quote
`;

interface Claim {
  relation: string;
  from: string;
  to: string;
  status?: string;
  evidence: { quote: string; kind: string }[];
}

describe("rejecting an entity keeps people's words", () => {
  it("moves a direct quote to the speaker's seat; counts reported speech and seatless words as lost; names the orphans", () => {
    const edited = applyChange(FILE, { type: "reject-entity", section: "themes", id: "schemes" });
    const claims = (parse(edited.text) as { claims: Claim[] }).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]!.relation).toBe("panellist-in");
    expect(claims[0]!.status).toBe("accepted");
    expect(claims[0]!.evidence.map((e) => e.quote)).toEqual([
      "Thank you, Chair.",
      "Schemes do not fail for want of money.",
    ]);
    expect(claims[0]!.evidence[1]!.kind).toBe("direct-quote");
    expect(edited.movedPassages).toBe(1);
    expect(edited.removedClaims).toBe(2);
  });

  it("plans what the confirmation says: moved, lost by person, and people left with no claim", () => {
    const claims = (parse(FILE) as { claims: Claim[] }).claims as Parameters<typeof planRejection>[0];
    const plan = planRejection(claims, "schemes", new Set(["ada-quennell", "bo-tarrant"]));
    expect(plan.removed).toEqual([1, 2]);
    expect(plan.moves).toEqual([{ person: "ada-quennell", to: 0, passages: [[1, 0]] }]);
    expect(plan.lost).toEqual([
      { person: "ada-quennell", passages: 1 },
      { person: "bo-tarrant", passages: 1 },
    ]);
    expect(plan.orphans).toEqual(["bo-tarrant"]);
  });

  it("does not count a passage another kept claim of the person already carries as their words", () => {
    const twice = FILE.replace(
      `      - quote: "Thank you, Chair."
        kind: direct-quote`,
      `      - quote: "Thank you, Chair."
        kind: direct-quote
      - quote: "Schemes do not fail for want of money."
        kind: direct-quote`,
    );
    const claims = (parse(twice) as { claims: Claim[] }).claims as Parameters<typeof planRejection>[0];
    const plan = planRejection(claims, "schemes");
    expect(plan.moves).toEqual([]);
    const edited = applyChange(twice, { type: "reject-entity", section: "themes", id: "schemes" });
    const seat = (parse(edited.text) as { claims: Claim[] }).claims[0]!;
    expect(seat.evidence).toHaveLength(2);
  });
});
