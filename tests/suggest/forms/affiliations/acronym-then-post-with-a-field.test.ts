// A body's acronym, then a post in lower case whose field runs up to the holder's name ("FRA director of policy Ann
// Bell"): the post at that body, as after a possessive ("the FRA's head of tides Tania Reed"), so that the tie does not
// rest on the model alone (stop 40, from the misses of set 60: a professional body's blog post, whose later "made in
// FRA's new report" outweighed the pair). Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const organisation = (id: string, label: string): KnownForDraft => ({ id, type: "organisation", label, aliases: [] });
const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known))
    .map(([p, role, body]) => `${p} → ${body} (${role ?? "no role"})`)
    .sort();

const BLOG =
  "FRA director of policy Ann Bell lists five demands on dredging, all of them set out in FRA’s latest paper: " +
  "dredging and silt, a whole-estuary view.\n";

describe("an acronym, then a post with its field, then the holder", () => {
  it("ties the holder to the body, with the body in the registry or not", () => {
    expect(pairs(BLOG, [organisation("fra", "FRA")])).toEqual(["Ann Bell → fra (director of policy)"]);
    expect(pairs(BLOG)).toEqual(["Ann Bell → FRA (director of policy)"]);
  });

  it("reads no body from a state's letters or a member's", () => {
    const text =
      "UK head of policy Ann Bell spoke first. Later, MP for the city of Fenby Tom Reed replied. The panel ended.\n";
    expect(pairs(text)).toEqual([]);
  });
});
