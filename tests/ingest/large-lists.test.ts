// Large lists (docs/reliability.md, "Odd files and user mistakes: exit 1, never 70"): 200,000 items where a corpus
// usually has dozens. Nothing may pass such a list as the arguments of one call (`push(...list)`, `Math.max(...list)`
// overflow the stack) or compare each item with every item before it (a merge that never ends).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { csvExporter } from "../../src/export/csv.js";
import { turtleExporter } from "../../src/export/turtle.js";
import { table } from "../../src/cli/print-text.js";
import { neighbours } from "../../src/query/neighbours.js";
import type { ResolvedClaim } from "../../src/model/corpus.js";
import type { Evidence } from "../../src/model/schema.js";
import { panelgraph, STACK_LINE } from "../helpers/cli.js";
import { copyFixture, MINI_DIR } from "../helpers/corpus.js";

const N = 200_000;

describe("200,000 items in a list", () => {
  it("validate: `claims:` with 200,000 items, each wrong, gives 200,000 located problems and exit 1", async () => {
    const dir = copyFixture();
    // `- x`: an item that is text where a claim (a mapping) belongs; 1.2 MB, well under the size limit.
    writeFileSync(join(dir, "annotations/panel-b.generated.yaml"), `source: panel-b\nclaims:\n${"  - x\n".repeat(N)}`);
    const run = await panelgraph("validate", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain("Maximum call stack");
    const lines = run.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(N + 1);
    expect(lines[0]).toBe(
      'annotations/panel-b.generated.yaml:3  claims.0  Invalid input: expected object, received string (value seen: "x"; write its fields as `name: value` lines, indented under it)',
    );
    expect(lines.at(-1)).toMatch(/; 200000 errors, 0 warnings$/);
  });

  /** The mini corpus with `claim` made twice more: once with 200,000 passages, once with them all again. */
  function withPassages(pick: (claim: ResolvedClaim) => boolean) {
    const corpus = loadValidCorpus(MINI_DIR);
    const claim = corpus.claims.find(pick)!;
    const text = corpus.sources.find((s) => s.meta.id === claim.source)!.text;
    const evidence: Evidence[] = Array.from({ length: N }, (_, i) => ({
      source: claim.source,
      kind: "reported",
      start: i % text.length,
      end: (i % text.length) + 1 + Math.floor(i / text.length),
      quote: "",
    }));
    corpus.claims.push({ ...claim, evidence }, { ...claim, evidence: [...evidence] });
    return { graph: buildGraph(corpus), claim };
  }

  it("build: an edge and a role whose claims bring 200,000 passages, each kept once", () => {
    const { graph, claim } = withPassages((c) => c.relation === "affiliated-with" && c.from === "ada-park");
    const edge = graph.getEdgeAttributes("affiliated-with:ada-park->northtown-council");
    expect(edge.evidence.length).toBe(N + 1); // the other source's passage for the same edge is one more
    expect(edge.weight).toBe(N + 1);
    expect(edge.roles!.find((r) => r.source === claim.source)!.evidence.length).toBe(N);
  });

  it("the exports and queries that list an edge's 200,000 passages", () => {
    const { graph } = withPassages((c) => c.relation === "spoke-on" && c.source === "panel-b");
    const turtle = [...turtleExporter.files(graph)[0]!.chunks].join("");
    expect(turtle.match(/ a pg:Quotation/g)?.length ?? 0).toBeGreaterThan(N);
    const csv = csvExporter.files(graph).find((f) => f.name === "evidence.csv")!;
    expect([...csv.chunks].join("").split("\r\n").length).toBeGreaterThan(N);
    const around = neighbours(graph, "Ada Park");
    expect(around.neighbours.find((n) => n.relation === "spoke-on")!.evidence.length).toBeGreaterThan(N);
  });

  it("a printed table of 200,000 rows", () => {
    const rows = Array.from({ length: N }, (_, i) => [`row ${i}`, "x"]);
    const lines = table(["name", "value"], rows);
    expect(lines).toHaveLength(N + 1);
    expect(lines.at(-1)).toBe("row 199999  x");
  });
});
