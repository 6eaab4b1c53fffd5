// An older Commons page's witness sentence with commas only, the body once at its end ("Witnesses: Ms A, President,
// Mr B, Deputy Director, Ms C, Policy Officer, Body, gave evidence."): every witness is the body's, with the post after
// their name (stop 39, from the misses of set 58; the form with semicolons was read before). Small texts written for
// this test (names, posts and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const pairs = (text: string, known: KnownForDraft[] = []) =>
  affiliationsIn(draftOf(text, known))
    .map(([person, role, body]) => `${person} → ${body} (${role ?? ""})`)
    .sort();

const organisation = (id: string, label: string): KnownForDraft => ({ id, type: "organisation", label, aliases: [] });

const HEARING = (witnesses: string) =>
  [
    "Oral Evidence",
    "",
    "Taken before the Harbours Committee",
    "",
    "Members present",
    "",
    "Mr Tom Reed, in the Chair",
    "",
    "Kit Lamb",
    "",
    "Examination of Witnesses",
    "",
    witnesses,
    "",
  ].join("\n");

describe("a witness sentence with commas only, the body once at its end", () => {
  const text = HEARING(
    "Witnesses: Ms Ann Bell, President, Mr Jo Pratt, Deputy Director, Ms Dee Frith, Policy Officer, Fenby Harbour " +
      "Association, gave evidence.",
  );

  it("gives every witness the closing body, each with the post after their name", () => {
    expect(pairs(text)).toEqual([
      "Ann Bell → Fenby Harbour Association (President)",
      "Dee Frith → Fenby Harbour Association (Policy Officer)",
      "Jo Pratt → Fenby Harbour Association (Deputy Director)",
    ]);
  });

  it("does so with the body in the registry", () => {
    expect(pairs(text, [organisation("fha", "Fenby Harbour Association")])).toEqual([
      "Ann Bell → fha (President)",
      "Dee Frith → fha (Policy Officer)",
      "Jo Pratt → fha (Deputy Director)",
    ]);
  });

  it("leaves a witness whose entry names a body of its own to that body", () => {
    const own = HEARING(
      "Witnesses: Ms Ann Bell, Chief Executive, Quillmarsh Ports Trust, Mr Jo Pratt, Deputy Director, Fenby Harbour " +
        "Association, gave evidence.",
    );
    const found = pairs(own);
    expect(found).toContain("Jo Pratt → Fenby Harbour Association (Deputy Director)");
    expect(found.filter((p) => p.startsWith("Ann Bell"))).not.toContain(
      expect.stringContaining("→ Fenby Harbour Association"),
    );
  });

  it("does not split where a witness is named with no title (a post's words could be a name)", () => {
    const untitled = HEARING(
      "Witnesses: Ann Bell, President, Jo Pratt, Deputy Director, Fenby Harbour Association, gave evidence.",
    );
    expect(pairs(untitled).filter((p) => p.startsWith("Ann Bell"))).toEqual([]);
  });
});
