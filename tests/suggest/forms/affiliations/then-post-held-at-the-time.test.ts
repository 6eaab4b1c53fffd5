// "In 2010 Ann Bell, then Chair of the Fenby Courts Board, said …": a post held at the time the text tells of, no
// longer (as "former"), is no affiliation, though the source still names the body (stop 40, from the misses of set 61:
// a charity's blog post). Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, type KnownForDraft } from "../../../helpers/draft.js";

const organisation = (id: string, label: string): KnownForDraft => ({ id, type: "organisation", label, aliases: [] });
const person = (id: string, label: string): KnownForDraft => ({ id, type: "person", label, aliases: [] });
const KNOWN = [
  organisation("fcb", "Fenby Courts Board"),
  organisation("mt", "Marlow Trust"),
  person("ab", "Ann Bell"),
  person("tr", "Tom Reed"),
];
const pairs = (text: string) =>
  affiliationsIn(draftOf(text, KNOWN))
    .map(([p, , body]) => `${p} → ${body}`)
    .sort();

describe("a post held then", () => {
  it("ties no one to a body whose post the text says was held then", () => {
    const text =
      "The ferry office shut all the same. In 2009 Ann Bell, then Chair of the Fenby Courts Board said " +
      "“the island deserves better”.\n";
    expect(pairs(text)).toEqual([]);
    // With an empty registry, the body is still read: the source names it.
    const draft = draftOf(text, []);
    expect(affiliationsIn(draft)).toEqual([]);
    expect(organisationsIn(draft)).toEqual(["Fenby Courts Board"]);
  });

  it("still ties a person whose post is current", () => {
    const text =
      "In 2010 Ann Bell, Chair of the Fenby Courts Board, said the court should stay. Tom Reed, then " +
      "Marlow Trust's chair, agreed.\n";
    expect(pairs(text)).toContain("ab → fcb");
  });
});
