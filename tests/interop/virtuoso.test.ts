// The Turtle export in a real RDF store: Debian's Virtuoso, started privately (temp dir, 127.0.0.1, free ports), loaded
// with the export of the shipped corpus and asked who spoke on a theme in SPARQL. The answer must be whoSpokeOn's.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Parser, Store } from "n3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildAnalysedGraph } from "../../src/analysis/analysed-graph.js";
import { entityIri, speakersSparql, turtleExporter, whoSpokeOnSparql } from "../../src/export/turtle.js";
import { EXPORT_DEFAULTS } from "../../src/export/types.js";
import { loadValidCorpus } from "../../src/ingest/validate.js";
import { whoSpokeOn } from "../../src/query/who-spoke-on.js";
import { DATA_DIR } from "../helpers/paths.js";

const VIRTUOSO = "/usr/bin/virtuoso-t";
const ISQL = "/usr/bin/isql-vt";
const INSTALL =
  "install Debian's Virtuoso: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y " +
  "--no-install-recommends virtuoso-opensource (.ci/run does this when it is missing)";
const GRAPH_IRI = "urn:panelgraph:interop";

const graph = buildAnalysedGraph(loadValidCorpus(DATA_DIR));

interface Binding {
  type: string;
  value: string;
  datatype?: string;
}
type Row = Record<string, Binding | undefined>;

