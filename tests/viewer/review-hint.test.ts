// The line over the graph while drafts wait (viewer/review/hint.ts): an entity drafted in two sources is counted once,
// as `build` and `serve` count it, and the words agree with the numbers.
import { expect, it } from "vitest";
import type { SourceSummary } from "../../src/model/review.ts";
import { reviewHint } from "../../viewer/review/hint.ts";

function source(id: string, claims: number, entities: string[]): SourceSummary {
  const suggested = claims + entities.length;
  return { id, title: id, suggested, suggestedClaims: claims, suggestedEntities: entities, total: suggested };
}

it("counts an entity declared in several drafts once", () => {
  const waiting = [
    source("hearing", 5, ["ann-bell", "fenby-trust", "buses"]),
    source("blog", 2, ["ann-bell", "buses"]),
  ];
  expect(reviewHint(waiting)).toBe(
    "7 suggested claims and 3 entities in 2 drafts wait for review (the graph shows accepted claims only):",
  );
});

it("says one in the singular, and leaves out what is not waiting", () => {
  expect(reviewHint([source("notes", 0, ["ann-bell"])])).toBe(
    "1 suggested entity in 1 draft waits for review (the graph shows accepted claims only):",
  );
  expect(reviewHint([source("notes", 1, [])])).toBe(
    "1 suggested claim in 1 draft waits for review (the graph shows accepted claims only):",
  );
});
