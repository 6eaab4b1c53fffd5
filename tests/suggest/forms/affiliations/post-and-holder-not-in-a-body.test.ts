// A post written between a body's name and its holder's ("Fenby Power Company CEO Tom Reed", "Marlow Lab Director Dr.
// Jo Pratt"), or owned by a body's possessive ("Fenbyco's Executive Vice President"), is no part of the body's name (stop
// 37, from the misses of sets 48–51 with both registries). Small texts written for this test (names, bodies and
// sentences invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known))
    .map(([person, , body]) => `${person} → ${body}`)
    .sort();

const organisation = (id: string, label: string): KnownForDraft => ({ id, type: "organisation", label, aliases: [] });
const person = (id: string, label: string): KnownForDraft => ({ id, type: "person", label, aliases: [] });

const PANEL =
  "The five panellists were Under Secretary Dr. Kit Lamb, Quillby Power Operating Company CEO Tom Reed, FNA COO Ann " +
  "Frith and Marlow Research Laboratory Director Dr. Jo Pratt.\n";

describe("a post and its holder after a body's name", () => {
  it("ends the body's name before the post, with an empty registry", () => {
    const draft = draftOf(PANEL, []);
    expect(organisationsIn(draft)).toEqual(["FNA", "Marlow Research Laboratory", "Quillby Power Operating Company"]);
    expect(pairs(PANEL)).toEqual([
      "Ann Frith → FNA",
      "Jo Pratt → Marlow Research Laboratory",
      "Tom Reed → Quillby Power Operating Company",
    ]);
  });

  it("ties each holder to the body before their post, with the bodies in the registry", () => {
    const known = [
      organisation("qp", "Quillby Power Operating Company"),
      organisation("fna", "FNA"),
      organisation("mrl", "Marlow Research Laboratory"),
      person("tr", "Tom Reed"),
      person("af", "Ann Frith"),
      person("jp", "Jo Pratt"),
      person("kl", "Kit Lamb"),
    ];
    expect(pairs(PANEL, known)).toEqual(["af → fna", "jp → mrl", "tr → qp"]);
  });

  it("ends a body's name that ran on through the next entry of a list of holders", () => {
    const text =
      "The panel included Harrow Sports CFO Ann Frith, President of Quillfly Sports Christy Hale and Marlow 88s " +
      "COO Jo Pratt.\n";
    expect(organisationsIn(draftOf(text, []))).toContain("Quillfly Sports");
    expect(pairs(text)).toContain("Christy Hale → Quillfly Sports");
  });

  it("keeps a post's word inside a body's name when no holder's name follows it", () => {
    const text =
      "Ann Frith, of the Association of Chief Harbour Officers, spoke first. Tom Reed is a member of the Fenby " +
      "Society of Directors Jo Pratt founded.\n";
    const bodies = organisationsIn(draftOf(text, []));
    expect(bodies).toContain("Association of Chief Harbour Officers");
    expect(pairs(text)).toContain("Ann Frith → Association of Chief Harbour Officers");
  });
});

describe("a post owned by a body's possessive", () => {
  it("reads the body before the possessive, not the post after it", () => {
    const text = "Ann Frith, Fenbyco's Executive Vice President, led the discussion that followed.\n";
    expect(organisationsIn(draftOf(text, []))).toEqual(["Fenbyco"]);
    expect(pairs(text)).toEqual(["Ann Frith → Fenbyco"]);
  });

  it("still reads a body's word after a possessive as a body", () => {
    const text = "Tom Reed sits on the Fenby Trust's Executive Committee, which met on Monday.\n";
    expect(organisationsIn(draftOf(text, []))).toContain("Executive Committee");
  });
});
