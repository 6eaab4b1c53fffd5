import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCharacter, repairText } from "../../src/ingest/repair.js";
import { DATA_DIR } from "../helpers/corpus.js";

const DAMAGED = "\u0e42";
const original = readFileSync(join(DATA_DIR, "sources/luc-inquiry-sessions-march-2023.txt"), "utf8");

// Every damaged character of the seed text, in order, with the character a reader sees there (checked by reading
// each passage; where 001 quotes the same words, it has the same punctuation).
const EXPECTED: [context: string, replacement: string][] = [
  ["Council’s Health", "’"],
  ["“You have to", "“"],
  ["you’ve then", "’"],
  ["consequences.”", "”"],
  ["“There are some", "“"],
  ["by 2030.”", "”"],
  ["“The levelling up", "“"],
  ["extreme poverty.”", "”"],
  ["“It’s about", "“"],
  ["It’s about", "’"],
  ["what’s happening", "’"],
  ["health impacts.”", "”"],
  ["“To improve", "“"],
  ["don’t have", "’"],
  ["it’s going", "’"],
  ["our targets.”", "”"],
  ["“My first", "“"],
  ["shouldn’t just", "’"],
  ["neighbourhoods.”", "”"],
  ["“We need double", "“"],
  ["accountability – one", "–"],
  ["local democracy.”", "”"],
  ["“My second", "“"],
  ["substantial change.”", "”"],
  ["“The reality", "“"],
  ["there’s a top-down", "’"],
  ["change is needed.”", "”"],
  ["“This is about", "“"],
  ["balanced “scorecards", "“"],
  ["scorecards”. These", "”"],
  ["up or down.”", "”"],
  ["“Trends over", "“"],
  ["what’s been invented", "’"],
  ["than what’s been adopted", "’"],
  ["have “stolen", "“"],
  ["pride” from", "”"],
];

describe("text repair", () => {
  const result = repairText(original, DAMAGED);

  it("repairs every damaged character of the seed text, each to the punctuation its context calls for", () => {
    expect(result.unresolved).toEqual([]);
    expect(result.repairs).toHaveLength(EXPECTED.length);
    result.repairs.forEach((repair, i) => {
      const [context, replacement] = EXPECTED[i]!;
      expect(repair.replacement, `occurrence ${i + 1} (${context})`).toBe(replacement);
      const at = context.indexOf(replacement);
      const start = repair.offset - at;
      expect(result.text.slice(start, start + context.length), `occurrence ${i + 1}`).toBe(context);
    });
    expect(result.text).not.toContain(DAMAGED);
  });

  it("keeps offsets: the repaired text has the original's length and differs only at damaged characters", () => {
    expect(result.text).toHaveLength(original.length);
    for (let i = 0; i < original.length; i++) {
      if (original[i] !== DAMAGED) expect(result.text[i]).toBe(original[i]);
    }
  });

  it("is deterministic", () => {
    expect(repairText(original, DAMAGED)).toEqual(result);
  });

  it("agrees with the other article where both quote the same words", () => {
    const other = readFileSync(join(DATA_DIR, "sources/luc-ics-session-2023.txt"), "utf8");
    for (const passage of [
      "what’s been invented locally rather than what’s been adopted",
      "“stolen with pride”",
      "balanced “scorecards”",
      "there’s a top-down culture",
    ]) {
      expect(result.text).toContain(passage);
      expect(other).toContain(passage);
    }
  });

  it("tells a plural possessive from a closing quote by whether a quote is open", () => {
    expect(repairText("the councils§ budgets", "§").text).toBe("the councils’ budgets");
    expect(repairText("§we need budgets§ now", "§").text).toBe("“we need budgets” now");
    expect(repairText("§a §b§ c§.", "§").text).toBe("“a “b” c”.");
  });

  it("leaves a character it cannot decide in place and reports it", () => {
    const r = repairText("a § b x§-y", "§");
    expect(r.repairs.map((x) => x.rule)).toEqual(["dash"]);
    expect(r.unresolved).toEqual([7]);
    expect(r.text).toBe("a – b x§-y");
  });

  it("reads the damaged character from metadata as a code point or as itself", () => {
    expect(parseCharacter("U+0E42")).toBe(DAMAGED);
    expect(parseCharacter("§")).toBe("§");
    expect(parseCharacter("ab")).toBeUndefined();
  });
});
