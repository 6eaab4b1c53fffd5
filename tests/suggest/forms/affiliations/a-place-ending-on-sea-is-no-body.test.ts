// A place's name with "on" or "upon" in it ("Fenby on Sea", "Marlow upon Tyne") before a post is where the holder is
// from, and its last word is no body (stop 39, from the misses of set 58 with both registries: a body "Sea" was read and
// tied to two people). Small texts written for this test (names and places invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text, []))
    .map(([person, , body]) => `${person} → ${body}`)
    .sort();

describe("a place's name with 'on' or 'upon' before a post", () => {
  it("reads no body from the place's last word", () => {
    const text =
      "Fenby on Sea campaigner Ann Bell said the cuts were ludicrous. Marlow upon Tyne councillor Tom Reed agreed.\n";
    expect(organisationsIn(draftOf(text, []))).toEqual([]);
    expect(pairs(text)).toEqual([]);
  });

  it("still reads a body's name before a post", () => {
    const text = "Fenby Sea Trust campaigner Ann Bell said the cuts were ludicrous.\n";
    expect(pairs(text)).toEqual(["Ann Bell → Fenby Sea Trust"]);
  });
});
