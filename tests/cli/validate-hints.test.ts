// What `validate` says for two mistakes made by hand in an annotation file: a quote copied over a paragraph break (a
// passage lies within one paragraph, as Review says), and a name typed where a claim names an entity by its id. The
// corpus is written here; its people are invented.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph } from "../helpers/cli.js";
import { tempDir, writeSource } from "../helpers/corpus.js";

const TEXT = [
  "Tam Orley said that advice charities were the missing link the schemes were meant for.",
  "Hursley offered an installer's view of heat pumps in old stone houses.",
].join("\n\n");

function corpus(claim: string[]): string {
  const dir = tempDir();
  writeFileSync(
    join(dir, "registry.yaml"),
    [
      "people:",
      "  - { id: tam-orley, label: Tam Orley }",
      "themes:",
      "  - { id: fuel-poverty, label: Fuel poverty }",
      "  - { id: heat-pumps, label: Heat pumps }",
      "",
    ].join("\n"),
  );
  writeSource(dir, { id: "event", title: "A panel on fuel poverty", date: "2026-03-17", text: TEXT });
  mkdirSync(join(dir, "annotations"));
  writeFileSync(
    join(dir, "annotations", "event.yaml"),
    ["source: event", "claims:", "  - relation: spoke-on", "    from: tam-orley", ...claim, ""].join("\n"),
  );
  return dir;
}

describe("validate", () => {
  it("says a quote over a paragraph break is to be split into two passages, one a paragraph", async () => {
    const quote = "the schemes were meant for. Hursley offered an installer's view";
    const dir = corpus([
      "    to: fuel-poverty",
      "    evidence:",
      `      - { quote: ${JSON.stringify(quote)}, kind: summary }`,
    ]);
    const run = await panelgraph("validate", dir);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      "annotations/event.yaml:7  claims.0.evidence.0.quote  the quote runs over a paragraph break; a passage lies " +
        `within one paragraph (value seen: ${JSON.stringify(quote)}; split it into two passages, one for each ` +
        `paragraph (the text in sources/event.txt:1: ${JSON.stringify(quote.replace(". ", ".\n\n"))}))`,
    );
  });

  it("a quote that is not in the text at all is still not found", async () => {
    const dir = corpus([
      "    to: fuel-poverty",
      "    evidence:",
      '      - { quote: "The schemes were never meant for anyone.", kind: summary }',
    ]);
    const run = await panelgraph("validate", dir);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain("quote not found in the source text");
    expect(run.stdout + run.stderr).not.toContain("paragraph break");
  });

  it("offers the id of the entity whose name was typed where its id belongs", async () => {
    const quote = "advice charities were the missing link";
    const dir = corpus(["    to: Fuel Poverty", "    evidence:", `      - { quote: "${quote}", kind: summary }`]);
    const run = await panelgraph("validate", dir);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain(
      "annotations/event.yaml:5  claims.0.to  must be lowercase letters and digits joined by hyphens, e.g. " +
        '`janet-budd` (value seen: "Fuel Poverty"; did you mean fuel-poverty? (a claim names an entity by its id))',
    );
    // A name no entity has: the id nearest its id form.
    const typo = corpus(["    to: Heat Pump", "    evidence:", `      - { quote: "${quote}", kind: summary }`]);
    const typed = await panelgraph("validate", typo);
    expect(typed.stdout + typed.stderr).toContain(
      '(value seen: "Heat Pump"; did you mean heat-pumps? (a claim names an entity by its id))',
    );
  });
});
