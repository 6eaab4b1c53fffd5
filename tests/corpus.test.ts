// The shipped corpus (graph-data/): it validates cleanly, every quote resolves, entities merge across sources, the
// graph has exactly what the annotation files say, and the facts a researcher checks against the seed texts hold. The
// one test file that knows the shipped corpus's facts: query and analysis code is tested on graphs made in its tests.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { detectCommunities } from "../src/analysis/communities.js";
import { findConflicts } from "../src/analysis/conflicts.js";
import { graphStats } from "../src/analysis/stats.js";
import { buildGraph } from "../src/graph/build.js";
import { loadValidCorpus } from "../src/ingest/validate.js";
import { coverage } from "../src/query/coverage.js";
import { themesOf } from "../src/query/themes-of.js";
import { whoSpokeOn } from "../src/query/who-spoke-on.js";
import { DATA_DIR, expectedEdgesFromFiles, ROOT, tempDir } from "./helpers/corpus.js";

const corpus = loadValidCorpus(DATA_DIR, { strict: true });
const graph = buildGraph(corpus);
const annotationFiles = readdirSync(join(DATA_DIR, "annotations")).map((name) =>
  parse(readFileSync(join(DATA_DIR, "annotations", name), "utf8")),
);

function neighboursVia(relation: string, node: string, direction: "out" | "in"): string[] {
  const edges = direction === "out" ? graph.outEdges(node) : graph.inEdges(node);
  return edges
    .filter((e) => graph.getEdgeAttribute(e, "relation") === relation)
    .map((e) => (direction === "out" ? graph.target(e) : graph.source(e)))
    .sort();
}

