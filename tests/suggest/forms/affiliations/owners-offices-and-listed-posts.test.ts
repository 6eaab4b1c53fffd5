// Affiliations and roles, round 19: rules widened to the family of wordings a form takes (not the one string a real
// text used), on small texts written for this test (names, bodies and sentences invented), with an empty registry.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, organisationsIn } from "../../../helpers/draft.js";

const affiliations = (text: string) => affiliationsIn(draftOf(text, []));
const organisations = (text: string) => organisationsIn(draftOf(text, []));

describe("who owns a body holds a post at it ('owner of X', 'co-owner of X', 'the proprietor of X')", () => {
  it.each([
    ["owner of Marlow Farms", "owner", "Marlow Farms"],
    ["co-owner of Fenby Orchards", "co-owner", "Fenby Orchards"],
    ["the proprietor of the Marlow Arms", "proprietor", "Marlow Arms"],
    ["joint owner of Saltmarsh Dairies", "joint owner", "Saltmarsh Dairies"],
  ])("'Kit Lamb, %s, said' gives the post at the body", (post, role, body) => {
    expect(affiliations(`Kit Lamb, ${post}, said the harvest was late.`)).toEqual([["Kit Lamb", role, body]]);
  });

  it("reads each owner of a list ('A, owner of X, and B, co-owner of Y')", () => {
    const text = "The panel included Kit Lamb, owner of Marlow Farms, and Jo Pratt, co-owner of Fenby Orchards.";
    expect(affiliations(text)).toEqual([
      ["Kit Lamb", "owner", "Marlow Farms"],
      ["Jo Pratt", "co-owner", "Fenby Orchards"],
    ]);
  });

  it("reads no body where what is owned is none ('the owner of the house', 'a business owner')", () => {
    expect(affiliations("Kit Lamb, the owner of the house, said the harvest was late.")).toEqual([]);
    expect(affiliations("Kit Lamb, a business owner, said the harvest was late.")).toEqual([]);
    expect(affiliations("Kit Lamb, the former owner of Marlow Farms, said the harvest was late.")).toEqual([]);
  });
});

describe("a state's name or a ministry's field before an office is no body ('US President X', 'Home secretary X')", () => {
  it.each([
    "Under pressure from US President Tom Marsh, the leaders agreed.",
    "Home secretary Tom Marsh condemned the attack as shameful.",
    "Foreign secretary Tom Marsh condemned the attack as shameful.",
    "Britain's Foreign Secretary Tom Marsh condemned the attack as shameful.",
    "This follows UK Defence Secretary Tom Marsh’s decision to cut spending.",
  ])("'%s' gives no affiliation and no body", (text) => {
    expect(affiliations(text)).toEqual([]);
    expect(organisations(text)).toEqual([]);
  });

  it("still reads a body's one word or a union's name before its post ('Fenbyco Chair X', 'Unison general secretary X')", () => {
    expect(affiliations("Fenbyco Chair Tom Marsh condemned the attack as shameful.")).toEqual([
      ["Tom Marsh", "Chair", "Fenbyco"],
    ]);
    expect(affiliations("Marlowsafe general secretary Tom Marsh condemned the attack as shameful.")).toEqual([
      ["Tom Marsh", "general secretary", "Marlowsafe"],
    ]);
    expect(affiliations("UN Secretary-General Tom Marsh condemned the attack as shameful.")).toEqual([
      ["Tom Marsh", "Secretary-General", "UN"],
    ]);
  });
});

describe("an owner heads a body, as a chair does, when the post is capitalised ('FPL side Marlow Owner X')", () => {
  it.each(["Owner", "Co-Owner"])("'from FPL side Marlow %s Tom Marsh' gives the post at Marlow", (post) => {
    const text = `The paper asked for guarantees from FPL side Marlow ${post} Tom Marsh, she said.`;
    expect(affiliations(text)).toEqual([["Tom Marsh", post, "Marlow"]]);
  });
});

describe("after a name, a body then a post in lower case that ends in its field ('X, Fenby Trust director of policy')", () => {
  it.each([
    ["Fenby Harbour Trust director of policy", "director of policy", "Fenby Harbour Trust"],
    ["Fenby Harbour Trust head of campaigns", "head of campaigns", "Fenby Harbour Trust"],
    ["FHT director of policy", "director of policy", "FHT"],
    ["Fenby Harbour Trust head of policy and research", "head of policy and research", "Fenby Harbour Trust"],
    ["Fenby Council spokesperson for harbours and docks", "spokesperson for harbours and docks", "Fenby Council"],
  ])("'Ann Frith, %s, said' gives the post with its field at the body", (post, role, body) => {
    expect(affiliations(`Ann Frith, ${post}, said the plan was late.`)).toEqual([["Ann Frith", role, body]]);
  });

  it("reads no post from words that are none ('Fenby mother of two', 'Fenby resident')", () => {
    expect(affiliations("Ann Frith, Fenby mother of two, said the plan was late.")).toEqual([]);
    expect(affiliations("Ann Frith, Fenby resident, said the plan was late.")).toEqual([]);
  });
});

describe("in a list 'A, post at X, B, post at Y', the post before B's comma is not B's when B's own follows", () => {
  it.each(["owner", "director"])(
    "'Tom “Leek Man” Reed, %s of Marlow Farms, Kit Lamb, partner at Y' gives B only Y",
    (post) => {
      const text = `Panelists included Tom “Leek Man” Reed, ${post} of Marlow Farms, Kit Lamb, partner at Fenby Planting Company, and Jo Pratt, co-owner of Fenby Orchards.`;
      expect(affiliations(text)).toEqual([
        ["Kit Lamb", "partner", "Fenby Planting Company"],
        ["Jo Pratt", "co-owner", "Fenby Orchards"],
      ]);
    },
  );

  it("still gives a post before the comma to a name with none after it ('The director of Marlow Farms, Kit Lamb, said')", () => {
    expect(affiliations("The director of Marlow Farms, Kit Lamb, said the harvest was late.")).toEqual([
      ["Kit Lamb", "director", "Marlow Farms"],
    ]);
    expect(
      affiliations("Panelists included Tom Reed, owner of Marlow Farms, Kit Lamb, partner at Fenby Planting Company."),
    ).toEqual([
      ["Tom Reed", "owner", "Marlow Farms"],
      ["Kit Lamb", "partner", "Fenby Planting Company"],
    ]);
  });
});
