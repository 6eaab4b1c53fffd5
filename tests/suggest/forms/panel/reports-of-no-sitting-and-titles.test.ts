// Stop 47 (walkthrough w51, item 3): a news story, a press release and a campaign's blog about a hearing. A person
// named only with a title before the name ("before Mayor Ann Bell issued her statement") takes no part in the hearing;
// a press release that "welcomes" a hearing reports none (nor holds it); "our chair, X" is the writer's body's chair,
// no session's. Every person, body and sentence here is invented for these tests.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { chairsIn, draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

const sessionsIn = (draft: Draft): string[] =>
  draft.entities.filter((e) => e.section === "sessions").map((e) => e.label);
const panellistsIn = (draft: Draft): string[] =>
  [...new Set(draft.claims.filter((c) => c.relation === "panellist-in").map((c) => labelIn(draft, c.from)))].sort();

describe("a person named with a title before the name", () => {
  it("is no panellist of the hearing the story reports", () => {
    const draft = draftOf(
      paragraphsText(
        "Lobbyist drafted Mayor's ferry statement, hearing told",
        "A public affairs firm working for the ferry operator offered wording for the Mayor's statement, a scrutiny hearing was told yesterday.",
        "Ivo Quayle, a director of Tarn Public Affairs, told councillors his firm had offered wording before Mayor Nora Vance issued her statement on 3 May.",
        "Rafe Dunmore, the chief executive of Fenby Ferries, told the panel he had met the Mayor twice. “The new ferry will serve every island,” he said.",
      ),
    );
    expect(sessionsIn(draft)).toHaveLength(1);
    expect(panellistsIn(draft)).toEqual(["Ivo Quayle", "Rafe Dunmore"]);
  });
});

describe("a press release that welcomes a hearing", () => {
  it("reports no session, and its body holds none", () => {
    const draft = draftOf(
      paragraphsText(
        "Fenby Ferries welcomes scrutiny hearing and sets out the benefits of the new ferry",
        "Fenby Ferries today welcomed the Island Transport Scrutiny Panel's hearing on the new ferry and set out the benefits of the scheme.",
        "Rafe Dunmore, Chief Executive of Fenby Ferries, said: “The new ferry will serve every island. We have been open about every contact with the council.”",
        "Ivo Quayle, Director at Tarn Public Affairs, said: “Our role has always been to give islanders the facts.”",
      ),
    );
    expect(sessionsIn(draft)).toEqual([]);
    expect(draft.claims.filter((c) => c.relation === "organised-by")).toEqual([]);
  });
});

describe("our chair, X", () => {
  it("is the writer's body's chair, who chairs no session", () => {
    const draft = draftOf(
      paragraphsText(
        "Why we are asking for a ferry inquiry",
        "Last week our chair, Wren Hadley, gave evidence to the scrutiny panel at the Guildhall.",
        "Rafe Dunmore, chief executive of Fenby Ferries, told the panel that “the new ferry will serve every island.”",
        "Wren Hadley said after the hearing: “A ferry that does not stop at the small islands is no ferry for us.”",
      ),
    );
    expect(chairsIn(draft)).toEqual([]);
    expect(panellistsIn(draft)).toContain("Wren Hadley");
  });
});
