// Stop 45 (set 74): local news names the one council, then a councillor by a party's council post: "Conservative
// Council Leader Coun Name said …", "Name, the Labour group leader on the council, …". The post is held at the council
// the text names, and the party stays the person's. Every name, body and sentence here is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const COUNCIL = "Marlow Riding Council voted on the motion on Tuesday.";

describe("a party's council post", () => {
  it("reads 'Conservative Council Leader Coun Name' at the council the text names, and the party", () => {
    const ties = affiliationsIn(draftOf(`${COUNCIL}\n\nConservative Council Leader Coun Tom Reed said it was late.`));
    expect(ties.map(([who, , org]) => [who, org])).toEqual([
      ["Tom Reed", "Conservative Party"],
      ["Tom Reed", "Marlow Riding Council"],
    ]);
  });

  it("reads 'Name, the Labour group leader on the council,' at the council the text names", () => {
    const text = `${COUNCIL}\n\nHer words prompted Sally Kebb, the Labour group leader on the council, to ask for more.`;
    expect(affiliationsIn(draftOf(text)).map(([who, , org]) => [who, org])).toEqual([
      ["Sally Kebb", "Labour Party"],
      ["Sally Kebb", "Marlow Riding Council"],
    ]);
  });

  it("reads no council for a party's leader who holds no council post ('Labour leader Name')", () => {
    const text = `${COUNCIL}\n\nLabour leader Sally Kebb said the motion was late.`;
    expect(affiliationsIn(draftOf(text)).map(([who, , org]) => [who, org])).toEqual([["Sally Kebb", "Labour Party"]]);
  });
});
