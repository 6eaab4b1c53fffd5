// An affiliation the sources end without giving a role ("Ben Ode left the Policy Lab in April 2024": a claim without
// `role` but with `until`) reaches Gephi, networkx and a spreadsheet as a role's dates do: edge columns `periods`
// (`until 2024-04 (panel-a)`) and `ended` (2024-04), after the columns earlier exports had; and `neighbours` says the
// membership ended, as people-at does. On a copy of the mini fixture (invented names).
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { printNeighbours } from "../../src/cli/print-answers.js";
import { csvExporter } from "../../src/export/csv.js";
import { toGexf } from "../../src/export/gexf.js";
import { graphmlChunks } from "../../src/export/graphml.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { neighbours } from "../../src/query/neighbours.js";
import { copyFixture, edit } from "../helpers/corpus.js";
import { parseXml } from "./xml.js";

const EDGE = "affiliated-with:ben-ode->policy-lab";

/** Ben Ode's Fellow claim (panel-a, dated 2024-05-05) without its role, with `dates` in its place. */
function graphOf(dates: string) {
  const dir = copyFixture();
  edit(dir, "annotations/panel-a.yaml", "    role: Fellow\n", dates);
  return buildGraph(loadValidCorpus(dir));
}

const ended = graphOf('    until: "2024-04"\n');

/** The edge's values by column name in edges.csv. */
function csvRow(graph = ended): Record<string, string> {
  const file = csvExporter.files(graph).find((f) => f.name === "edges.csv")!;
  const rows = parseCsv([...file.chunks].join(""), { columns: true }) as Record<string, string>[];
  return rows.find((r) => r.id === EDGE)!;
}

describe("exports: an affiliation ended without a role", () => {
  it("edges.csv gives its periods and when it ended, in new columns at the end", () => {
    const file = csvExporter.files(ended).find((f) => f.name === "edges.csv")!;
    const header = [...file.chunks].join("").split("\r\n")[0];
    expect(header).toBe(
      "id,source,target,relation,weight,origin,sources,roles,current_role,evidence_count,evidence,notes,periods,ended,link",
    );
    expect(csvRow()).toMatchObject({
      roles: "",
      current_role: "",
      periods: "until 2024-04 (panel-a)",
      ended: "2024-04",
    });
  });

  it("a dated claim that does not end it gives its period, and no end", () => {
    expect(csvRow(graphOf('    since: "2023"\n'))).toMatchObject({ periods: "since 2023 (panel-a)", ended: "" });
    expect(csvRow(graphOf(""))).toMatchObject({ periods: "", ended: "" });
  });

  it("GEXF and GraphML carry the same attributes", () => {
    const gexf = parseXml(toGexf(ended));
    const edge = Array.from(gexf.getElementsByTagName("edge")).find((e) => e.getAttribute("id") === EDGE)!;
    const gexfValue = (name: string) =>
      Array.from(edge.getElementsByTagName("attvalue"))
        .find((a) => a.getAttribute("for") === name)
        ?.getAttribute("value");
    expect(gexfValue("periods")).toBe('["until 2024-04 (panel-a)"]'); // a liststring, as `roles`
    expect(gexfValue("ended")).toBe("2024-04");

    const graphml = parseXml([...graphmlChunks(ended)].join(""));
    const keyOf = (name: string) =>
      Array.from(graphml.getElementsByTagName("key"))
        .find((k) => k.getAttribute("for") === "edge" && k.getAttribute("attr.name") === name)!
        .getAttribute("id");
    const mlEdge = Array.from(graphml.getElementsByTagName("edge")).find((e) =>
      Array.from(e.getElementsByTagName("data")).some((d) => d.textContent === EDGE),
    )!;
    const mlValue = (name: string) =>
      Array.from(mlEdge.getElementsByTagName("data")).find((d) => d.getAttribute("key") === keyOf(name))?.textContent;
    expect(mlValue("periods")).toBe("until 2024-04 (panel-a)");
    expect(mlValue("ended")).toBe("2024-04");
  });
});

describe("neighbours: an affiliation ended without a role", () => {
  it("says it ended, as people-at does", () => {
    const result = neighbours(ended, "ben-ode", { relations: ["affiliated-with"] });
    expect(result.neighbours[0]).toMatchObject({ id: "policy-lab", until: "2024-04" });
    const lines: string[] = [];
    printNeighbours(ended, result, (l) => lines.push(l), { all: false });
    expect(lines.find((l) => l.includes("Policy Lab"))).toContain("(no longer: ended April 2024)");
    const still = neighbours(graphOf('    since: "2023"\n'), "ben-ode", { relations: ["affiliated-with"] });
    expect(still.neighbours[0]!.until).toBeUndefined();
  });
});
