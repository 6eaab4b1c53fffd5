// Stop 38: a name the registry knows as a body's, an event's or a programme's, drafted as a new person (sets 56–57,
// three texts): a body's name cut at "for" after a post with no "of" ("Director The Campaign for …"), a charity with
// stops or a hyphen in its name ("U.K. Harbours", "X-Tides Enterprise"), an event after a possessive ("the Guild's
// Spring Muster that featured …"). Each then took a quotation or an affiliation. Refused: a person the text also
// names outside the body's name, and names the registry does not know. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import {
  affiliationsIn,
  draftOf,
  type KnownForDraft,
  paragraphsText,
  peopleIn,
  saidByIn,
} from "../../../helpers/draft.js";

const body = (id: string, label: string, aliases: string[] = []): KnownForDraft => ({
  id,
  type: "organisation",
  label,
  aliases,
});

describe("a name the registry knows as a body's or an event's is no new person", () => {
  it("reads no person in a known campaign's name cut at 'for' after a post ('Director The Campaign for …')", () => {
    const text = paragraphsText(
      "The harbour budget was cut by a fifth on Tuesday.",
      "Dr Ann Bell, Director The Campaign for Clean Harbours, said:",
      "“The sums cut may look small, but they fall on the work that keeps the water clean.”",
    );
    const draft = draftOf(text, [body("campaign-clean-harbours", "The Campaign for Clean Harbours")]);
    expect(peopleIn(draft)).not.toContain("The Campaign");
    expect(saidByIn(draft, "The sums cut")).not.toContain("The Campaign");
  });

  it("reads no person in known charities listed with stops or a hyphen ('U.K. Harbours, Marlow Solutions')", () => {
    const text = paragraphsText(
      "The Fenby Guild hosted a roundtable on harbour jobs on 4 May.",
      "The panellists included representatives from the Fenby Housing Council, U.K. Harbours, Marlow Solutions, the Coast Fund and the Quay Foundation.",
      "Tom Reed, the director of Marlow Solutions, said the jobs were there to be filled.",
    );
    const draft = draftOf(text, [body("uk-harbours", "U.K. Harbours"), body("marlow-solutions", "Marlow Solutions")]);
    expect(peopleIn(draft)).not.toContain("U.K. Harbours");
    expect(affiliationsIn(draft).map(([who]) => who)).not.toContain("U.K. Harbours");
    expect(peopleIn(draft)).toContain("Tom Reed");
  });

  it("reads no person in a known event after a possessive ('the Guild's Spring Muster that featured')", () => {
    const text = paragraphsText(
      "The Fenby Guild's Harbour Commission hosted a roundtable on 24 March during the Guild's Spring Muster that featured skippers, advocates and officials.",
      "Tom Reed, the Guild's harbour director, called the new count a “benchmark” for every port.",
    );
    const known: KnownForDraft[] = [
      { id: "spring-muster", type: "event", label: "Fenby Guild Spring Muster", aliases: ["Spring Muster"] },
    ];
    const draft = draftOf(text, known);
    expect(peopleIn(draft)).not.toContain("Spring Muster");
    expect(saidByIn(draft, "benchmark")).not.toContain("Spring Muster");
  });

  it("reads no person in a known charity with a hyphen whose holder has a post ('CEO of X-Tides Enterprise')", () => {
    const text = paragraphsText(
      "Last week, our CEO, Ann Bell, chaired an event about the skills sailors can bring to firms.",
      "It was organised by the Chamber of Small Firms in the North West and X-Tides Enterprise, and the event also marked the Harbour Covenant, with Harbour Day coming up on 29 June.",
      "The key speaker was Tom Reed, MP for Fenby and Marlow (Lieutenant Commander Harbour Guard), alongside Jo Pratt MBE, CEO of X-Tides Enterprise (Harbour Guard Reservist).",
    );
    const draft = draftOf(text, [body("x-tides", "X-Tides Enterprise"), body("harbour-guard", "Harbour Guard")]);
    expect(peopleIn(draft)).not.toContain("X-Tides Enterprise");
    expect(affiliationsIn(draft).map(([who]) => who)).not.toContain("X-Tides Enterprise");
  });

  it("still reads a person the text names outside the known body's name ('the Ann Frith Trust' and 'Ann Frith said')", () => {
    const text = paragraphsText(
      "The Ann Frith Trust opened its new harbour school on Monday.",
      "“Every child here will learn to sail,” Ann Frith said.",
    );
    expect(peopleIn(draftOf(text, [body("ann-frith-trust", "Ann Frith Trust")]))).toContain("Ann Frith");
  });

  it("still reads a person in a list of bodies the registry does not know by that name", () => {
    const text = paragraphsText(
      "The panellists were Tom Reed, Fenby Ports, and Ann Frith, Marlow Solutions.",
      "Reed said: “We need the dredger back.”",
    );
    const people = peopleIn(draftOf(text, [body("marlow-solutions", "Marlow Solutions")]));
    expect(people).toEqual(expect.arrayContaining(["Tom Reed", "Ann Frith"]));
  });
});
