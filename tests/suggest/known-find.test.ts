// KnownEntities.find skips a name's pattern when the text lacks the name's letters: the skip must never lose a match
// the pattern would make (case folded, a plural or singular last word, apostrophes, hyphens, the long s).
import { describe, expect, it } from "vitest";
import { KnownEntities } from "../../src/suggest/known.js";

const known = new KnownEntities([
  { id: "bus-services", type: "theme", label: "Bus services", aliases: ["rural buses"] },
  { id: "inequality", type: "theme", label: "Inequality", aliases: [] },
  { id: "bus-subsidies", type: "theme", label: "Bus subsidies", aliases: [] },
  { id: "fenby-trust", type: "organisation", label: "Fenby Trust", aliases: ["the Trust"] },
  { id: "ann-o-bell", type: "person", label: "Ann O'Bell", aliases: [] },
  { id: "kent-keys", type: "organisation", label: "Kent Keys Network", aliases: [] },
]);

const found = (text: string, types: Parameters<KnownEntities["find"]>[1]) =>
  known.find(text, types).map((m) => [text.slice(m.start, m.end), m.id]);

describe("known names found in a text", () => {
  it("finds a theme in any case, in the other number, with a hyphen for a space", () => {
    expect(found("BUS SERVICES fell; Inequalities grew; one bus subsidy; rural-buses.", ["theme"])).toEqual([
      ["BUS SERVICES", "bus-services"],
      ["Inequalities", "inequality"],
      ["bus subsidy", "bus-subsidies"],
      ["rural-buses", "bus-services"],
    ]);
  });

  it("reads the long s and the Kelvin sign as a pattern that ignores case does", () => {
    // /s/iu matches "ſ" (U+017F) and /k/iu "K" (U+212A): the letters looked for must not miss them.
    expect(found("Bus ſervices ran; the \u212Aent Keys Network met.", ["theme", "organisation"])).toEqual([
      ["Bus ſervices", "bus-services"],
      ["\u212Aent Keys Network", "kent-keys"],
    ]);
    expect(found("rural buſes", ["theme"])).toEqual([["rural buſes", "bus-services"]]);
  });

  it("finds a person by exact case, a curly apostrophe for a straight one", () => {
    expect(found("Ann O’Bell spoke; ann o'bell did not.", ["person"])).toEqual([["Ann O’Bell", "ann-o-bell"]]);
  });

  it("finds a back reference only where the text names its entity", () => {
    expect(found("The Trust met.", ["organisation"])).toEqual([]);
    expect(found("Fenby Trust met. The Trust agreed.", ["organisation"])).toEqual([
      ["Fenby Trust", "fenby-trust"],
      ["The Trust", "fenby-trust"],
    ]);
  });
});
