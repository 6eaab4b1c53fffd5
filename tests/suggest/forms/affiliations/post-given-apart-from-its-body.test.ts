// A committee's minutes of evidence list each witness with their body and no post ("Mr Tom Reed, Fenby Growers'
// Union"); the chair's welcome gives the post with no body ("I welcome Tom Reed, the deputy president; …"). The post is
// the one held at the body (stop 39, from the misses of set 59 and the same form in set 56). Small texts written for this
// test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text, []))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? ""})`)
    .sort();

const minutes = (welcome: string) =>
  [
    "Official Report: Minutes of Evidence",
    "",
    "Committee for Harbours, meeting on Thursday, 4 May 2028",
    "",
    "Members present for all or part of the proceedings:",
    "",
    "Mr Kit Lamb (Chairperson)",
    "Ms Dee Frith",
    "",
    "",
    "Mr Tom Reed, Fenby Growers' Union",
    "Ms Ann Bell, Fenby Growers' Union",
    "",
    "Harbour Dues: Fenby Growers' Union",
    "",
    `The Chairperson (Mr Lamb): ${welcome} Thank you for coming to brief the Committee today.`,
    "",
    "Mr Tom Reed (Fenby Growers' Union): Good morning, and thank you for having us.",
    "",
  ].join("\n");

describe("a post given apart from the body of the witness list", () => {
  it("gives each witness the post of the welcome at the list's body", () => {
    const text = minutes("I welcome Tom Reed, the president; and Ann Bell, the chief finance officer.");
    expect(pairs(text)).toEqual([
      "Ann Bell → Fenby Growers' Union (chief finance officer)",
      "Tom Reed → Fenby Growers' Union (president)",
    ]);
  });

  it("leaves a post that names where it is held to its own place", () => {
    const text = minutes("I welcome Tom Reed, the chair of the harbour panel; and Ann Bell.");
    expect(pairs(text).filter((p) => p.startsWith("Tom Reed"))).not.toContain(
      "Tom Reed → Fenby Growers' Union (chair of the harbour panel)",
    );
  });

  it("gives no post where the welcome gives two", () => {
    const text = minutes("I welcome Tom Reed, the president, and Ann Bell. Tom Reed, the union treasurer, will start.");
    expect(pairs(text).filter((p) => p.startsWith("Tom Reed"))).toEqual(["Tom Reed → Fenby Growers' Union ()"]);
  });

  it("gives no post given alone, outside a list of posts", () => {
    const text = minutes("I welcome Tom Reed, the president, and Ann Bell.");
    expect(pairs(text).filter((p) => p.startsWith("Tom Reed"))).toEqual(["Tom Reed → Fenby Growers' Union ()"]);
  });
});
