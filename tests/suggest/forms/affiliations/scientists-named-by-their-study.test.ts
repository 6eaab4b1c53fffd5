// A scientist named by the study's "-ologist" is a post as "economist" and "epidemiologist" are: "an immunologist at
// Keld University", "a hydrologist with the Fenby Rivers Trust", "criminologist at Marlow College" (stop 46, from the
// misses of set 75: a news report on research funding). Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text, [])).map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`);

describe("a scientist named by the study", () => {
  it.each([
    [
      "For Ann Bell, an immunologist at Keld University, the cuts have meant hiring fewer staff.",
      "Keld University",
      "immunologist",
    ],
    [
      "Ann Bell, a hydrologist with the Fenby Rivers Trust, said the floods would come back.",
      "Fenby Rivers Trust",
      "hydrologist",
    ],
    ["Ann Bell, criminologist at Marlow College, agreed with the report.", "Marlow College", "criminologist"],
  ])("is the person's post at the body (%#)", (text, body, role) => {
    expect(pairs(text)).toEqual([`Ann Bell → ${body} (${role})`]);
  });
});
