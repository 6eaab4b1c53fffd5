// What waits for review, as the page's banner counts it (the review API's source list) and as `build` and `serve`
// print it: one definition. An entity whose copy in another draft is accepted is in the graph already.
import { expect, it } from "vitest";
import { ReviewSession } from "../../src/review/session.js";
import { reviewHint } from "../../viewer/review/hint.js";
import { panelgraph } from "../helpers/cli.js";
import { copyFixture, edit, tempDir } from "../helpers/corpus.js";

it("counts the entities that wait as build does: not one another draft's copy has accepted", async () => {
  const dir = copyFixture();
  const person = (status: string) =>
    `entities:\n  people:\n    - { id: cai-moss, label: Cai Moss, status: ${status} }\n` +
    `    - { id: dee-holt, label: Dee Holt, status: suggested }\n`;
  edit(dir, "annotations/panel-a.yaml", "source: panel-a\n", `source: panel-a\n${person("accepted")}`);
  edit(dir, "annotations/panel-b.yaml", "source: panel-b\n", `source: panel-b\n${person("suggested")}`);
  const waiting = new ReviewSession(dir).sources().filter((s) => s.suggested > 0);
  expect(reviewHint(waiting)).toBe(
    "1 suggested entity in 2 drafts waits for review (the graph shows accepted claims only):",
  );
  const build = await panelgraph("build", "--data", dir, "--out", `${tempDir()}/graph.json`);
  expect(build.stdout).toContain("Suggested, not yet accepted (left out of the graph): 0 claims, 1 entity;");
});
