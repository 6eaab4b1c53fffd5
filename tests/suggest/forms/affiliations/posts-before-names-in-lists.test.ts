// A list whose entries put the post before the name ("… Fenby University President Ann Frith, Chancellor of the
// University of Marlow Tom Reyes and …"): each post and body is the name's after it, not the name's before it, and the
// body ends where the next name begins (stop 33's second round, from the blind misses of sets 36–39). Small texts
// written for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const affiliations = (text: string) =>
  affiliationsIn(draftOf(text, [])).sort((a, b) => a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]));

describe("posts written before the names of a list", () => {
  it.each([
    [
      "The guests were Ola Wren, Chancellor of the University of Marlow Ann Frith and Dean of Keld Law School Tom Reyes.",
      [
        ["Ann Frith", "Chancellor", "University of Marlow"],
        ["Tom Reyes", "Dean", "Keld Law School"],
      ],
    ],
    [
      "On stage were Sen. Ola Wren (D-OR), Fenby University President Ann Frith, Provost of Marlow College Tom Reyes and Dean of Keld Law School Jo Pratt.",
      [
        ["Ann Frith", "President", "Fenby University"],
        ["Jo Pratt", "Dean", "Keld Law School"],
        ["Ola Wren", undefined, "Democratic Party"],
        ["Tom Reyes", "Provost", "Marlow College"],
      ],
    ],
    [
      "Also speaking: Ola Wren, Director of the Keld Institute Ann Frith, and Principal of the Fenby Academy of Music Tom Reyes.",
      [
        ["Ann Frith", "Director", "Keld Institute"],
        ["Tom Reyes", "Principal", "Fenby Academy of Music"],
      ],
    ],
  ])("ties each post to the name after it (%#)", (text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });

  it("ties no post to the name before it, nor a post read as a body", () => {
    const found = affiliations(
      "The panel heard from Ola Wren, Chancellor of the University of Marlow Ann Frith and President of the Fenby Institute Tom Reyes.",
    );
    expect(found.filter(([person]) => person === "Ola Wren")).toEqual([]);
    expect(found.map(([, , body]) => body).filter((b) => /^(?:Chancellor|President)\b/u.test(b))).toEqual([]);
  });
});

describe("a saint's shortened word inside a body's name", () => {
  it.each([
    ["Chancellor of the University of Fenby-St. Keld Ann Frith opened the day.", "University of Fenby-St. Keld"],
    ["Ann Frith, a surgeon at the Royal Hospital of St. Kester, spoke first.", "Royal Hospital of St. Kester"],
    ["Ann Frith, the Director of St. Kester’s College, spoke first.", "St. Kester’s College"],
    ["Ann Frith, who teaches at Marlow-St. Keld University, spoke first.", "Marlow-St. Keld University"],
  ])("reads the name on past the full stop (%#)", (text, body) => {
    expect(affiliations(text).map(([person, , b]) => [person, b])).toEqual([["Ann Frith", body]]);
  });
});

describe("what stays as it was", () => {
  it.each([
    [
      "Tom Reyes, Director of the Ann Frith Foundation, spoke first.",
      [["Tom Reyes", "Director", "Ann Frith Foundation"]],
    ],
    [
      "Ann Frith, Chancellor of the University of Marlow, and Tom Reyes, Dean of Keld Law School, spoke.",
      [
        ["Ann Frith", "Chancellor", "University of Marlow"],
        ["Tom Reyes", "Dean", "Keld Law School"],
      ],
    ],
    [
      "Marlow Heritage’s chairman Tom Reyes and chief executive Ann Frith visited the harbour.",
      [
        ["Ann Frith", "chief executive", "Marlow Heritage"],
        ["Tom Reyes", "chairman", "Marlow Heritage"],
      ],
    ],
  ])("a body named after a person, posts after names, a post a list shares (%#)", (text, expected) => {
    expect(affiliations(text)).toEqual(expected);
  });
});
