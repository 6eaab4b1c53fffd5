// An affiliation the sources end without giving a role ("Ben Ode left the Policy Lab in April 2024": a claim without
// `role` but with `until`) reaches Gephi, networkx and a spreadsheet as a role's dates do: edge columns `periods`
// (`until 2024-04 (panel-a)`) and `ended` (2024-04), after the columns earlier exports had; and `neighbours` says the
// membership ended, as people-at does. The Neo4j and Turtle exports carry the same facts in their own form, and `diff`
// lists them when they change. On a copy of the mini fixture (invented names).
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { printNeighbours } from "../../src/cli/print-answers.js";
import { csvExporter } from "../../src/export/csv.js";
import { toGexf } from "../../src/export/gexf.js";
import { checkGraphChanges, graphChanges } from "../../src/export/graph-changes.js";
import { diffGraphs, graphView } from "../../src/export/graph-diff.js";
import { graphmlChunks } from "../../src/export/graphml.js";
import { loadGexfParser } from "../../src/export/previous-file.js";
import { ARRAY_DELIMITER, neo4jExporter } from "../../src/export/neo4j.js";
import { turtleExporter } from "../../src/export/turtle.js";
import { EXPORT_DEFAULTS } from "../../src/export/types.js";
import { buildGraph } from "../../src/graph/build.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import type { PanelGraph } from "../../src/model/graph.js";
import { neighbours } from "../../src/query/neighbours.js";
import { edgeAttributeLine } from "../../viewer/views/changes.js";
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
      "id,source,target,relation,weight,origin,sources,roles,current_role,evidence_count,evidence,notes,periods,ended,link," +
        "source_label,target_label",
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

describe("Neo4j and Turtle: an affiliation ended without a role", () => {
  /** The edge's row in rels-AFFILIATED_WITH.csv, by header. */
  function neo4jRow(graph: PanelGraph): Record<string, string> {
    const file = neo4jExporter.files(graph, EXPORT_DEFAULTS).find((f) => f.name === "rels-AFFILIATED_WITH.csv")!;
    const rows = parseCsv([...file.chunks].join(""), { columns: true }) as Record<string, string>[];
    return rows.find((r) => r[":START_ID"] === "ben-ode" && r[":END_ID"] === "policy-lab")!;
  }

  it("Neo4j: periods beside their sources, as roles beside theirs, and ended", () => {
    const row = neo4jRow(ended);
    expect(row["periods:string[]"]!.split(ARRAY_DELIMITER)).toEqual(["until 2024-04"]);
    expect(row["periodSources:string[]"]!.split(ARRAY_DELIMITER)).toEqual(["panel-a"]);
    expect(row.ended).toBe("2024-04");
    const still = neo4jRow(graphOf('    since: "2023"\n'));
    expect(still["periods:string[]"]).toBe("since 2023");
    expect(still.ended).toBe(""); // no property
  });

  it("Turtle: a dated role node without a title, and pg:ended on the claim", () => {
    const ttl = [...turtleExporter.files(ended, EXPORT_DEFAULTS)[0]!.chunks].join("");
    const claim = "<https://panelgraph.dev/claim/affiliated-with/ben-ode/policy-lab>";
    const claimBlock = ttl.slice(ttl.indexOf(`${claim}\n`)).split("\n\n")[0]!;
    expect(claimBlock).toContain(`pg:period ${claim.slice(0, -1)}/period/1>`);
    expect(claimBlock).toContain('pg:ended "2024-04"^^xsd:gYearMonth');
    const period = ttl.slice(ttl.indexOf(`${claim.slice(0, -1)}/period/1>\n`)).split(" .\n")[0]!;
    expect(period).toContain("a schema:OrganizationRole, pg:PeriodClaim, prov:Entity");
    expect(period).toContain('schema:endDate "2024-04"^^xsd:gYearMonth');
    expect(period).toContain("prov:hadPrimarySource pgid:panel-a");
    expect(period).not.toContain("schema:roleName");
    const still = [...turtleExporter.files(graphOf('    since: "2023"\n'), EXPORT_DEFAULTS)[0]!.chunks].join("");
    expect(still).toContain('schema:startDate "2023"^^xsd:gYear');
    expect(still).not.toContain("pg:ended");
  });
});

describe("diff: an affiliation that ended between two builds", () => {
  const expected = {
    id: EDGE,
    changes: [
      { field: "periods", removed: [], added: ["until 2024-04 (panel-a)"] },
      { field: "ended", removed: [], added: ["2024-04"] },
    ],
  };

  it("lists its periods and its end among the edge's attributes, from graph.json or GEXF", async () => {
    const readGexf = await loadGexfParser();
    const before = graphOf("");
    const fromJson = diffGraphs(
      { file: "old", view: graphView(before, "json") },
      { file: "new", view: graphView(ended, "json") },
    );
    expect(fromJson.edgeAttributes).toEqual([expect.objectContaining(expected)]);
    const gexf = (g: PanelGraph) => graphView(readGexf(toGexf(g)), "gexf");
    const fromGexf = diffGraphs({ file: "old", view: gexf(before) }, { file: "new", view: gexf(ended) });
    expect(fromGexf.edgeAttributes).toEqual([expect.objectContaining(expected)]);
  });

  it("the viewer's list of changes reads them from graph.changes.json", () => {
    const changes = graphChanges(graphOf(""), ended, { previousBuilt: undefined, graphBytes: 1 });
    const read = checkGraphChanges(JSON.parse(JSON.stringify(changes)));
    if (typeof read === "string") throw new Error(read);
    const [edge] = read.edgeAttributes;
    expect(edge!.changes.map((c) => edgeAttributeLine(edge!, c))).toEqual([
      "Period added: until 2024-04 (panel-a) (Ben Ode → Policy Lab)",
      "Ended added: 2024-04 (Ben Ode → Policy Lab)",
    ]);
  });
});
