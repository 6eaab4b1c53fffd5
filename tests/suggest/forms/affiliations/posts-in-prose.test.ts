// Affiliations in prose, round 18: each rule widened to the family of wordings it reads (not the one string a real
// text used), on small texts written for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));
const organisations = (text: string) => organisationsIn(draftOf(text, []));

describe("what kind of body it is, between the post and the body's name ('at small-state think tank the X')", () => {
  it.each([
    ["Head of Trade Policy at small-state think tank the Fenby Institute of Trade", "Head of Trade Policy"],
    ["Director of Research at the left-leaning think-tank the Marlow Policy Forum", "Director of Research"],
    ["chief executive of the campaign group the Harbour Wall Alliance", "chief executive"],
    ["policy lead at industry body the Fenby Grain Federation", "policy lead"],
    ["head of campaigns at the environmental charity the Saltmarsh Foundation", "head of campaigns"],
  ])("'Ann Frith, %s, commented' gives the post at the body", (post, role) => {
    const text = `Ann Frith, ${post}, commented on the plans for the harbour.`;
    const body = post.replace(/^.*\s(?:the|The)\s(?=\p{Lu})/u, "").replace(/^The /u, "");
    expect(affiliations(text)).toEqual([["Ann Frith", role, body]]);
  });

  it("reads no body from a kind word that is the body's possessive ('the group's Fenby office')", () => {
    expect(affiliations("Ann Frith, director of the group's Fenby office, said the plan was late.")).toEqual([]);
  });
});

describe("a function of the body as the post's 'of' ('Name, Head of Media'): no body", () => {
  it.each(["Head of Media", "Head of Press and Comms", "Director of Sales", "Head of Membership and Events"])(
    "'Contact: Kit Lamb, %s, 01234 567 890' gives no body",
    (post) => {
      const text = `The plan is late, says the Fenby Harbour Trust.\n\nContact: Kit Lamb, ${post}, 01234 567 890\n`;
      expect(affiliations(text)).toEqual([]);
      expect(organisations(text)).toEqual(["Fenby Harbour Trust"]);
    },
  );

  it("still reads a body whose name holds such a word ('editor of Fenby Media', 'Head of Technology at X')", () => {
    expect(affiliations('"It is late," said Kit Lamb, editor of Fenby Media.')).toEqual([
      ["Kit Lamb", "editor", "Fenby Media"],
    ]);
    expect(affiliations('"It is late," said Kit Lamb, Head of Technology at Fenby Harbour Trust.')).toEqual([
      ["Kit Lamb", "Head of Technology", "Fenby Harbour Trust"],
    ]);
  });

  it("reads no telephone number as the body ending a list entry ('Name, Head of Policy, 01234 567 890')", () => {
    expect(affiliations("Contact: Kit Lamb, Head of Policy, 01234 567 890\n")).toEqual([]);
  });
});

describe("who funds or backs the body, or where it is based, before its name ('the FRC-funded X')", () => {
  it.each([
    ["co-director of the FRC-funded North-South Harbour Hub", "co-director", "North-South Harbour Hub"],
    ["director of the EU-backed Fenby Water Centre", "director", "Fenby Water Centre"],
    ["chair of the Council-run Marlow Sailing Trust", "chair", "Marlow Sailing Trust"],
    ["head of the Lottery-funded Marlow Rowing Club", "head", "Marlow Rowing Club"],
  ])("'Jo Pratt, %s' reads the body without it", (post, role, body) => {
    const text = `"It is late," said Jo Pratt, ${post}.`;
    expect(affiliations(text)).toEqual([["Jo Pratt", role, body]]);
    expect(organisations(text)).toEqual([body]);
  });
});

describe("a unit of the body, then 'of' the body ('Head of the Harbour Policy Unit of the FHO')", () => {
  it.each([
    ["Head of the Harbour Policy Unit of FHO", "Head of the Harbour Policy Unit", "FHO"],
    [
      "Director of the Data Division of the Marlow Statistics Authority",
      "Director of the Data Division",
      "Marlow Statistics Authority",
    ],
    ["Head of the Tides Section of the Fenby Harbour Trust", "Head of the Tides Section", "Fenby Harbour Trust"],
  ])("'Ann Frith, %s' gives the post with its unit, at the body", (post, role, body) => {
    const text = `Ann Frith, ${post}, said the plan was late.`;
    expect(affiliations(text)).toEqual([["Ann Frith", role, body]]);
    expect(organisations(text)).toEqual([body]);
  });

  it("keeps a body that a unit's word opens ('Director of the Division of Harbour Works')", () => {
    expect(affiliations("Ann Frith, Director of the Division of Harbour Works, said the plan was late.")).toEqual([
      ["Ann Frith", "Director", "Division of Harbour Works"],
    ]);
  });
});

describe("a kind of body read only in its own group ('head of campaigns at the charity X')", () => {
  it("keeps the field before 'at' in the post", () => {
    expect(affiliations("Ann Frith, head of campaigns at the charity Saltmarsh Foundation, commented on it.")).toEqual([
      ["Ann Frith", "head of campaigns", "Saltmarsh Foundation"],
    ]);
  });
});

