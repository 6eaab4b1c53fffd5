// The name matcher behind every question that takes a name and the viewer's search (src/query/match-names.ts), tier
// by tier, on small graphs made here.
import { describe, expect, it } from "vitest";
import { typoDistance } from "../../src/model/nearest.js";
import { AmbiguousEntityError, EntityTypeError, UnknownEntityError } from "../../src/query/errors.js";
import { nameCatalogue, nameWords, singularForms, typoAllowance } from "../../src/query/match-names.js";
import { findEntity, resolveEntity } from "../../src/query/resolve-entity.js";
import { whoSpokeOn } from "../../src/query/who-spoke-on.js";
import { thrown } from "../helpers/thrown.js";
import { syntheticGraph, type EdgeSpec, type NodeSpec } from "./synthetic.js";

const THEMES: NodeSpec[] = [
  ["public-health", "theme", "Public health", ["population health"]],
  ["health-inequalities", "theme", "Health inequalities", ["inequality"]],
  ["healthcare-buildings", "theme", "Healthcare buildings"],
  ["city-deals", "theme", "City deals", ["Mayor’s deals"]],
  ["workforce", "theme", "Workforce", ["staffing"]],
  ["ana-lima", "person", "Ana Lima"],
  ["bo-chen", "person", "Bo Chen"],
];
const EDGES: EdgeSpec[] = [
  ["spoke-on", "ana-lima", "health-inequalities", ["direct-quote"]],
  ["spoke-on", "ana-lima", "public-health", ["reported"]],
  ["spoke-on", "bo-chen", "public-health", ["direct-quote"]],
];
const graph = syntheticGraph(THEMES, EDGES);
const theme = (text: string) => findEntity(graph, text, { types: ["theme"] });