/** A port nothing listens on now (the OS picks it); Virtuoso binds it a moment later. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class PrivateVirtuoso {
  readonly dir = mkdtempSync(join(tmpdir(), "panelgraph-virtuoso-"));
  private process: ChildProcess | undefined;
  private exited = false;
  sqlPort = 0;
  httpPort = 0;

  get log(): string {
    const path = join(this.dir, "out.log");
    return existsSync(path) ? readFileSync(path, "utf8").split("\n").slice(-30).join("\n") : "(no log)";
  }

  async start(): Promise<void> {
    this.sqlPort = await freePort();
    do this.httpPort = await freePort();
    while (this.httpPort === this.sqlPort);
    const d = this.dir;
    writeFileSync(
      join(d, "virtuoso.ini"),
      [
        "[Database]",
        `DatabaseFile = ${d}/virtuoso.db`,
        `ErrorLogFile = ${d}/virtuoso.log`,
        `LockFile = ${d}/virtuoso.lck`,
        `TransactionFile = ${d}/virtuoso.trx`,
        `xa_persistent_file = ${d}/virtuoso.pxa`,
        "[TempDatabase]",
        `DatabaseFile = ${d}/virtuoso-temp.db`,
        `TransactionFile = ${d}/virtuoso-temp.trx`,
        "[Parameters]",
        `ServerPort = 127.0.0.1:${this.sqlPort}`,
        "DisableUnixSocket = 1",
        `DirsAllowed = ${d}`,
        "NumberOfBuffers = 10000",
        "MaxDirtyBuffers = 6000",
        "[HTTPServer]",
        `ServerPort = 127.0.0.1:${this.httpPort}`,
        `ServerRoot = ${d}`,
        "[SPARQL]",
        "ResultSetMaxRows = 100000",
        "",
      ].join("\n"),
    );
    const log = openSync(join(d, "out.log"), "w");
    this.process = spawn(VIRTUOSO, ["+foreground", "+configfile", join(d, "virtuoso.ini")], {
      cwd: d,
      stdio: ["ignore", log, log],
    });
    closeSync(log);
    // If the test run itself dies, the server must not outlive it.
    const child = this.process;
    const killOnExit = () => child.kill("SIGKILL");
    process.once("exit", killOnExit);
    child.once("exit", () => process.removeListener("exit", killOnExit));
    this.process.once("exit", () => (this.exited = true));
    this.process.once("error", () => (this.exited = true));

    // Ready when the SPARQL endpoint answers (about 2 s here); give up after 60 s.
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (this.exited) throw new Error(`virtuoso-t exited while starting; its log (${d}/out.log):\n${this.log}`);
      try {
        const response = await fetch(`http://127.0.0.1:${this.httpPort}/sparql?query=ASK%7B%7D`, {
          signal: AbortSignal.timeout(2_000),
        });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`virtuoso-t was not ready after 60 s; its log:\n${this.log}`);
      await sleep(250);
    }
  }

  /** Loads a Turtle file (inside the temp dir) into a named graph, through isql-vt; fails on any SQL error. */
  loadTurtle(file: string, graphIri: string): void {
    const result = spawnSync(
      ISQL,
      [
        `127.0.0.1:${this.sqlPort}`,
        "dba",
        "dba",
        // Without the EXIT clause isql-vt exits 0 even when the statement fails.
        `exec=DB.DBA.TTLP_MT(file_to_string_output('${file}'), '', '${graphIri}'); EXIT $IF $EQU $STATE OK 0 3;`,
      ],
      { encoding: "utf8", timeout: 60_000 },
    );
    if (result.status !== 0) {
      throw new Error(`isql-vt could not load ${file} (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
  }

  async select(query: string): Promise<Row[]> {
    const response = await fetch(`http://127.0.0.1:${this.httpPort}/sparql`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
      body: new URLSearchParams({ query }),
      signal: AbortSignal.timeout(30_000),
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`SPARQL query failed (${response.status}): ${body}\n${query}`);
    return (JSON.parse(body) as { results: { bindings: Row[] } }).results.bindings;
  }

  /** SIGTERM, then SIGKILL if it has not gone in 15 s; then the temp dir goes. */
  async stop(): Promise<void> {
    const child = this.process;
    if (child && !this.exited) {
      const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const stopped = await Promise.race([gone.then(() => true), sleep(15_000).then(() => false)]);
      if (!stopped && !this.exited) {
        child.kill("SIGKILL");
        await Promise.race([gone, sleep(5_000)]);
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const value = (row: Row, name: string): string => {
  const binding = row[name];
  if (binding === undefined) throw new Error(`no ?${name} in ${JSON.stringify(row)}`);
  return binding.value;
};
const idOf = (iri: string) => decodeURIComponent(iri.slice(entityIri("").length));

describe("the Turtle export in Virtuoso", () => {
  const virtuoso = new PrivateVirtuoso();
  let turtle = "";
  /** Why the server could not be started or loaded: every test then fails with it (never a skip). */
  let notReady: Error | undefined;

  beforeAll(async () => {
    try {
      if (!existsSync(VIRTUOSO)) throw new Error(`${VIRTUOSO} not found: ${INSTALL}`);
      if (!existsSync(ISQL)) throw new Error(`${ISQL} not found: ${INSTALL}`);
      await virtuoso.start();
      // Written chunk by chunk, as the CLI streams an export to disk.
      const file = join(virtuoso.dir, "panelgraph.ttl");
      const fd = openSync(file, "w");
      for (const chunk of turtleExporter.files(graph, EXPORT_DEFAULTS)[0]!.chunks) {
        writeSync(fd, chunk);
        turtle += chunk;
      }
      closeSync(fd);
      virtuoso.loadTurtle(file, GRAPH_IRI);
    } catch (error) {
      notReady = error instanceof Error ? error : new Error(String(error));
      await virtuoso.stop();
    }
  });

  afterAll(async () => {
    await virtuoso.stop();
  });

  beforeEach(() => {
    if (notReady) throw notReady;
  });

  it("holds every triple of the export (as N3.js counts them)", async () => {
    const expected = new Store(new Parser({ format: "text/turtle" }).parse(turtle)).size;
    const [row] = await virtuoso.select(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${GRAPH_IRI}> { ?s ?p ?o } }`);
    expect(Number(value(row!, "n"))).toBe(expected);
  });

  it("answers who-spoke-on delegation with whoSpokeOn's speakers, scores, passage counts and order", async () => {
    const expected = whoSpokeOn(graph, "delegation");
    expect(expected.speakers.length).toBeGreaterThan(0);
    const rows = await virtuoso.select(whoSpokeOnSparql(expected.theme.id));
    expect(
      rows.map((r) => ({
        id: idOf(value(r, "speaker")),
        label: value(r, "name"),
        score: Number(value(r, "score")),
        passages: Number(value(r, "passages")),
      })),
    ).toEqual(
      expected.speakers.map((s) => ({ id: s.id, label: s.label, score: s.score, passages: s.evidence.length })),
    );
    const simple = await virtuoso.select(speakersSparql(expected.theme.id));
    expect(new Set(simple.map((r) => idOf(value(r, "speaker"))))).toEqual(new Set(expected.speakers.map((s) => s.id)));
  });

  it("answers who-spoke-on for every other theme too (with and without sub-themes): whoSpokeOn's speakers", async () => {
    const themes = graph.filterNodes((_, a) => a.type === "theme");
    expect(themes).toContain("integrated-care-systems");
    let withSpeakers = 0;
    for (const theme of themes) {
      const expected = whoSpokeOn(graph, theme).speakers;
      const ranked = await virtuoso.select(whoSpokeOnSparql(theme));
      // The same speakers, scores and passage counts. The order may differ where passages and statements disagree:
      // SPARQL ranks by passages; panelgraph by distinct statements (one quote two sources report), which the triples
      // alone cannot tell.
      const byId = (a: (string | number)[], b: (string | number)[]) => String(a[0]).localeCompare(String(b[0]));
      expect(
        ranked
          .map((r) => [idOf(value(r, "speaker")), Number(value(r, "score")), Number(value(r, "passages"))])
          .sort(byId),
        theme,
      ).toEqual(expected.map((s) => [s.id, s.score, s.evidence.length]).sort(byId));
      const simple = await virtuoso.select(speakersSparql(theme));
      expect(new Set(simple.map((r) => idOf(value(r, "speaker")))), theme).toEqual(new Set(expected.map((s) => s.id)));
      if (expected.length > 0) withSpeakers++;
    }
    expect(withSpeakers).toBeGreaterThan(1);
  });

  it("gives back every quotation exactly (curly quotes, dashes), at offsets that slice the source text", async () => {
    const rows = await virtuoso.select(`PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX pg: <https://panelgraph.dev/ns#>
SELECT ?quotation ?quote ?source ?start ?end WHERE {
  ?quotation a pg:Quotation ; prov:value ?quote ; prov:hadPrimarySource ?source ; pg:start ?start ; pg:end ?end .
}`);
    const expected =
      graph.reduceEdges(
        (sum, _, a) => sum + a.evidence.length + (a.roles ?? []).reduce((n, r) => n + r.evidence.length, 0),
        0,
      ) + graph.reduceNodes((sum, _, a) => sum + a.facts.reduce((n, f) => n + f.evidence.length, 0), 0);
    expect(rows).toHaveLength(expected);
    let curly = 0;
    for (const row of rows) {
      const text = graph.getNodeAttribute(idOf(value(row, "source")), "text")!;
      const quote = value(row, "quote");
      expect(text.slice(Number(value(row, "start")), Number(value(row, "end"))), value(row, "quotation")).toBe(quote);
      if (/[“”’–]/.test(quote)) curly++;
    }
    expect(curly).toBeGreaterThan(0);
  });

  it("keeps both of Richard Stubbs's titles at Yorkshire and Humber Academic Health Science, each with its source", async () => {
    const rows = await virtuoso.select(`PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX pg: <https://panelgraph.dev/ns#>
SELECT ?title ?source WHERE {
  ?role a schema:OrganizationRole ; pg:member <${entityIri("richard-stubbs")}> ;
    pg:organisation <${entityIri("yorkshire-and-humber-academic-health-science")}> ;
    schema:roleName ?title ; prov:hadPrimarySource ?source .
} ORDER BY ?source`);
    const roles = graph.getEdgeAttribute(
      "affiliated-with:richard-stubbs->yorkshire-and-humber-academic-health-science",
      "roles",
    )!;
    expect(new Set(roles.map((r) => r.role)).size).toBe(2);
    expect(rows.map((r) => [value(r, "title"), idOf(value(r, "source"))])).toEqual(
      roles.map((r) => [r.role, r.source]),
    );
  });
});
