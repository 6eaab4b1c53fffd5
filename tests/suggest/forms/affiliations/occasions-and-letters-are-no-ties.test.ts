// Stop 42: the affiliation model tied people to bodies the text names beside them for another reason (set 65, a blog
// and a news report): the body named an occasion the person was at ("During the closing session of the Fenby
// conference, Ann Bell gave …"), and a letter the person sent the body ("harbours secretary Tom Reed's letter to the
// Fenby Pay Board"). The gold ties neither. Stop 39 refused a thing a person owns that the body makes ("Ann Bell's FBC
// show"); now also a thing the person sends to the body ("'s letter to", "'s reply to"), and a body right before an
// occasion's word in lower case ("conference", "'s annual conference", "autumn seminar"). Refused: a post a rule reads
// at the body, beside its occasion ("Fenby Party chair Ann Bell opened the party's conference"), a post "to" a body
// ("adviser to"). Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft, paragraphsText } from "../../../helpers/draft.js";

const body = (id: string, label: string, aliases: string[] = []): KnownForDraft => ({
  id,
  type: "organisation",
  label,
  aliases,
});
const party = body("fenby-party", "Fenby Party", ["Fenby"]);
const board = body("fenby-pay-board", "Fenby Pay Board");
const tiesOf = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known)).map(([who, , org]) => `${who} → ${org}`);

describe("a body named for an occasion or a letter beside a person", () => {
  it("ties no one to the party whose conference they speak at", () => {
    const text = paragraphsText(
      "During the closing session of the Fenby conference, Ann Bell gave her third speech of the week.",
      "She told the hall that pilots were paid too little.",
    );
    expect(tiesOf(text, [party])).not.toContain("Ann Bell → fenby-party");
  });

  it("ties no one to a guild whose annual conference they spoke at", () => {
    const text = paragraphsText(
      "Tom Reed unveiled the plan last spring at the Fenby Pilots Guild's annual conference in Marlow.",
    );
    expect(tiesOf(text)).not.toContain("Tom Reed → Fenby Pilots Guild");
  });

  it("ties no one to the board their letter went to", () => {
    const text = paragraphsText(
      "According to Kit Lamb, harbours secretary Tom Reed’s letter to the Fenby Pay Board thanked pilots for their work in the storms.",
    );
    expect(tiesOf(text, [board])).not.toContain("Tom Reed → fenby-pay-board");
  });

  it("still ties a post a rule reads at the body, and a post to a body", () => {
    const text = paragraphsText(
      "Fenby Party chair Ann Bell opened the party's conference on Monday.",
      "Tom Reed, adviser to the Fenby Pay Board, spoke next.",
    );
    const ties = tiesOf(text, [party, board]);
    expect(ties).toContain("Ann Bell → fenby-party");
    expect(ties).toContain("Tom Reed → fenby-pay-board");
  });
});
