// `query said --all` lists each stretch of a person's words once: quotes cut from one sentence for different claims
// (one inside another, or two sharing words) are one passage backing every claim. On a corpus written for the test.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, writeSource } from "../helpers/corpus.js";
import { panelgraphIn } from "../helpers/cli.js";

const TEXT = [
  "Towpath hearing",
  "Ann Bell said: “The towpath floods every winter and nobody repairs it, so the trust must budget for it.”",
  "Ann Bell added: “Volunteers walk it every spring.”",
].join("\n");

const REGISTRY = `people:
  - id: ann-bell
    label: Ann Bell
themes:
  - id: flooding
    label: Flooding
  - id: repairs
    label: Repairs
  - id: budgets
    label: Budgets
  - id: volunteers
    label: Volunteers
`;

const claim = (to: string, quote: string) =>
  `  - relation: spoke-on\n    from: ann-bell\n    to: ${to}\n    evidence:\n      - { quote: "${quote}", kind: direct-quote }\n`;

const ANNOTATIONS =
  "source: hearing\nclaims:\n" +
  claim("flooding", "The towpath floods every winter") +
  claim("repairs", "The towpath floods every winter and nobody repairs it") +
  claim("budgets", "nobody repairs it, so the trust must budget for it.") +
  claim("volunteers", "Volunteers walk it every spring.");

function overlapsCorpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "annotations"));
  writeFileSync(join(dir, "registry.yaml"), REGISTRY);
  writeSource(dir, { id: "hearing", title: "Towpath hearing", kind: "transcript-report", text: TEXT });
  writeFileSync(join(dir, "annotations", "hearing.yaml"), ANNOTATIONS);
  return dir;
}

interface SaidJson {
  passages: { quote: string; start: number; end: number; claims: { relation: string; to: { id: string } }[] }[];
}

describe("said --all: each stretch of text once", () => {
  const dir = overlapsCorpus();

  it("merges passages of one source that contain or overlap one another, keeping every claim they back", async () => {
    const run = await panelgraphIn(["query", "said", "Ann Bell", "--all", "--json", "--data", dir], { cwd: dir });
    expect(run.stderr).toBe("");
    const { passages } = JSON.parse(run.stdout) as SaidJson;
    const whole = "The towpath floods every winter and nobody repairs it, so the trust must budget for it.";
    expect(passages.map((p) => [p.quote, p.claims.map((c) => c.to.id)])).toEqual([
      [whole, ["budgets", "flooding", "repairs"]],
      ["Volunteers walk it every spring.", ["volunteers"]],
    ]);
    expect(TEXT.slice(passages[0]!.start, passages[0]!.end)).toBe(whole);
  });

  it("prints the merged passage once, with the claims it backs", async () => {
    const run = await panelgraphIn(["query", "said", "Ann Bell", "--all", "--data", dir], { cwd: dir });
    expect(run.stdout).toContain("2 passages: 2 direct quotes");
    expect(run.stdout.match(/The towpath floods every winter/g)).toHaveLength(1);
    expect(run.stdout).toContain("backs: spoke-on Budgets; spoke-on Flooding; spoke-on Repairs");
  });
});