describe("'and' inside a body's name whose last word is a body's, in the plural too ('Fenby and Marlow Archives')", () => {
  it.each([
    "Fenby and Marlow Archives and Museums",
    "Fenby and Marlow Archives",
    "Fenby and Marlow Libraries",
    "Fenby and Marlow Harbour Trusts",
  ])("'Ann Frith, director of %s' gives the body whole", (body) => {
    const text = `"It is late," said Ann Frith, director of ${body}, and the plan failed.`;
    expect(affiliations(text)).toEqual([["Ann Frith", "director", body]]);
  });

  it("still ends the body before a person after 'and' ('… the Fenby Trust and Tom Church, a builder')", () => {
    const text = "The plan was backed by Kit Lamb, director of the Fenby Trust and Tom Church, a local builder.";
    expect(affiliations(text)).toEqual([["Kit Lamb", "director", "Fenby Trust"]]);
  });
});

describe("a time opening the sentence before 'Body post Name' ('Last Monday Fenby Rowing Society chairman Name')", () => {
  it.each([
    ["Last Monday", "Fenby and District Rowing Society", "chairman"],
    ["On Tuesday", "Marlow Harbour Trust", "chief executive"],
    ["In March", "Marlow Harbour Trust", "chair"],
    ["Yesterday", "FHA", "chief executive"],
  ])("'%s %s %s Name said' reads the body without the time", (time, body, role) => {
    const text = `The plan is late. ${time} ${body} ${role} Tom Reed told the meeting it would fail.`;
    expect(affiliations(text)).toEqual([["Tom Reed", role, body]]);
    expect(organisations(text)).toEqual([body]);
  });

  it("keeps a month or a day that opens a body's name with no time word before it ('March Town Council')", () => {
    const text = "The plan is late. March Town Council leader Tom Reed told the meeting it would fail.";
    expect(affiliations(text)).toEqual([["Tom Reed", "leader", "March Town Council"]]);
  });
});

describe("a member's seat after 'for', in prose, is no body ('Name is MP for Fenby North')", () => {
  it.each([
    "Jo Pratt is MP for Fenby North and sits on the committee.",
    "Jo Pratt, who is the MSP for Marlow East, said the plan was late.",
    "The plan was backed by Jo Pratt, TD for Marlow West, and others.",
    "Jo Pratt is the Member of Parliament for Fenby North.",
    "Jo Pratt is MEP for the Marlow Region.",
  ])("'%s' gives no body", (text) => {
    expect(affiliations(text)).toEqual([]);
    expect(organisations(text)).toEqual([]);
  });

  it("gives the party named before the letters ('the Labour MP for Fenby North'), and no seat", () => {
    const found = affiliations("Jo Pratt, the Labour MP for Fenby North, said the plan was late.");
    expect(found.map(([, , body]) => body)).toEqual(["Labour Party"]);
  });

  it("still reads a minister's office for a field ('Minister for Harbours at the Department for Transport')", () => {
    expect(
      affiliations("Jo Pratt, Minister for Harbours at the Department for Transport, said the plan was late."),
    ).toEqual([["Jo Pratt", "Minister for Harbours", "Department for Transport"]]);
  });
});

describe("a body's possessive, then a post in lower case whose field runs up to the name ('the FHA's head of energy X')", () => {
  it.each([
    ["the FHA's", "head of tides and coastal change", "FHA"],
    ["the FHA's", "head of energy", "FHA"],
    ["the Fenby Harbour Trust's", "director of policy and research", "Fenby Harbour Trust"],
    ["Marlow Grid's", "lead for skills", "Marlow Grid"],
  ])("'with %s %s Tania Reed' gives the post whole at the body", (owner, role, body) => {
    const text = `The talk was chaired by Kit Lamb, with ${owner} ${role} Tania Reed, and others.`;
    expect(affiliations(text)).toEqual([["Tania Reed", role, body]]);
  });

  it("reads no post whose field holds a verb ('the FHA's head of energy said Tania Reed …')", () => {
    expect(affiliations("The FHA's head of energy said Tania Reed was late.")).toEqual([]);
  });
});

describe("a possessive over a list of posts and names ('Marlow Heritage’s chairman A, chief executive B and …')", () => {
  it.each([
    "Marlow Heritage’s chairman Tom Reed, Chief Executive Kit Lamb and members of the board visited the harbour.",
    "Marlow Heritage’s chairman Tom Reed and chief executive Kit Lamb visited the harbour.",
    "Marlow Heritage's chairman Tom Reed, chief executive Kit Lamb, and treasurer Jo Pratt visited the harbour.",
  ])("'%s' gives every post at the body", (text) => {
    const found = affiliations(text);
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const [, , body] of found) expect(body).toBe("Marlow Heritage");
    expect(found.map(([person]) => person)).toContain("Kit Lamb");
  });

  it("gives no office of its own the body ('… chairman Tom Reed and Prime Minister Kit Lamb')", () => {
    expect(
      affiliations("Marlow Heritage’s chairman Tom Reed and Prime Minister Kit Lamb visited the harbour."),
    ).toEqual([["Tom Reed", "chairman", "Marlow Heritage"]]);
  });
});

