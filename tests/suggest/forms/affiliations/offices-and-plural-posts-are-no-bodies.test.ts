// A minister's office and a post in the plural read as bodies (stop 41, from the misses of set 63: a public bill
// committee's member list, a conference transcript): "Parliamentary Under-Secretary of State for Harbours" (no body
// "State"; "Secretary of State" was read before), "the UK Prime Minister, Tom Reed" (no body "UK Prime"), "Jo Hale, Ian
// Dunn, Committee Clerks" (no body "Committee Clerks"). Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? ""})`)
    .sort();

describe("offices and posts in the plural", () => {
  it("read no body from an under-secretary's office", () => {
    const text =
      "The Committee consisted of the following Members:\nChairs: Dr Ann Bell, Tom Reed\n" +
      "† Pratt, Jo (Parliamentary Under-Secretary of State for Harbours and Ferries)\n" +
      "† Lowe, Sam (Marlow) (Lab)\nJane Hale, Ian Dunn, Committee Clerks\n† attended the Committee\n";
    const draft = draftOf(text);
    expect(organisationsIn(draft)).toEqual(["Labour Party"]);
    expect(pairs(text)).toEqual(["Sam Lowe → Labour Party ()"]);
  });

  it("read no body from a prime minister's office named with the country", () => {
    const text = "As part of the plan, the UK Prime Minister, Tom Reed, announced more money for harbours.\n";
    expect(organisationsIn(draftOf(text))).toEqual([]);
    expect(pairs(text)).toEqual([]);
  });

  it("still read a body a secretary or clerk serves, and a firm named by its trade", () => {
    expect(pairs("Tom Reed, Secretary of the Fenby Harbour Trust, spoke.\n")).toEqual([
      "Tom Reed → Fenby Harbour Trust (Secretary)",
    ]);
    expect(pairs("Jo Pratt, Clerk to the Marlow Ferry Board, spoke.\n")).toEqual([
      "Jo Pratt → Marlow Ferry Board (Clerk)",
    ]);
    // (A body of a post's holders: "of" in its name.)
    const union = "Before that, Jo Pratt had been general secretary of the Association of College Teachers (ACT).\n";
    expect(organisationsIn(draftOf(union))).toEqual(["Association of College Teachers"]);
    // (A trade in the plural with no body's word before it: a firm.)
    expect(pairs("Ann Bell, partner, Marlow Engineers, spoke.\n")).toEqual(["Ann Bell → Marlow Engineers (partner)"]);
  });
});
