// Posts the text words around a body named before a person, or in a list, and the role kept in the text's own words
// (stop 45, from the misses of sets 72–73 with the full registry: news leads "post of Body Name said", "A, B and the
// post of Body, C", "Name, the ACRONYM's post for field", honours before a post at a body in lower case, "post and
// former post of Body", "Body, from Name, Post and Post", "Name of Body and Post of the Body2", "Name (pictured), post", a
// post read on into the next person's name). Small texts written for this test
// (names, bodies and sentences invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, type KnownForDraft } from "../../../helpers/draft.js";

const body = (id: string, label: string, aliases: string[] = []): KnownForDraft => ({
  id,
  type: "organisation",
  label,
  aliases,
});
const affiliations = (text: string, known: KnownForDraft[] = []) => affiliationsIn(draftOf(text, known));

describe("a post, 'of' and a body, right before a name", () => {
  it("reads the post of a news lead's 'post of Body Name said'", () => {
    expect(
      affiliations('Welcoming the news, chief executive of Fenby Housing Trust Ann Frith said: "This is a good day."'),
    ).toContainEqual(["Ann Frith", "chief executive", "Fenby Housing Trust"]);
  });

  it("gives the post to the name after the body, not to the names listed before it", () => {
    const ties = affiliations(
      "We heard from several people, including Ann Frith, Tom Reyes and the CEO of Marlow Council, Sam Yeo. Sam spoke well.",
      [body("marlow-council", "Marlow Council")],
    );
    expect(ties).toEqual([["Sam Yeo", "CEO", "marlow-council"]]);
  });
});

describe("a body's possessive after a name, written as the text names the body", () => {
  it("reads 'Name, the FHA's spokesperson for housing' with the acronym the registry knows", () => {
    const known = [body("fha", "Fenby Housing Association", ["FHA", "the FHA"])];
    expect(
      affiliations(
        "Councils must control the funding, the FHA has said.\n\nCllr Tom Reyes, the FHA’s spokesperson for housing, said the plan was welcome.\n",
        known,
      ),
    ).toContainEqual(["Tom Reyes", "spokesperson for housing", "fha"]);
    expect(affiliations("Tom Reyes, the FHA's spokesperson, said the plan was welcome.", known)).toContainEqual([
      "Tom Reyes",
      "spokesperson",
      "fha",
    ]);
  });
});

describe("posts the words between a name and a body give", () => {
  it("reads the post after a name's honours, at a body written in lower case", () => {
    expect(
      affiliations("I: Ann Frith MBE, CEO, kelda; and Tom Reyes, Director, Marlow Trust.", [body("kelda", "kelda")]),
    ).toContainEqual(["Ann Frith", "CEO", "kelda"]);
  });

  it("ties no one by a post and a former post joined by 'and'", () => {
    expect(
      affiliations(
        "Dr Tom Reyes, beekeeper and former Chair of the Fenby Trust and Keld Wildlife, opened the project.",
        [body("fenby-trust", "Fenby Trust"), body("keld-wildlife", "Keld Wildlife")],
      ),
    ).toEqual([]);
  });

  it("reads the post after a name the body is named before", () => {
    expect(
      affiliations("A talk on the orchard project, Fenby Trees United, from Jo Pratt, Founder and Trustee, followed.", [
        body("fenby-trees-united", "Fenby Trees United"),
      ]),
    ).toContainEqual(["Jo Pratt", "Founder and Trustee", "fenby-trees-united"]);
  });

  it("reads a post in capitals the rule read into the known body's name as the post", () => {
    const known = [body("keld-consulting", "Keld Consulting"), body("marlow-farmer-group", "Marlow Farmer Group")];
    expect(
      affiliations(
        "We heard from Sam Yeo of Keld Consulting and Facilitator of the Marlow Farmer Group about hedges.",
        known,
      ),
    ).toContainEqual(["Sam Yeo", "Facilitator", "marlow-farmer-group"]);
  });

  it("mentions the bodies of a post that is over, and ties no one to them", () => {
    const draft = draftOf(
      "Dr Tom Reyes, beekeeper and former Chair of the Fenby Trust and Keld Wildlife, along with Jo Pratt, Project Officer for the Marlow Partnership introduced the project.",
      [body("fenby-trust", "Fenby Trust"), body("keld-wildlife", "Keld Wildlife")],
    );
    const mentioned = draft.claims.filter((c) => c.relation === "mentions").map((c) => c.to);
    expect(mentioned).toEqual(expect.arrayContaining(["fenby-trust", "keld-wildlife"]));
    expect(affiliationsIn(draft).map(([person]) => person)).not.toContain("Tom Reyes");
  });
});

describe("what lies between a name and its post", () => {
  it("reads past a note on the photograph in brackets ('Name (pictured), post')", () => {
    expect(
      affiliations(
        "Chairwoman Ann Frith (pictured), chief harbour adviser to the Government, said the review was long.",
        [body("marlow-government", "Marlow Government", ["the Government"])],
      ),
    ).toContainEqual(["Ann Frith", "chief harbour adviser", "marlow-government"]);
  });

  it("gives no one a post that holds the next person's name, read on past a list's 'and'", () => {
    const ties = affiliations(
      "This was discussed by Jo Pratt, alongside Ann Frith, Deputy Director of the Fenby Institute and Tom Reyes co-Director of the Marlow Research Unit (MRU) in conversation with Sam Yeo, Director of Keld Trust.",
    );
    expect(ties).toContainEqual(["Ann Frith", "Deputy Director", "Fenby Institute"]);
    expect(ties.filter(([person, role]) => person === "Ann Frith" && role?.includes("Tom Reyes"))).toEqual([]);
  });

  it("ties no one named earlier in the list to the body whose post the last name before it holds", () => {
    const person = (id: string, label: string): KnownForDraft => ({ id, type: "person", label, aliases: [] });
    const known = [
      body("marlow-research-unit", "Marlow Research Unit", ["MRU"]),
      body("fenby-institute", "Fenby Institute"),
      person("kit-lamb", "Kit Lamb"),
      person("ann-frith", "Ann Frith"),
      person("tom-reyes", "Tom Reyes"),
    ];
    const ties = affiliations(
      "These questions were taken up by Kit Lamb, alongside Ann Frith, Deputy Director of the Fenby Institute and Tom Reyes co-Director of the Marlow Research Unit (MRU).",
      known,
    );
    expect(ties).toContainEqual(["tom-reyes", "co-Director", "marlow-research-unit"]);
    expect(ties.map(([who]) => who)).not.toContain("kit-lamb");
  });
});