describe("matching names, tier by tier", () => {
  it("id: an id answers before any name, and names no other matches", () => {
    const found = theme("workforce");
    expect(found.match).toMatchObject({ id: "workforce", tier: "id" });
    expect(found.alsoMatching).toEqual([]);
  });

  it("exact: a label or alias, whatever the case, quote marks, dashes and spacing (as validate compares names)", () => {
    for (const text of ["PUBLIC HEALTH", "  public   health ", "Mayor's deals", "Mayor‘s deals"]) {
      expect(theme(text).match.tier, text).toBe("exact");
    }
    // Other punctuation: the same words, so a whole-word match (validate would not call the two names one).
    expect(theme("Public-health!").match).toMatchObject({ id: "public-health", tier: "word" });
    expect(theme("mayor’s deals").entity.id).toBe("city-deals");
    // Exact beats a whole word elsewhere: "inequality" is an alias, and no label has the word.
    expect(theme("inequality").match).toMatchObject({ id: "health-inequalities", tier: "exact", name: "inequality" });
  });

  it("exact-plural: the whole name with a word singular or plural, above a whole word inside a longer name", () => {
    const levy = syntheticGraph(
      [
        ["apprenticeships", "theme", "Apprenticeships"],
        ["apprenticeship-levy", "theme", "Apprenticeship levy"],
        ["p", "person", "P"],
      ],
      // The levy is better connected: connections must not lift a whole word above the whole name.
      [
        ["spoke-on", "p", "apprenticeship-levy", ["reported"]],
        ["mentions", "p", "apprenticeship-levy", ["reported"]],
      ],
    );
    const found = findEntity(levy, "apprenticeship", { types: ["theme"] });
    expect(found.match).toMatchObject({ id: "apprenticeships", tier: "exact-plural", name: "Apprenticeships" });
    expect(found.alsoMatching.map((m) => [m.id, m.tier])).toEqual([["apprenticeship-levy", "word"]]);
    // And the other way round: the plural typed, the singular label.
    const city = syntheticGraph(
      [
        ["city", "theme", "City"],
        ["city-deals", "theme", "City deals"],
      ],
      [],
    );
    expect(nameCatalogue(city).match("cities")[0]).toMatchObject({ id: "city", tier: "exact-plural" });
    // The same words as the name are exact or, with other punctuation, a whole-word match, never exact-plural.
    expect(theme("Public-health!").match.tier).toBe("word");
  });

  it("whole word: every typed word is a word of the name", () => {
    expect(theme("deals").match).toMatchObject({ id: "city-deals", tier: "word", name: "City deals" });
    expect(theme("deals city").match.tier).toBe("word");
    // A word that only starts another word ("health" in "Healthcare") is a looser match.
    expect(theme("buildings").match.tier).toBe("word");
  });

  it("prefix: every typed word starts a word of the name", () => {
    expect(theme("work").match).toMatchObject({ id: "workforce", tier: "prefix" });
    expect(theme("pub hea").match).toMatchObject({ id: "public-health", tier: "prefix" });
  });

  it("plural/singular: a typed word matches once made singular or plural", () => {
    // A word plural or singular where the rest of the name is not typed ("cities" for "City deals").
    expect(theme("cities").match).toMatchObject({ id: "city-deals", tier: "plural" });
    const policy = syntheticGraph([["p", "theme", "Health inequalities policy"]], []);
    expect(nameCatalogue(policy).match("health inequality")[0]!.tier).toBe("plural");
    expect(theme("inequalitie").match.tier).toBe("prefix");
    // The whole name, word for word, with a word singular: the tier above, exact-plural (these three were `prefix`
    // and `plural` before that tier: "deal" starts "deals", but the user named the whole theme).
    expect(theme("city deal").match).toMatchObject({ id: "city-deals", tier: "exact-plural" });
    expect(theme("mayors deals").match).toMatchObject({
      id: "city-deals",
      tier: "exact-plural",
      name: "Mayor’s deals",
    });
    expect(theme("health inequality").match).toMatchObject({ id: "health-inequalities", tier: "exact-plural" });
    expect(singularForms("cities")).toContain("city");
    expect(singularForms("taxes")).toContain("tax");
    expect(singularForms("houses")).toContain("house");
    expect(singularForms("class")).toEqual(["class"]);
  });

  it("typo: one letter off in a word of up to five letters, two in a longer one, swaps counting once", () => {
    expect(theme("wrokforce").match).toMatchObject({ id: "workforce", tier: "typo", distance: 1 });
    expect(theme("staffng").match).toMatchObject({ id: "workforce", tier: "typo", name: "staffing" });
    expect(theme("wrkfrce").match).toMatchObject({ id: "workforce", tier: "typo", distance: 2 });
    // A typo in one word of a longer name.
    expect(theme("bildings").match).toMatchObject({ id: "healthcare-buildings", tier: "typo", distance: 1 });
    expect(thrown(() => theme("wrkfrc"))).toBeInstanceOf(UnknownEntityError);
    expect(typoDistance("ab", "ba")).toBe(1);
    expect([typoAllowance(2), typoAllowance(5), typoAllowance(6)]).toEqual([0, 1, 2]);
    // A typo match never joins a list of better matches.
    expect(theme("health").alsoMatching.map((m) => m.tier)).not.toContain("typo");
  });

  it("orders the tiers: a better tier answers even where a looser match has a shorter name", () => {
    // "health" is a whole word of two labels and starts "Healthcare": the whole words come first.
    const found = theme("health");
    expect(found.match.tier).toBe("word");
    expect(found.alsoMatching.map((m) => [m.id, m.tier])).toEqual([
      ["health-inequalities", "word"],
      ["healthcare-buildings", "prefix"],
    ]);
  });

  it("breaks ties in a tier by label before alias, then shorter name, then more connections, then id", () => {
    // Both labels have "health", and are as long: Public health has more connections.
    const found = theme("health");
    expect(found.entity.id).toBe("public-health");
    expect(found.tied).toBe(1);
    // The label before an alias, however short the alias.
    const tie = syntheticGraph(
      [
        ["a", "theme", "Long label with care in it"],
        ["b", "theme", "Other", ["care"]],
        ["c", "theme", "Care work"],
      ],
      [],
    );
    expect(
      nameCatalogue(tie)
        .match("car")
        .map((m) => m.id),
    ).toEqual(["c", "a", "b"]);
    // Same label length, same connections: the id decides.
    const even = syntheticGraph(
      [
        ["y", "theme", "Tax one"],
        ["x", "theme", "Tax two"],
      ],
      [],
    );
    expect(
      nameCatalogue(even)
        .match("tax")
        .map((m) => m.id),
    ).toEqual(["x", "y"]);
    // Same label length, and y has more connections: y first.
    const connected = syntheticGraph(
      [
        ["y", "theme", "Tax one"],
        ["x", "theme", "Tax two"],
        ["p", "person", "P"],
      ],
      [["spoke-on", "p", "y", ["reported"]]],
    );
    expect(
      nameCatalogue(connected)
        .match("tax")
        .map((m) => m.id),
    ).toEqual(["y", "x"]);
  });

  it("a title typed in full opens that source; typed in part, an exact alias first, then the title it begins", () => {
    const titles = syntheticGraph(
      [
        ["river-care", "theme", "River care", ["river care across the county"]],
        ["towpath-plan", "source", "River care across the county and the towpath plan"],
        ["poor-care", "finding", "Poor river care across the county needs action"],
        ["ann-bell", "person", "Ann Bell"],
      ],
      [["spoke-on", "ann-bell", "poor-care", ["reported"]]],
    );
    const ids = (text: string) =>
      nameCatalogue(titles)
        .match(text)
        .map((m) => [m.id, m.tier]);
    // The whole title: the source, above the theme whose alias it contains.
    expect(ids("River care across the county and the towpath plan")[0]).toEqual(["towpath-plan", "exact"]);
    // The alias exactly: the theme; then the title the text begins, before a shorter, better connected name that
    // only has the words inside it.
    expect(ids("river care across the county")).toEqual([
      ["river-care", "exact"],
      ["towpath-plan", "word"],
      ["poor-care", "word"],
    ]);
    // One word starting a name is not a title begun: the shorter name comes first, as before.
    expect(ids("river").map(([id]) => id)).toEqual(["river-care", "poor-care", "towpath-plan"]);
  });

  it("words ignore punctuation and a possessive 's", () => {
    expect(nameWords("Mayor of London’s health-test (2023)")).toEqual([
      "mayor",
      "of",
      "london",
      "health",
      "test",
      "2023",
    ]);
  });
});