describe("the shipped corpus", () => {
  it("validates with no errors and no warnings (--strict)", () => {
    expect(corpus.problems).toEqual([]);
  });

  it("ships the seed texts byte for byte, and annotates each of them", () => {
    expect(corpus.sources.map((s) => s.meta.id).sort()).toEqual([
      "leaders-council-nhs-inequality-2022",
      "luc-ics-session-2023",
      "luc-inquiry-sessions-march-2023",
    ]);
    for (const source of corpus.sources) {
      expect(readFileSync(join(DATA_DIR, source.file), "utf8")).toBe(source.original);
    }
    expect(annotationFiles.map((f) => f.source).sort()).toEqual(corpus.sources.map((s) => s.meta.id).sort());
  });

  it("resolves every quote to the exact passage of its source, in the original text wherever nothing was repaired", () => {
    let checked = 0;
    const check = (e: { source: string; quote: string; start: number; end: number }) => {
      const source = corpus.sources.find((s) => s.meta.id === e.source)!;
      expect(source.text.slice(e.start, e.end)).toBe(e.quote);
      if (source.repairs.length === 0) expect(source.original.slice(e.start, e.end)).toBe(e.quote);
      checked++;
    };
    graph.forEachEdge((_, a) => a.evidence.forEach(check));
    graph.forEachNode((_, a) => a.facts.forEach((f) => f.evidence.forEach(check)));
    const inFiles = annotationFiles.reduce(
      (n, f) =>
        n +
        (f.claims ?? []).reduce((m: number, c: { evidence: unknown[] }) => m + c.evidence.length, 0) +
        (f.attributes ?? []).reduce((m: number, a: { evidence: unknown[] }) => m + a.evidence.length, 0),
      0,
    );
    // Identical evidence given twice for one edge is kept once, so the graph can hold fewer items than the files.
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(inFiles);
  });

  it("has one edge per distinct (relation, from, to) in the annotation files, plus one per theme parent", () => {
    const expected = expectedEdgesFromFiles(DATA_DIR);
    for (const [relation, pairs] of expected) {
      expect(graph.filterEdges((_, a) => a.relation === relation).length, relation).toBe(pairs.size);
    }
    expect(graph.size).toBe([...expected.values()].reduce((n, s) => n + s.size, 0));
  });

  it("has one node per registry entity and source", () => {
    const registry = parse(readFileSync(join(DATA_DIR, "registry.yaml"), "utf8"));
    const ids = Object.values(registry).flatMap((section) => (section as { id: string }[]).map((e) => e.id));
    expect(graph.order).toBe(ids.length + corpus.sources.length);
  });

  it("merges the panellists both articles name into one node each, with evidence from both", () => {
    for (const person of ["geoff-little", "richard-stubbs", "sarah-reed", "janet-budd"]) {
      const sources = new Set(graph.edges(person).flatMap((e) => graph.getEdgeAttribute(e, "sources")));
      expect([...sources].sort(), person).toEqual(["luc-ics-session-2023", "luc-inquiry-sessions-march-2023"]);
    }
    expect(graph.filterNodes((_, a) => a.type === "person" && a.label.includes("Little"))).toEqual(["geoff-little"]);
  });

  it("puts each panellist in the session the sources name, with Janet Budd chairing both", () => {
    const panellists = graph
      .filterNodes((_, a) => a.type === "session")
      .map((session) => neighboursVia("panellist-in", session, "in"));
    expect(panellists.sort()).toEqual([
      ["abdul-razaq", "christina-gray", "jeffrey-matsu"],
      ["geoff-little", "richard-stubbs", "sarah-reed"],
    ]);
    for (const session of graph.filterNodes((_, a) => a.type === "session")) {
      expect(neighboursVia("chaired", session, "in")).toEqual(["janet-budd"]);
    }
  });

  it("backs each panellist-in with passages that read on their own, not a list's bare heading ('For part one, these were')", () => {
    let checked = 0;
    graph.forEachEdge((_, a, person) => {
      if (a.relation !== "panellist-in") return;
      const name = graph.getNodeAttribute(person, "label");
      for (const e of a.evidence) {
        // A passage names the panellist, or is a whole sentence about the session ("… Janet was joined by three …").
        expect(e.quote.includes(name) || /[.!?]$/.test(e.quote), `${person}: “${e.quote}”`).toBe(true);
        checked++;
      }
    });
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it("gives every person an organisation and a role from each source that names them", () => {
    for (const person of graph.filterNodes((_, a) => a.type === "person")) {
      const affiliations = graph
        .outEdges(person)
        .filter((e) => graph.getEdgeAttribute(e, "relation") === "affiliated-with");
      expect(affiliations.length, person).toBeGreaterThan(0);
      for (const edge of affiliations) {
        const roles = graph.getEdgeAttribute(edge, "roles") ?? [];
        expect(roles.map((r) => r.source).sort(), edge).toEqual(graph.getEdgeAttribute(edge, "sources"));
      }
    }
  });

  it("detects that the two articles give Richard Stubbs different titles, and keeps both", () => {
    const roleConflicts = findConflicts(graph).filter((c) => c.field === "role");
    expect(roleConflicts).toHaveLength(1);
    expect(roleConflicts[0]!.entity.id).toBe("richard-stubbs");
    expect(roleConflicts[0]!.values.map((v) => [v.source, v.value])).toEqual([
      ["luc-ics-session-2023", "Chair"],
      ["luc-inquiry-sessions-march-2023", "Vice Chair"],
    ]);
  });

  it("builds the same bytes twice", () => {
    const dir = tempDir();
    const run = (out: string) =>
      spawnSync(process.execPath, [join(ROOT, "src/cli/panelgraph.mjs"), "build", DATA_DIR, "--out", out], {
        encoding: "utf8",
      });
    expect(run(join(dir, "a.json")).status).toBe(0);
    expect(run(join(dir, "b.json")).status).toBe(0);
    expect(readFileSync(join(dir, "a.json"), "utf8")).toBe(readFileSync(join(dir, "b.json"), "utf8"));
  });
});

// What a researcher checks against the three seed texts: who spoke on what in their own words, for which
// organisation, and what only a panel as a whole is said to have agreed. Re-annotating graph-data/ changes this file
// and no other test.
describe("the shipped corpus, as a researcher reads it", () => {
  const ids = (items: { id: string }[]) => items.map((i) => i.id);
  const PART_ONE = "luc-inquiry-2023-03-24-part-one";
  const PART_TWO = "luc-inquiry-2023-03-24-part-two";

  it("names each panellist's organisation and role as the sources give them", () => {
    const roles = (person: string) =>
      graph
        .outEdges(person)
        .filter((e) => graph.getEdgeAttribute(e, "relation") === "affiliated-with")
        .flatMap((e) => (graph.getEdgeAttribute(e, "roles") ?? []).map((r) => `${graph.target(e)}: ${r.role}`));
    expect(new Set(roles("jeffrey-matsu"))).toEqual(new Set(["cipfa: Chief Economist"]));
    expect(new Set(roles("christina-gray"))).toEqual(
      new Set(["bristol-city-council: Director of Communities and Health"]),
    );
    expect(new Set(roles("abdul-razaq"))).toEqual(new Set(["blackburn-and-darwen-council: Director of Public Health"]));
    expect(new Set(roles("sarah-reed"))).toEqual(new Set(["nuffield-trust: Senior Fellow"]));
    // The post as both articles write it ("the Place-Based Lead for Bury Council’s Health and Care"), the council's
    // name part of it; the summary's "a Health Lead in Bury" names a place, not the council.
    expect(new Set(roles("geoff-little"))).toEqual(
      new Set(["bury-council: Place-Based Lead for Bury Council’s Health and Care"]),
    );
    expect(new Set(roles("janet-budd"))).toEqual(new Set(["nhs-transformation-unit: Director"]));
  });

  it("backs each affiliation only with passages that name both the person and the organisation", () => {
    // "an independent health think tank" (Sarah Reed's) and "The Chair of … said:" (no one named) are out.
    const names = (id: string) => {
      const a = graph.getNodeAttributes(id);
      return [a.label, ...a.aliases];
    };
    let checked = 0;
    graph.forEachEdge((edge, a, person, organisation) => {
      if (a.relation !== "affiliated-with") return;
      for (const e of a.evidence) {
        expect(
          names(person).some((n) => e.quote.includes(n)),
          `${edge}: “${e.quote}”`,
        ).toBe(true);
        expect(
          names(organisation).some((n) => e.quote.includes(n)),
          `${edge}: “${e.quote}”`,
        ).toBe(true);
        checked++;
      }
    });
    expect(checked).toBe(12);
  });

  it("the two reports of the 24 March 2023 sessions are undated (neither gives its date); the Leaders Council piece is of 30 Nov 2022", () => {
    const dates = Object.fromEntries(corpus.sources.map((s) => [s.meta.id, s.meta.date ?? null]));
    expect(dates).toEqual({
      "leaders-council-nhs-inequality-2022": "2022-11-30",
      "luc-ics-session-2023": null,
      "luc-inquiry-sessions-march-2023": null,
    });
    // So Richard Stubbs's two titles are two undated reports of one session, not a Vice Chair become Chair.
    const [conflict] = findConflicts(graph).filter((c) => c.field === "role");
    expect(conflict!.values.map((v) => graph.getNodeAttribute(v.source, "date") ?? null)).toEqual([null, null]);
  });

  it("no passage of a person's words is only the line that introduces them ('X backed this point up and added,')", () => {
    graph.forEachEdge((edge, a) => {
      for (const e of a.evidence)
        if (e.kind !== "summary") expect(e.quote, edge).not.toMatch(/\b(said|added|continued|says)\s*[:,]?$/);
    });
    const matsu = whoSpokeOn(graph, "local understanding of inequalities").speakers.find(
      (s) => s.id === "jeffrey-matsu",
    )!;
    expect(matsu.evidence.map((e) => e.kind)).toEqual(["direct-quote", "direct-quote"]);
  });

  it("structural drivers of inequality are the Leaders Council piece's words; no panellist spoke on them", () => {
    const answer = whoSpokeOn(graph, "structural drivers");
    expect([answer.theme.id, answer.speakers, answer.panels]).toEqual(["structural-drivers-of-inequality", [], []]);
    expect(neighboursVia("covers", "structural-drivers-of-inequality", "in")).toEqual([
      "leaders-council-nhs-inequality-2022",
    ]);
    // Christina Gray's "clusters of extreme poverty" is about looking locally; Geoff Little's "deprived neighbourhoods"
    // is what his scorecards would compare. The social determinants' speakers are those on wider public services.
    expect(ids(whoSpokeOn(graph, "social determinants").speakers).sort()).toEqual(["geoff-little", "jeffrey-matsu"]);
  });

  it("trust local authorities to allocate budgets is the panel's list alone; Geoff Little's words give ICSs the allocating", () => {
    expect(neighboursVia("recommends", "trust-local-authorities-to-allocate-budgets", "in")).toEqual([PART_TWO]);
    const panel = graph.getEdgeAttribute(
      `recommends:${PART_TWO}->trust-local-authorities-to-allocate-budgets`,
      "evidence",
    );
    expect(panel.every((e) => /trust local authorities more to allocate/.test(e.quote))).toBe(true);
    expect(neighboursVia("recommends", "freedom-for-icss-to-allocate-their-budget", "in")).toEqual(["geoff-little"]);
    expect(neighboursVia("recommends", "trust-local-authorities-more", "in")).toEqual(["geoff-little"]);
    expect(
      graph.getEdgeAttribute("recommends:geoff-little->trust-local-authorities-more", "evidence").map((e) => e.quote),
    ).toEqual(["We have to trust local authorities more."]);
  });

  it("delegation: only Geoff Little spoke on it in his own words; part two's panel agreed on it as a whole", () => {
    const answer = whoSpokeOn(graph, "delegation");
    expect(ids(answer.speakers)).toEqual(["geoff-little"]);
    expect(answer.speakers[0]!.kind).toBe("direct-quote");
    // Nine passages, six statements: two articles quote his first two sentences and "double and triple delegation";
    // luc-ics-session-2023 alone has "then make a case for further delegation" and "Delegation is good for the government".
    expect([answer.speakers[0]!.evidence.length, answer.speakers[0]!.statements]).toEqual([9, 6]);
    expect(answer.panels.map((p) => [p.id, p.members.map((m) => [m.id, m.spokeOnIt])])).toEqual([
      [
        PART_TWO,
        [
          ["geoff-little", true],
          ["richard-stubbs", false],
          ["sarah-reed", false],
        ],
      ],
    ]);
  });

  it("devolution is its own theme, written of by the articles' authors, and no panellist said it", () => {
    const answer = whoSpokeOn(graph, "devolution");
    expect(answer.theme.id).toBe("devolution");
    expect(answer.speakers).toEqual([]);
    expect(answer.panels).toEqual([]);
    expect(neighboursVia("covers", "devolution", "in")).toEqual([
      "luc-ics-session-2023",
      "luc-inquiry-sessions-march-2023",
    ]);
  });

  it("health inequalities: five of the six panellists in their own words, Abdul Razaq only through his panel", () => {
    const answer = whoSpokeOn(graph, "health inequalities");
    expect(ids(answer.speakers).sort()).toEqual([
      "christina-gray",
      "geoff-little",
      "jeffrey-matsu",
      "richard-stubbs",
      "sarah-reed",
    ]);
    expect(answer.speakers.every((s) => s.kind === "direct-quote")).toBe(true);
    const partOne = answer.panels.find((p) => p.id === PART_ONE)!;
    // "preventative measures are the best way forward to tackle health inequalities"; "a more granular look at health
    // inequalities".
    expect(partOne.themes.map((t) => t.id)).toEqual(["health-inequalities", "local-understanding-of-inequalities"]);
    expect(partOne.members.filter((m) => !m.spokeOnIt).map((m) => m.id)).toEqual(["abdul-razaq"]);
  });

  it("prevention: Abdul Razaq reported and quoted on tobacco control, Jeffrey Matsu on incentives; part one agreed", () => {
    const answer = whoSpokeOn(graph, "prevention");
    expect(answer.speakers.map((s) => [s.id, s.kind])).toEqual([
      ["abdul-razaq", "direct-quote"],
      ["jeffrey-matsu", "direct-quote"],
    ]);
    expect(ids(answer.panels)).toEqual([PART_ONE]);
    // Christina Gray is quoted under the prevention heading, but on researching and monitoring an intervention.
    expect(answer.panels[0]!.members.filter((m) => !m.spokeOnIt).map((m) => m.id)).toEqual(["christina-gray"]);
  });

  it("Abdul Razaq's ICSs invested in tobacco control with combined NHS and council money: investment and funding", () => {
    expect(whoSpokeOn(graph, "investing in prevention").speakers.map((s) => [s.id, s.statements])).toEqual([
      ["abdul-razaq", 2],
      ["jeffrey-matsu", 1],
    ]);
    expect(ids(whoSpokeOn(graph, "funding").speakers).sort()).toEqual(["abdul-razaq", "geoff-little"]);
  });

  it("Richard Stubbs's own themes, and those only his panel agreed on", () => {
    const answer = themesOf(graph, "Richard Stubbs");
    expect(ids(answer.themes).sort()).toEqual([
      "access-to-healthcare",
      "adoption-and-spread-of-innovation",
      "digital-exclusion",
      "digital-health-services",
      "health-inequalities",
      "integrated-care-systems",
      "trends-over-time",
    ]);
    expect(ids(answer.panelThemes).sort()).toEqual([
      "delegation",
      "government-support-for-icss",
      "long-term-approach",
      "nhs-culture",
      "nhs-targets",
    ]);
    expect(answer.panelThemes.every((t) => t.kind === "summary" && ids(t.panels).join() === PART_TWO)).toBe(true);
  });

  it("the Leaders Council piece quotes no one: its themes are its unsigned authors', housing among the social determinants", () => {
    graph.forEachEdge((edge, a) => {
      if (a.relation === "spoke-on" || a.relation === "agreed-on")
        expect(a.sources, edge).not.toContain("leaders-council-nhs-inequality-2022");
    });
    const housing = whoSpokeOn(graph, "housing");
    expect([housing.theme.id, housing.speakers, housing.panels]).toEqual(["housing", [], []]);
    expect(neighboursVia("covers", "housing", "in")).toEqual(["leaders-council-nhs-inequality-2022"]);
    expect(neighboursVia("sub-theme-of", "housing", "out")).toEqual(["social-determinants-of-health"]);
    // "The way funding is allocated to local areas has also created inequalities": a finding about inequalities.
    expect(neighboursVia("addresses", "funding-allocation-has-created-inequalities", "out")).toEqual([
      "funding-allocation",
      "health-inequalities",
    ]);
  });

  it("Richard Stubbs on how people can access digital services reaches access to healthcare", () => {
    const answer = whoSpokeOn(graph, "access to healthcare");
    expect(answer.speakers.map((s) => [s.id, s.kind, s.statements])).toEqual([["richard-stubbs", "direct-quote", 2]]);
  });

  it("part two's panel agreed on health inequalities in so many words; its summary is not a member's own words", () => {
    const partTwo = whoSpokeOn(graph, "health inequalities").panels.find((p) => p.id === PART_TWO)!;
    expect(ids(partTwo.themes)).toEqual(["health-inequalities"]);
    expect(partTwo.statements).toBe(2);
    expect(partTwo.evidence.every((e) => e.kind === "summary")).toBe(true);
  });

  it("Geoff Little would measure ICSs by wider public services, school exclusions among them; Matsu names schools", () => {
    const answer = whoSpokeOn(graph, "school exclusions");
    expect(answer.theme.id).toBe("wider-public-services");
    // Jeffrey Matsu: "neighbourhood services such as schools and criminal justice systems … have detrimental health impacts".
    expect(answer.speakers.map((s) => [s.id, s.kind])).toEqual([
      ["geoff-little", "direct-quote"],
      ["jeffrey-matsu", "direct-quote"],
    ]);
    expect(neighboursVia("sub-theme-of", "wider-public-services", "out")).toEqual(["social-determinants-of-health"]);
    expect(ids(whoSpokeOn(graph, "social determinants").speakers)).toContain("geoff-little");
  });

  it("Sarah Reed is both quoted and reported on ICSs; Geoff Little is reported on whether they deal with inequalities", () => {
    const reed = whoSpokeOn(graph, "ICSs").speakers.find((s) => s.id === "sarah-reed")!;
    expect(new Set(reed.evidence.map((e) => e.kind))).toEqual(new Set(["direct-quote", "reported"]));
    const little = whoSpokeOn(graph, "health inequalities", { subThemes: false }).speakers.find(
      (s) => s.id === "geoff-little",
    )!;
    expect(little.evidence.filter((e) => e.kind === "reported").map((e) => e.source)).toContain("luc-ics-session-2023");
  });

  it("the article's own asides, Covid and health and social care, are found as typed, and no one spoke on them", () => {
    for (const [typed, theme] of [
      ["covid", "covid-19-pandemic"],
      ["social care", "health-and-social-care"],
    ]) {
      const answer = whoSpokeOn(graph, typed!);
      expect([answer.theme.id, answer.speakers, answer.panels]).toEqual([theme, [], []]);
      expect(neighboursVia("covers", theme!, "in")).toContain("luc-ics-session-2023");
    }
  });

  it("the write-up's closing view is its own: devolution, culture and metrics beyond healthcare, no panellist's words", () => {
    const own = "luc-inquiry-sessions-march-2023";
    for (const theme of ["devolution", "nhs-culture", "metrics-and-targets", "wider-public-services"])
      expect(neighboursVia("covers", theme, "in"), theme).toContain(own);
    expect(ids(whoSpokeOn(graph, "devolution").speakers)).toEqual([]);
    // "Research has suggested that taking a regional overview of inequalities helps to target resources"
    expect(neighboursVia("addresses", "regional-overview-helps-target-resources", "out")).toEqual([
      "funding-allocation",
      "local-understanding-of-inequalities",
    ]);
  });

  it("finds the themes by the everyday words a journalist types, and keeps distinct ideas apart", () => {
    const typed: [string, string][] = [
      ["health equity", "health-inequalities"],
      ["smoking", "tobacco-control"],
      ["GP", "general-practice"],
      ["deprivation", "structural-drivers-of-inequality"],
      ["culture change", "nhs-culture"],
      ["broadband", "digital-exclusion"],
      ["three-year budget", "multi-year-budgets"],
      ["best practice", "adoption-and-spread-of-innovation"],
      ["wellbeing", "population-health"],
      ["productivity", "economic-development"],
      ["delegation", "delegation"],
      ["devolution", "devolution"],
      ["housing", "housing"],
      ["social determinants", "social-determinants-of-health"],
    ];
    expect(typed.map(([words]) => [words, whoSpokeOn(graph, words).theme.id])).toEqual(typed);
  });

  it("themes named only in passing are found as typed: Core20PLUS5's clinical areas, the write-up's mental health", () => {
    for (const [typed, theme] of [
      ["cancer", "early-cancer-diagnosis"],
      ["maternity", "maternity-care"],
    ] as const) {
      expect(whoSpokeOn(graph, typed).theme.id).toBe(theme);
      expect(neighboursVia("addresses", theme, "in")).toEqual(["core20plus5"]);
    }
    const mental = whoSpokeOn(graph, "mental health");
    expect([mental.theme.id, mental.speakers, mental.panels]).toEqual(["mental-health", [], []]);
    expect(neighboursVia("covers", "mental-health", "in")).toEqual(["luc-inquiry-sessions-march-2023"]);
  });

  it("no spoke-on rests on a sentence about the whole panel", () => {
    graph.forEachEdge((edge, a) => {
      if (a.relation === "spoke-on")
        expect(
          a.evidence.some((e) => e.kind !== "summary"),
          edge,
        ).toBe(true);
    });
  });

  it("Geoff Little is the most connected and the main broker; tobacco control is raised but never recommended on", () => {
    const stats = graphStats(graph);
    expect(stats.degree[0]!.id).toBe("geoff-little");
    expect(stats.betweenness[0]!.id).toBe("geoff-little");
    const tobacco = coverage(graph).unaddressedThemes.find((t) => t.id === "tobacco-control")!;
    expect(ids(tobacco.speakers)).toEqual(["abdul-razaq"]);
  });

  it("groups part one's Christina Gray and Jeffrey Matsu, who both spoke on a local, granular understanding", () => {
    const { communities } = detectCommunities(graph);
    const of = (id: string) => communities.find((c) => c.members.some((m) => m.id === id))?.id;
    expect(of("christina-gray")).toBe(of("jeffrey-matsu"));
    expect(of("christina-gray")).toBe(of("local-understanding-of-inequalities"));
    expect(of("geoff-little")).toBe(of("delegation"));
    expect(of("geoff-little")).not.toBe(of("christina-gray"));
  });
});
