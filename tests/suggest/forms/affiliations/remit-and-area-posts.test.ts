// A post whose first words are its remit, two fields joined by "and" ("Fire and Rescue Commissioner", "Marlshire Police
// & Crime Commissioner"), or that serves an area ("Commissioner for Fenby-Marlow"), names no body: neither the fields
// nor the place are an organisation, and the holder has no affiliation (stop 40, from the misses of sets 60–61: a
// commissioners' write-up, a panel's news report). Small texts written for this test (names, bodies and places invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text, []))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`)
    .sort();

describe("a post named by its remit", () => {
  it("reads no body in a remit before a post, its holder's name after it", () => {
    const text =
      "Marlshire Police & Crime Commissioner, Ann Bell, said the force had met its targets.\n\n" +
      "The panel agreed to the budget that the Police and Crime Commissioner, Tom Reed, had proposed.\n";
    const draft = draftOf(text, []);
    expect(organisationsIn(draft)).toEqual([]);
    expect(pairs(text)).toEqual([]);
  });

  it("reads no body in the post's plural", () => {
    const text =
      "Three Fenby Police and Crime Commissioners appeared before the Fenby Affairs Committee on Monday. " +
      "Members asked what Police and Crime Commissioners add.\n";
    expect(organisationsIn(draftOf(text, []))).toEqual(["Fenby Affairs Committee"]);
  });

  it("still reads a body of the post's holders, and a body whose name ends in fields", () => {
    const text =
      "Ann Bell, chair of the Guild of Harbour and Ferry Commissioners, spoke first. Tom Reed, director of " +
      "the Marlow Fire and Rescue Service, spoke next.\n";
    const draft = draftOf(text, []);
    expect(organisationsIn(draft)).toEqual(
      expect.arrayContaining(["Guild of Harbour and Ferry Commissioners", "Marlow Fire and Rescue Service"]),
    );
    expect(pairs(text)).toEqual([
      "Ann Bell → Guild of Harbour and Ferry Commissioners (chair)",
      "Tom Reed → Marlow Fire and Rescue Service (director)",
    ]);
  });
});

describe("a commissioner for an area", () => {
  it("reads no body in the area a commissioner serves", () => {
    const text = "Jo Pratt, Police and Crime Commissioner for Fenby-Marlow, said:\n\n“Every station stays open.”\n";
    expect(organisationsIn(draftOf(text, []))).toEqual([]);
    expect(pairs(text)).toEqual([]);
  });

  it('still ties a commissioner to a body named after "for" or an acronym', () => {
    const text =
      "Jo Pratt, Commissioner for the Fenby Water Authority, said the bills would rise. Kit Lamb, Commissioner " +
      "for FWRA, agreed.\n";
    expect(pairs(text)).toEqual(expect.arrayContaining(["Jo Pratt → Fenby Water Authority (Commissioner)"]));
  });
});