describe("what a name that does not pick out one entity does", () => {
  it("two entities sharing the name exactly are ambiguous; a looser tie answers the first", () => {
    const shared = syntheticGraph(
      [
        ["a", "theme", "Care", ["social care"]],
        ["b", "theme", "Social care funding", ["social care"]],
      ],
      [],
    );
    const error = thrown(() => resolveEntity(shared, "social care")) as AmbiguousEntityError;
    expect(error).toBeInstanceOf(AmbiguousEntityError);
    expect(error.candidates.map((c) => c.id)).toEqual(["a", "b"]);
    expect(findEntity(shared, "funding").entity.id).toBe("b");
  });

  it("a name that is exactly another type's is a type error, not a loose match of the wanted type", () => {
    const mixed = syntheticGraph(
      [
        ["ana-lima", "person", "Ana Lima"],
        ["lima-plan", "theme", "The Lima plan"],
      ],
      [],
    );
    const error = thrown(() => findEntity(mixed, "Ana Lima", { types: ["theme"] })) as EntityTypeError;
    expect(error).toBeInstanceOf(EntityTypeError);
    expect(error.found.map((f) => f.id)).toEqual(["ana-lima"]);
    // One word of both: the theme answers (no other type has it as its whole name).
    expect(findEntity(mixed, "lima", { types: ["theme"] }).entity.id).toBe("lima-plan");
  });

  it("nothing matching is an UnknownEntityError whose nearest names share a word with the text", () => {
    const error = thrown(() => theme("inequalities of wealth policy")) as UnknownEntityError;
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect(error.candidates[0]?.id).toBe("health-inequalities");
    expect(error.candidates.every((c) => c.type === "theme")).toBe(true);
  });
});

describe("who-spoke-on through the matcher", () => {
  it("answers one word of a theme's label, and the union of several themes when asked", () => {
    expect(whoSpokeOn(graph, "inequalities").theme.id).toBe("health-inequalities");
    expect(whoSpokeOn(graph, "health").speakers.map((s) => s.id)).toEqual(["bo-chen", "ana-lima"]);
    const single = whoSpokeOn(graph, "inequalities").speakers.map((s) => s.id);
    expect(single).toEqual(["ana-lima"]);
    const union = whoSpokeOn(graph, "inequalities", { alsoThemes: ["workforce", "public health"] });
    expect(union.speakers.map((s) => s.id).sort()).toEqual(["ana-lima", "bo-chen"]);
  });

  it("costs a lookup, not a rebuild, on a second query of the same graph", () => {
    expect(nameCatalogue(graph)).toBe(nameCatalogue(graph));
  });
});
