// Stop 44: "Ed spoke of his worry …, adding that ‘…’" of the text's Edward Pennick: a given name's usual
// short form alone is the one person of the text with that given name. Every name, body and word here is invented for
// these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

const night = (people: string) =>
  draftOf(
    lines(
      "Harbour law night",
      `${people} He told of the ferry cases he had argued. Ed spoke of his worry about the closures, adding that ‘a port with no court is a port with no law at all’.`,
    ),
  );

describe("'Ed spoke of his worry …, adding that ‘…’': the text's one Edward", () => {
  it("gives the words to Edward Pennick", () => {
    const draft = night("First, Edward Pennick KC described his experiences of the harbour courts.");
    expect(saidBy(draft, "a port with no court is a port")).toEqual(["Edward Pennick"]);
  });
});

describe("refused: two Edwards, or a short form that is also a word", () => {
  it("gives the words to neither of two Edwards", () => {
    const draft = night("First, Edward Pennick KC and Edward Marsh described their experiences of the harbour courts.");
    expect(saidBy(draft, "a port with no court is a port")).toEqual([]);
  });

  it("does not read 'the Bill' as William Pennick", () => {
    const draft = draftOf(
      lines(
        "Harbours Bill debate",
        "William Pennick MP opened the debate on the harbours. Ann Bell, who chairs Fenby Ports, spoke next.",
        "Later the Bill was described as ‘a charter for the dredgers and no one else’ by the ports' lawyers.",
      ),
    );
    expect(saidBy(draft, "a charter for the dredgers")).toEqual([]);
  });
});
