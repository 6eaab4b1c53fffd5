// After a post and its comma, the next person of a list is no body: a courtesy title read alone ("Mr." before the
// name, the stop ending the read) or a person's name ("Witnesses: Ann Bell MP, Minister for X, Tom Reed, …") (stop 41,
// from the misses of sets 62 and 63: a parliamentary committee's welcome and a select committee's witness sentence).
// Small texts written for this test (names, posts and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? ""})`)
    .sort();

describe("the next person after a post's comma", () => {
  it("reads no body from a title with its stop", () => {
    const text =
      "We have witnesses before us. Ms Jo Kent, chair of the Fenby Harbour Board, is welcome. With her are Mr. Tom " +
      "Reed, commissioner, Mr. Sam Lowe, commissioner, and Ms Kate Dunn, director of ferries.\n";
    const draft = draftOf(text);
    expect(organisationsIn(draft)).toEqual(["Fenby Harbour Board"]);
    expect(pairs(text).filter((p) => !p.startsWith("Jo Kent"))).toEqual([]);
  });

  it("reads no body from the next witness's name", () => {
    const text =
      "Examination of Witnesses\n\nWitnesses: Ann Bell MP, Minister for Harbour Users, Tom Reed, Harbour Pass " +
      "Policy, Build, Trial and Review Lead, gave evidence.\n";
    expect(organisationsIn(draftOf(text))).toEqual([]);
    expect(pairs(text)).toEqual([]);
  });

  it("shares the body a witness sentence closes with, a title on one witness only", () => {
    const text =
      "Examination of Witnesses\n\nWitnesses: Ann Bell MP, Minister for Harbour Users, Tom Reed, Harbour Pass " +
      "Policy, Build and Trial Manager, and Dr Kit Lamb, Chief Medical Adviser, Department for Harbours and Ferries, " +
      "gave evidence.\n";
    expect(pairs(text)).toEqual([
      "Ann Bell → Department for Harbours and Ferries (Minister for Harbour Users)",
      "Kit Lamb → Department for Harbours and Ferries (Chief Medical Adviser)",
      "Tom Reed → Department for Harbours and Ferries (Harbour Pass Policy, Build and Trial Manager)",
    ]);
  });

  it("still reads a body after a post's comma", () => {
    // A body named after a person, ending the entry ("… as well as …"), is still the body.
    expect(
      pairs(
        "Talks came from Jo Kent, Director for External Affairs, Arthur Fenwick as well as Ann Bell, who chairs it.\n",
      ),
    ).toContain("Jo Kent → Arthur Fenwick (Director for External Affairs)");
    expect(pairs("Jo Kent, commissioner, Fenby Harbour Board, said the ferry would run.\n")).toEqual([
      "Jo Kent → Fenby Harbour Board (commissioner)",
    ]);
    // A name shaped as a person's that reads as a body's (its body's word) is the body.
    expect(pairs("Jo Kent, partner, Ann Bell Associates, said the ferry would run.\n")).toEqual([
      "Jo Kent → Ann Bell Associates (partner)",
    ]);
  });
});
