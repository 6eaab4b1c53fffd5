// The line over the graph while drafts wait for review (viewer/review/index.ts shows it; no DOM here).
import type { SourceSummary } from "../../src/model/review.ts";

/**
 * "100 suggested claims and 26 entities in 3 drafts wait for review (the graph shows accepted claims only):" for the
 * sources whose drafts still have suggestions.
 */
export function reviewHint(waiting: readonly SourceSummary[]): string {
  const claims = waiting.reduce((n, s) => n + s.suggestedClaims, 0);
  // One id drafted in several sources is one entity, as `build` and `serve` count it.
  const entities = new Set(waiting.flatMap((s) => s.suggestedEntities)).size;
  const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const what = [
    ...(claims > 0 ? [count(claims, "suggested claim")] : []),
    ...(entities > 0
      ? [count(entities, claims > 0 ? "entity" : "suggested entity", claims > 0 ? "entities" : "suggested entities")]
      : []),
  ].join(" and ");
  const one = claims + entities === 1;
  return `${what} in ${count(waiting.length, "draft")} ${one ? "waits" : "wait"} for review (the graph shows accepted claims only):`;
}
