// Stop 38: a minister's office names no body, but the annotators tie the minister to the office's department (set 57,
// three texts): "The Secretary of State for Harbours (Dr Ann Frith)" over a debate's turn, "Secretary of Coastal
// Affairs Tom Reed" in prose, "Secretary of State for Harbours" on a witness line after a first post. The office was read as a post with
// no body, or not read before the name. Now the department is the minister's body where the registry or the text
// names one for the office's field. Refused: a shadow's or a former minister's office, a general secretary, an office
// whose field names no department known, two departments that could be it. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft, paragraphsText } from "../../../helpers/draft.js";

const body = (id: string, label: string): KnownForDraft => ({ id, type: "organisation", label, aliases: [] });
const tiesOf = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known)).map(([who, , org]) => `${who} → ${org}`);

describe("a minister's office and the department the registry or the text names", () => {
  it("ties the minister over a debate's turn to the registry's department", () => {
    const text = [
      "Harbour Services",
      "Volume 701: debated on Tuesday 4 May 2027",
      "",
      "Ann Frith Portrait The Secretary of State for Harbours (Dr Ann Frith)",
      "I beg to move that this House has considered the harbour services.",
      "",
      "Tom Reed Portrait Tom Reed (Marlow) (Lab)",
      "Will the Secretary of State give way?",
      "",
      "Ann Frith Portrait Dr Frith",
      "I will give way in a moment.",
      "",
    ].join("\n");
    expect(tiesOf(text, [body("ministry-of-harbours", "Ministry of Harbours")])).toContain(
      "Ann Frith → ministry-of-harbours",
    );
  });

  it("reads the office right before a name in prose and ties it to the department the text names", () => {
    const text = paragraphsText(
      "Kit Lamb lauded the Department of Tides and the Department of Coastal Affairs, as well as Secretary of Coastal Affairs Tom Reed, for their work on harbour homes.",
    );
    expect(tiesOf(text)).toContain("Tom Reed → Department of Coastal Affairs");
  });

  it("reads the office as a witness line's second post after the name and ties it to the department", () => {
    const text = paragraphsText(
      "Members present: Ann Frith (Chair), Kit Lamb, Jo Pratt",
      "Witnesses: Rt Hon Tom Reed, a Member of the House, Secretary of State for Harbours, Sir Ben Hale KCB, Permanent Under Secretary of State, Ministry of Harbours, examined.",
    );
    expect(tiesOf(text)).toContain("Tom Reed → Ministry of Harbours");
  });

  it("gives the office after a list's second name to no one before it ('Ann Bell, Tom Reed, Secretary of …')", () => {
    const text = paragraphsText(
      "The Ministry of Harbours sent three people: Ann Bell, Tom Reed, Secretary of State for Harbours, and Kit Lamb.",
    );
    const secretaries = affiliationsIn(draftOf(text))
      .filter(([, role]) => role?.includes("Secretary of State"))
      .map(([who]) => who);
    expect(secretaries).not.toContain("Ann Bell");
  });

  it("ties no shadow, no former minister and no general secretary to the department", () => {
    const text = paragraphsText(
      "The Department of Coastal Affairs published its plan on Monday.",
      "Shadow Secretary of Coastal Affairs Tom Reed called it thin, and former Secretary of Coastal Affairs Ann Frith called it late.",
      "The union's General Secretary of Coastal Affairs Kit Lamb said: “We will read it.”",
    );
    const ties = tiesOf(text);
    expect(ties).not.toContain("Tom Reed → Department of Coastal Affairs");
    expect(ties).not.toContain("Ann Frith → Department of Coastal Affairs");
    expect(ties).not.toContain("Kit Lamb → Department of Coastal Affairs");
  });

  it("ties no one where no department is named for the office's field", () => {
    const text = paragraphsText(
      "The Ministry of Ports published its plan on Monday.",
      "Secretary of Coastal Affairs Tom Reed said: “The plan is a start.”",
    );
    expect(tiesOf(text).filter((t) => t.startsWith("Tom Reed"))).toEqual([]);
  });
});

// Stop 42: in a news report and a blog (set 65, two texts) the gold ties an office in prose to no body when the text
// names no department in the office's paragraph: "Tom Reed, the Secretary of State for Harbours, said …" with the
// department only in the registry (another text's), or named two paragraphs before. A body named beside such an
// office is not the minister's either. A transcript's office still takes
// the registry's department (above).
describe("an office in prose takes the department only where its paragraph names it", () => {
  it("ties no minister in prose to a department only the registry knows", () => {
    const text = paragraphsText(
      "Responding to a review by the Harbour Pay Board, Tom Reed, the Secretary of State for Harbours, promised pilots a 2 per cent rise from June.",
    );
    const ties = tiesOf(text, [body("department-for-harbours", "Department for Harbours")]);
    expect(ties).not.toContain("Tom Reed → department-for-harbours");
  });

  it("ties no minister to a department the text names only in another paragraph", () => {
    const text = paragraphsText(
      "Ann Bell will sit on a new panel that will counsel the Department of Harbours about pilots' pay.",
      "It was the Secretary of State for Harbours, Tom Reed, who unveiled the panel last spring.",
    );
    expect(tiesOf(text)).not.toContain("Tom Reed → Department of Harbours");
  });

  it("ties the minister to no other body named beside the office (a report's author)", () => {
    const text = paragraphsText(
      "Responding to a review by the Harbour Pay Board, Tom Reed, the Secretary of State for Harbours, promised pilots a 2 per cent rise from June.",
    );
    expect(tiesOf(text, [body("harbour-pay-board", "Harbour Pay Board")])).not.toContain(
      "Tom Reed → harbour-pay-board",
    );
  });

  it("still ties the minister where the office's paragraph names the department", () => {
    const text = paragraphsText(
      "The Department of Harbours published its plan, and the Secretary of State for Harbours, Tom Reed, said it was a start.",
    );
    expect(tiesOf(text)).toContain("Tom Reed → Department of Harbours");
  });
});
