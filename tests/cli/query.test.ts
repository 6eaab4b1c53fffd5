// The query and analysis commands as a user runs them: `node src/cli/panelgraph.mjs …` on the shipped corpus.
import { describe, expect, it } from "vitest";
import { panelgraph, STACK_LINE } from "../helpers/cli.js";
import { copyFixture, edit, MINI_DIR } from "../helpers/corpus.js";

describe("panelgraph query", () => {
  it("--help lists the new commands, and query --help every question", async () => {
    const main = await panelgraph("--help");
    for (const command of ["query", "communities", "stats", "conflicts"]) {
      expect(main.stdout).toMatch(new RegExp(`^  ${command} `, "m"));
    }
    const query = await panelgraph("query", "--help");
    expect(query.code).toBe(0);
    for (const question of [
      "who-spoke-on",
      "themes-of",
      "neighbours",
      "path",
      "recommendations-on",
      "coverage",
      "search",
    ]) {
      expect(query.stdout).toMatch(new RegExp(`^    ${question} `, "m"));
    }
  });

  it("who-spoke-on devolution --json answers in the shape docs/cli.md documents, Geoff Little first", async () => {
    const { code, stdout } = await panelgraph("query", "who-spoke-on", "devolution", "--json");
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.theme).toEqual({ id: "delegation", label: "Delegation of power" });
    expect(answer.speakers.map((s: { id: string }) => s.id)).toEqual(["geoff-little", "richard-stubbs", "sarah-reed"]);
    expect(Object.keys(answer.speakers[0])).toEqual(["id", "label", "organisations", "score", "evidence"]);
    expect(Object.keys(answer.speakers[0].evidence[0])).toEqual(["source", "kind", "quote", "start", "end"]);
  });

  it("who-spoke-on prints a ranked table and each speaker's strongest passage with source and line", async () => {
    const { code, stdout } = await panelgraph("query", "who-spoke-on", "Delegation", "of", "power");
    expect(code).toBe(0);
    expect(stdout).toContain(
      "3 people spoke on Delegation of power [delegation] and its sub-theme Double and triple delegation.",
    );
    expect(stdout).toMatch(/^1 +Geoff Little +Bury Council +3 +9 passages: 7 direct quotes, 1 reported, 1 summary$/m);
    expect(stdout).toMatch(
      /^ {3}direct quote {2}luc-ics-session-2023:10 {2}“My first suggestion would be to push for further delegation of power\.”$/m,
    );
    expect(stdout).toContain("… 8 more passages (--all shows every passage)");
    const all = (await panelgraph("query", "who-spoke-on", "delegation", "--all")).stdout;
    expect(all).not.toContain("more passages");
    expect(all.match(/luc-inquiry-sessions-march-2023:2\d/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("an unknown name exits 1 with suggestions on stderr and no stack trace", async () => {
    const { code, stdout, stderr } = await panelgraph("query", "who-spoke-on", "devolushun");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('panelgraph: no theme is called "devolushun"');
    expect(stderr).toMatch(/^Did you mean:\n {2}delegation +Delegation of power +\(theme\)$/m);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it("an ambiguous name exits 1 listing the candidates", async () => {
    const dir = copyFixture();
    edit(dir, "registry.yaml", "    label: Ben Ode\n", "    label: Ben Ode\n    aliases: [Park]\n");
    const { code, stdout, stderr } = await panelgraph("query", "neighbours", "park", "--data", dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('panelgraph: "park" names 2 entities; give the id of the one you mean');
    expect(stderr).toMatch(/^ {2}ada-park +Ada Park +\(person\)$/m);
    expect(stderr).toMatch(/^ {2}ben-ode +Ben Ode +\(person\)$/m);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it("a person where a theme is needed says what it is and which question takes it", async () => {
    const { code, stderr } = await panelgraph("query", "who-spoke-on", "Geoff Little");
    expect(code).toBe(1);
    expect(stderr).toContain('"Geoff Little" is a person (Geoff Little); this needs a theme');
    expect(stderr).toContain("(query themes-of takes a person)");
  });

  it("wrong calls are usage errors (exit 2) that say what to do", async () => {
    const cases: [string[], RegExp][] = [
      [["query"], /query needs a question: who-spoke-on, themes-of/],
      [["query", "who-spoke"], /unknown question "who-spoke" \(did you mean who-spoke-on\?\)/],
      [["query", "path", "cipfa"], /query path needs two names, got 1/],
      [["query", "who-spoke-on", "delegation", "--type", "person"], /query who-spoke-on does not take --type/],
      [
        ["query", "neighbours", "cipfa", "--relation", "spoke"],
        /--relation "spoke" is not a relation \(did you mean spoke-on\?\)/,
      ],
      [["communities", "--resolution", "0"], /--resolution must be a number above 0, got "0"/],
      [["stats", "graph-data"], /stats takes no positional arguments/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await panelgraph(...args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr, args.join(" ")).toMatch(message);
      expect(stderr).not.toMatch(STACK_LINE);
    }
  });

  it("themes-of, neighbours, path and recommendations-on print readable answers", async () => {
    expect((await panelgraph("query", "themes-of", "sarah reed")).stdout).toMatch(/^Sarah Reed spoke on 8 themes/m);
    const neighbours = (await panelgraph("query", "neighbours", "delegation", "--type", "person")).stdout;
    expect(neighbours).toMatch(/^← spoke-on +Geoff Little +person +7 /m);
    const path = await panelgraph("query", "path", "Jeffrey Matsu", "Geoff Little");
    expect(path.code).toBe(0);
    expect(path.stdout).toMatch(/^Jeffrey Matsu → Geoff Little: 4 hops$/m);
    expect(path.stdout).toMatch(/^Jeffrey Matsu \(person\) —spoke-on→ /m);
    const none = await panelgraph("query", "path", "mayor-of-london", "geoff-little");
    expect(none.stdout).toContain(
      "No connection between Mayor of London [mayor-of-london] and Geoff Little [geoff-little].",
    );
    const recommendations = (await panelgraph("query", "recommendations-on", "devolution")).stdout;
    expect(recommendations).toMatch(/^1\. Further delegation of power \[further-delegation-of-power\]$/m);
  });

  it("coverage flags thin support and lists unaddressed themes; --json has both parts", async () => {
    const text = (await panelgraph("query", "coverage")).stdout;
    expect(text).toMatch(/^19 recommendations: 3 made by no speaker/m);
    expect(text).toMatch(/^Take account of deprivation in general practice .*\[no speaker, one source\]$/m);
    expect(text).toMatch(/^Tobacco control \[tobacco-control\] +Abdul Razaq +2$/m);
    const json = JSON.parse((await panelgraph("query", "coverage", "--json")).stdout);
    expect(Object.keys(json)).toEqual(["recommendations", "unaddressedThemes"]);
  });

  it("search names the source and line of each passage it finds", async () => {
    const { code, stdout } = await panelgraph("query", "search", "broadband");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ +\d+\.\d\d {2}theme Digital exclusion \[digital-exclusion\]/m);
    expect(stdout).toMatch(/^ +\d+\.\d\d {2}passage luc-ics-session-2023:21 {2}direct quote$/m);
    const json = JSON.parse((await panelgraph("query", "search", "broadband", "--limit", "1", "--json")).stdout);
    expect(json.results).toHaveLength(1);
  });
});

describe("panelgraph communities, stats, conflicts", () => {
  it("communities --json is the same for the same seed, in the shape docs/cli.md documents", async () => {
    const a = await panelgraph("communities", "--json", "--seed", "3");
    const b = await panelgraph("communities", "--json", "--seed", "3");
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const result = JSON.parse(a.stdout);
    expect(result.modularity).toBeGreaterThan(0.3);
    expect(Object.keys(result.communities[0])).toEqual(["id", "label", "members"]);
    expect(result.stability.seeds.runs).toBe(10);
  });

  it("communities prints modularity, stability and each community with its members", async () => {
    const { code, stdout } = await panelgraph("communities");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ communities \(Louvain, resolution 1, seed 1\), modularity 0\.\d{3}$/m);
    expect(stdout).toMatch(/^Stability across 10 other seeds: mean adjusted Rand [01]\.\d\d/m);
    expect(stdout).toMatch(/^1\. Delegation of power · .* — \d+ members, stability [01]\.\d\d$/m);
    expect(stdout).toMatch(/^ {3}people +Geoff Little$/m);
  });

  it("stats prints counts and top lists; --json has every part", async () => {
    const { code, stdout } = await panelgraph("stats");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Nodes: 111 — /m);
    expect(stdout).toMatch(/^1 +Geoff Little \[geoff-little\] +person +\d+$/m);
    const json = JSON.parse((await panelgraph("stats", "--json", "--top", "2")).stdout);
    expect(Object.keys(json)).toEqual([
      "nodes",
      "edges",
      "evidence",
      "degree",
      "betweenness",
      "people",
      "themes",
      "sharedThemes",
    ]);
    expect(json.degree).toHaveLength(2);
  });

  it("conflicts lists each disagreement with values, sources and passages; --json as docs/cli.md documents", async () => {
    const text = await panelgraph("conflicts");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "Richard Stubbs [richard-stubbs], role at Yorkshire and Humber Academic Health Science",
    );
    expect(text.stdout).toMatch(/^ {2}"Vice Chair" +luc-inquiry-sessions-march-2023:\d+ +“Richard Stubbs, Vice Chair/m);
    const json = JSON.parse((await panelgraph("conflicts", "--json", "--data", MINI_DIR)).stdout);
    expect(json.conflicts).toHaveLength(1);
    expect(json.conflicts[0]).toMatchObject({
      entity: { id: "ada-park", label: "Ada Park" },
      field: "role",
      values: [
        { value: "Director of Health", source: "panel-a", quote: "Ada Park, Director of Health at Northtown Council" },
        { value: "Deputy Director of Health", source: "panel-b" },
      ],
    });
  });
});
