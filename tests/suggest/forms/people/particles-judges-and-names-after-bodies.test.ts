// Stop 33: who is a person, in forms the blind misses of sets 32–35 showed unread — a surname after a particle in lower
// case ("de", "de la", "van der"), a judge's style "Her Honour Judge", and a name run on after a body's name that ends
// in "of …" ("Dean of the Fenby School of Law Tom Hale", "Fenby School of Law Dean Ida Pike"). Texts written for this
// test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { draftOf, peopleIn } from "../../../helpers/draft.js";

const peopleOf = (text: string) => peopleIn(draftOf(text));

describe("a name with particles before its surname", () => {
  it("reads the given name, the particles and the surname as one person's", () => {
    expect(peopleOf("Ann de Frith spoke at the launch of the harbour plan.")).toEqual(["Ann de Frith"]);
    expect(peopleOf("The motion was opposed by Hans van der Holt, who runs the ferry.")).toEqual(["Hans van der Holt"]);
  });

  it("reads it as a list's item after 'and', where the particles are no words of an office's name", () => {
    expect(peopleOf("Alan Holt, Tom Reed and Sally de la Pike gave evidence.")).toEqual([
      "Alan Holt",
      "Tom Reed",
      "Sally de la Pike",
    ]);
  });

  it("still refuses a place or a thing with a particle, and still cuts an office before a name", () => {
    expect(peopleOf("The ferry sails to Port de Marlow every day.")).toEqual([]);
    expect(peopleOf("Secretary of State for Work and Pensions Ann Frith spoke.")).toEqual(["Ann Frith"]);
  });
});

describe("a judge's style before the name ('Her Honour Judge')", () => {
  it("reads the name after the style", () => {
    expect(
      peopleOf("We have a fine panel: Her Honour Judge Ann de Frith KC for the motion; Tom Reed KC, against."),
    ).toEqual(["Ann de Frith", "Tom Reed"]);
    expect(peopleOf("His Honour Judge Paul Holt retired last year after twenty years on the bench.")).toEqual([
      "Paul Holt",
    ]);
  });
});

describe("a name run on after a body's name that ends in 'of …'", () => {
  it("reads the name after the body, a given name or a post's word opening it", () => {
    expect(peopleOf("Dean of the Fenby School of Law Tom Hale reminded the room of the cost.")).toEqual(["Tom Hale"]);
    expect(peopleOf("Head of the Marlow Institute of Mass Communications Ida Pike said the rules were old.")).toEqual([
      "Ida Pike",
    ]);
    expect(
      peopleOf("Fenby School of Law Dean Ebele Morgan and Harbour Trust President Ann Frith welcomed the guests."),
    ).toEqual(["Ebele Morgan", "Ann Frith"]);
  });

  it("still reads no one in a body's name alone", () => {
    expect(peopleOf("The Centre for Urban Futures and the Institute of Fine Arts Gallery opened a show.")).toEqual([]);
    expect(peopleOf("The University of East Anglia Press published the report.")).toEqual([]);
  });
});
