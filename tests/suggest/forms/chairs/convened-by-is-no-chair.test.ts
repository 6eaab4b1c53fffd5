// "convened by X" names who called a meeting together (a leader, an organiser), not who chaired it: read from a wrong
// chair of the blind sets 36–39. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, panelAfter, paragraphsText, peopleIn } from "../../../helpers/draft.js";

describe("a meeting 'convened by' someone has no chair for it", () => {
  const forms = [
    "The cross-party Harbour Forum, convened by Council Leader Ann Frith, brought together port owners and unions.",
    "Last week's roundtable was convened by Ann Frith, the party's leader, at the Fenby Guildhall.",
    "Convened by Ann Frith, the harbour summit heard from port owners and unions.",
    "A summit convened by Fenby's mayor, Ann Frith, met on Monday with port owners and unions.",
  ];
  for (const sentence of forms) {
    it(`drafts no chair from '${sentence.slice(0, 50)}…'`, () => {
      const draft = draftOf(panelAfter(sentence));
      expect(chairsIn(draft)).toEqual([]);
      expect(peopleIn(draft)).toEqual(expect.arrayContaining(["Ann Frith", "Tom Reed", "Kit Lamb"]));
    });
  }

  it("still reads 'chaired by' beside 'convened by' ('convened by X and chaired by Y')", () => {
    const draft = draftOf(
      paragraphsText(
        "The harbour forum, convened by Ann Frith and chaired by Ruth Okafor, heard from port owners.",
        "“The harbour needs dredging,” said Tom Reed, chief executive of Fenby Ports.",
      ),
    );
    expect(chairsIn(draft)).toEqual(["Ruth Okafor"]);
  });

  it("still reads a committee's Convener in brackets as its chair", () => {
    const draft = draftOf(
      paragraphsText(
        "The Convener (Ann Frith): Good morning and welcome to the committee.",
        "Tom Reed (Fenby Ports): Thank you, convener. The harbour needs dredging.",
        "The Convener: Thank you.",
      ),
    );
    expect(chairsIn(draft)).toEqual(["Ann Frith"]);
  });
});
