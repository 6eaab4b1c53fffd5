// A list of speakers a line each, "Name, Body" (a bullet before, ": what they said" after): the words after the name's
// comma are the speaker's body, though they read as no body alone (stop 35, from the misses of sets 38, 41 and 42 with an
// empty registry). Small texts written for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const affiliations = (text: string) =>
  affiliationsIn(draftOf(text, []))
    .map(([person, , body]) => [person, body] as [string, string])
    .sort((a, b) => a[0].localeCompare(b[0]));

describe("a list of speakers, a line each: 'Name, Body'", () => {
  it("ties each speaker to the body on their line, one-word firms too", () => {
    const text = [
      "Three guest speakers gave short talks on market towns and their shops.",
      "",
      "Ann Frith, Quillmarsh",
      "",
      "“Most shoppers still want a reason to come into town.”",
      "",
      "Tom Reed, Brackenfold",
      "",
      "“Parking is not the whole story, but it matters.”",
      "",
      "Jo Pratt, Marlow Lantern",
      "",
      "“Small grants go a long way when they are spent early.”",
    ].join("\n");
    expect(affiliations(text)).toEqual([
      ["Ann Frith", "Quillmarsh"],
      ["Jo Pratt", "Marlow Lantern"],
      ["Tom Reed", "Brackenfold"],
    ]);
  });

  it("reads a bulleted list with what each speaker said after a colon", () => {
    const text = [
      "Highlights of the session:",
      "- Sarah Cole, Fenbrook Water: Explained how storm drains are cleaned each spring.",
      "- David Lowe, Harrowgate Tanner: Showed the new gauges placed along the river.",
    ].join("\n");
    expect(affiliations(text)).toEqual([
      ["David Lowe", "Harrowgate Tanner"],
      ["Sarah Cole", "Fenbrook Water"],
    ]);
  });

  it("leaves a post on the line, and a place, untied", () => {
    const text = [
      "The panel:",
      "Ann Frith, Quillmarsh",
      "Dr Tom Reed, Consultant Surgeon",
      "Jo Pratt, Leeds",
      "Sarah Cole, Brackenfold",
    ].join("\n");
    expect(affiliations(text)).toEqual([
      ["Ann Frith", "Quillmarsh"],
      ["Sarah Cole", "Brackenfold"],
    ]);
  });

  it("reads no body from one such line alone, nor from lines that hold no person", () => {
    expect(affiliations("Ann Frith, Quillmarsh\n\n“Most shoppers still want a reason to come.”")).toEqual([]);
    expect(
      affiliations("Opening Times, Saturdays\nHigh Street, Brackenfold\n\nAnn Frith said the market would reopen."),
    ).toEqual([]);
  });
});
