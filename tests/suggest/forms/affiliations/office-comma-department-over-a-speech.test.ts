// A debate's speech headed by the speaker's office, a comma and the department, then the name in brackets, as the
// online Hansard heads a minister's answer ("The Minister of State, Home Office (Lord X) (Lab)", "The Secretary of
// State, Department for …, … and … (Baroness Y) (Con)"): the department is the minister's body, the office before the
// comma the post (stop 46, from the misses of sets 74 and 76: two Lords questions). Small texts written for this test
// (names, offices and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known)).map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`);

const question = (header: string) =>
  [
    "Question",
    "",
    "Lord Reed of Fenby",
    "To ask His Majesty's Government what steps they are taking on harbour dues.",
    "",
    `Baroness Lamb of Marlow Portrait ${header} (Baroness Lamb of Marlow) (Con)`,
    "- Hansard - - - Excerpts",
    "",
    "My Lords, the Government is reviewing harbour dues and will report in due course.",
    "",
    "Lord Reed of Fenby Portrait Lord Reed of Fenby (Lab)",
    "- Hansard - - - Excerpts",
    "",
    "My Lords, I thank the Minister for her Answer, but will she act?",
    "",
  ].join("\n");

describe("an office, a comma and its department over a minister's speech", () => {
  it.each([
    ["The Minister of State, Harbours Office", "Harbours Office", "Minister of State"],
    [
      "The Secretary of State, Department for Harbours, Ports and Sport",
      "Department for Harbours, Ports and Sport",
      "Secretary of State",
    ],
    [
      "The Parliamentary Under-Secretary of State, Ministry of Harbours",
      "Ministry of Harbours",
      "Parliamentary Under-Secretary of State",
    ],
  ])("ties the minister to the department, the office the post (%#)", (header, department, office) => {
    const known: KnownForDraft[] = [
      { id: "dept", type: "organisation", label: department, aliases: [] },
      { id: "con", type: "organisation", label: "Conservative Party", aliases: ["Con"] },
    ];
    expect(pairs(question(header), known).filter((p) => p.includes("dept"))).toEqual([
      `Baroness Lamb of Marlow → dept (${office})`,
    ]);
    expect(pairs(question(header)).filter((p) => p.includes(department))).toEqual([
      `Baroness Lamb of Marlow → ${department} (${office})`,
    ]);
  });
});
