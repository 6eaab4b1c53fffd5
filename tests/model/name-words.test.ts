// The one list of titles and surname particles (src/model/name-words.ts) that suggest reads names with and merge-entity
// checks given names with: the words each of the two lists alone knew before are both's now.
import { describe, expect, it } from "vitest";
import { isHonorific, isSurnameParticle, withoutTitles } from "../../src/model/name-words.js";

describe("the shared titles and surname particles", () => {
  it("knows suggest's titles and merge-entity's, whatever the case or a final full stop", () => {
    for (const word of ["Dr", "Hon.", "Coun", "Councillors", "Right", "Honourable", "Earl", "Baron", "REVD"])
      expect(isHonorific(word), word).toBe(true);
    // "The" opens "The Rt Hon …" but is no title in running text: merge-entity's alone (src/maintain/corpus-edit.ts).
    for (const word of ["The", "Ann", "Mayor"]) expect(isHonorific(word), word).toBe(false);
  });

  it("knows suggest's surname particles and merge-entity's", () => {
    for (const word of ["Ní", "van", "da", "Della", "d’", "ap", "ferch", "verch", "bean", "binti", "ibn"])
      expect(isSurnameParticle(word), word).toBe(true);
    for (const word of ["Ann", "Bell", "dan"]) expect(isSurnameParticle(word), word).toBe(false);
  });

  it("sets aside the titles before a typed name and the letters after it, and keeps a name that is all title", () => {
    const cases: [string, string][] = [
      ["Mr Orley", "Orley"],
      ["Councillor Tam Orley", "Tam Orley"],
      ["The Rt Hon Tam Orley MP", "Tam Orley"],
      ["Tam Orley, OBE", "Tam Orley"],
      ["Prof. Tam Orley PhD", "Tam Orley"],
      ["Ms", "Ms"],
      ["The Orley Trust", "The Orley Trust"],
      ["Tam Orley", "Tam Orley"],
    ];
    for (const [typed, name] of cases) expect(withoutTitles(typed), typed).toBe(name);
  });
});