describe("a second post joined to the first ('CEO of Fenby’s and Chairman of X', 'director of X, chair of Y')", () => {
  it.each([
    ["Tom Reed (CEO of Fenby’s and Chairman of Marlow Capital) discusses the plan.", "Fenby’s"],
    ["Tom Reed (CEO of Saltby’s and Chairman of Marlow Capital) discusses the plan.", "Saltby’s"],
  ])("'%s' reads a shop's name with its own '’s' before 'and', and the second post", (text, shop) => {
    expect(affiliations(text).sort()).toEqual([
      ["Tom Reed", "CEO", shop],
      ["Tom Reed", "Chairman", "Marlow Capital"],
    ]);
  });

  it("reads only the post held now after 'former' ('(former CEO of Fenby’s and Chairman of Marlow Capital)')", () => {
    expect(affiliations("Tom Reed (former CEO of Fenby’s and Chairman of Marlow Capital) spoke.")).toEqual([
      ["Tom Reed", "Chairman", "Marlow Capital"],
    ]);
  });

  it.each([
    [
      "Ann Frith, director of the Fenby Trust, trustee of the Marlow Harbour Foundation, spoke first.",
      ["trustee", "Marlow Harbour Foundation"],
    ],
    [
      "Ann Frith, managing director of Fenby Ventures, chair of the Harbour Council for the Marlow Technology Association.",
      ["chair of the Harbour Council", "Marlow Technology Association"],
    ],
  ])("'%s' reads the second post after the comma", (text, [role, body]) => {
    expect(affiliations(text)).toContainEqual(["Ann Frith", role, body]);
    expect(affiliations(text)).toHaveLength(2);
  });

  it("reads no second post from a post held no longer, nor from another person's post after the comma", () => {
    expect(
      affiliations(
        "Ann Frith, director of the Fenby Trust, former chair of the Marlow Harbour Foundation, spoke first.",
      ),
    ).toEqual([["Ann Frith", "director", "Fenby Trust"]]);
    expect(
      affiliations(
        "Ann Frith, director of the Fenby Trust, chief executive Tom Reed of the Marlow Harbour Foundation and others spoke.",
      ).filter(([person]) => person === "Ann Frith"),
    ).toEqual([["Ann Frith", "director", "Fenby Trust"]]);
  });

  it("keeps a body whose name is a council 'for the' a cause ('the Council for the Protection of Rural Fenby')", () => {
    expect(affiliations("Ann Frith, director of the Council for the Protection of Rural Fenby, spoke first.")).toEqual([
      ["Ann Frith", "director", "Council for the Protection of Rural Fenby"],
    ]);
  });
});

describe("a photo's credit, the photographer's name, a slash and the agency ('Tom Reed/PA Wire')", () => {
  const registry = [
    { id: "wire", type: "organisation" as const, label: "Fenby Wire", aliases: [] },
    { id: "images", type: "organisation" as const, label: "Marlow Images", aliases: [] },
  ];
  it.each([
    "The plan is late, the council said.\n\nTom Reed/Fenby Wire\n\nThe council said it would act.\n",
    "The plan is late.\n\nThe harbour at dusk. Photograph: Tom Reed/Marlow Images\n\nThe council said it would act.\n",
    "The plan is late.\n\nPicture: Tom Reed / Fenby Wire\n\nThe council said it would act.\n",
  ])("gives the photographer no affiliation with the agency (%#)", (text) => {
    expect(affiliationsIn(draftOf(text, registry))).toEqual([]);
  });

  it("has the source mention the agency of a credit on a line of its own", () => {
    const draft = draftOf("The plan is late.\n\nTom Reed/Fenby Wire\n\nThe council will act.\n", registry);
    const mentioned = draft.claims.filter((c) => c.relation === "mentions").map((c) => c.to);
    expect(mentioned).toContain("wire");
  });
});

describe("a post the word 'council' says is the council's, the one council the text names ('council chief executive X')", () => {
  it.each([
    "She told the Fenby Gazette that she and council chief executive Ann Frith would meet.",
    "Council chief executive Ann Frith said they would meet.",
    "The council's planning officer Ann Frith said they would meet.",
  ])("'%s' gives the post at the council named before", (sentence) => {
    const text = `Fenby District Council has been told to act. ${sentence}`;
    const found = affiliations(text);
    expect(found).toHaveLength(1);
    expect(found[0]![0]).toBe("Ann Frith");
    expect(found[0]![2]).toBe("Fenby District Council");
  });

  it("gives none where the text names two councils, and reads no pronoun as a post's field ('… Gazette that she and …')", () => {
    const text =
      "Fenby District Council and Marlow City Council have been told to act. She told the Fenby Gazette that she and council chief executive Ann Frith would meet.";
    expect(affiliations(text)).toEqual([]);
  });
});
