// A week's work on the mini corpus (tests/fixtures/mini), for the tests of what a build records as changed and what
// the viewer shows of it: a third meeting's write-up added as a source, and a role corrected in panel-b. Written for
// the tests; the people and bodies are invented.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticGraph } from "../query/synthetic.js";
import { edit, writeSource } from "./corpus.js";

export const THIRD_MEETING = "panel-c";

/** Nodes and edges the week adds, and the node whose roles it changes. */
export const WEEK = {
  source: THIRD_MEETING,
  person: "cora-lind",
  organisation: "fenby-trust",
  edges: ["affiliated-with:cora-lind->fenby-trust", "spoke-on:cora-lind->local-data", "spoke-on:ada-park->local-data"],
  changed: "ada-park",
} as const;

/** Adds the third meeting (source panel-c, with Cora Lind of the Fenby Trust, new) and corrects Ada Park's role. */
export function addThirdMeeting(dir: string): void {
  writeSource(dir, {
    id: THIRD_MEETING,
    title: "Example Forum, third meeting",
    date: "2024-07-02",
    text: [
      "At the third meeting, Cora Lind, Chief Planner at the Fenby Trust, spoke on local data.",
      '"Count what matters before you fund it," she said.',
      "Ada Park agreed that local data should shape budgets.",
      "",
    ].join("\n"),
  });
  mkdirSync(join(dir, "annotations"), { recursive: true });
  writeFileSync(
    join(dir, "annotations", `${THIRD_MEETING}.yaml`),
    [
      `source: ${THIRD_MEETING}`,
      "entities:",
      "  people:",
      "    - { id: cora-lind, label: Cora Lind }",
      "  organisations:",
      "    - { id: fenby-trust, label: Fenby Trust, kind: charity }",
      "claims:",
      "  - relation: affiliated-with",
      "    from: cora-lind",
      "    to: fenby-trust",
      "    role: Chief Planner",
      "    evidence:",
      '      - { quote: "Cora Lind, Chief Planner at the Fenby Trust", kind: reported }',
      "  - relation: spoke-on",
      "    from: cora-lind",
      "    to: local-data",
      "    evidence:",
      '      - { quote: "\\"Count what matters before you fund it,\\" she said.", kind: direct-quote }',
      "  - relation: spoke-on",
      "    from: ada-park",
      "    to: local-data",
      "    evidence:",
      '      - { quote: "Ada Park agreed that local data should shape budgets.", kind: reported }',
      "",
    ].join("\n"),
  );
  edit(dir, "annotations/panel-b.yaml", "role: Deputy Director of Health", "role: Director of Health");
}

/** A graph of two nodes for a role edit (invented names): Ivo Marsh at the Levee Agency, source a says `roleInA` (since `since`), source b Director. */
export function roleEdit(roleInA: string, since?: string) {
  const graph = syntheticGraph(
    [
      ["ivo", "person", "Ivo Marsh"],
      ["agency", "organisation", "Levee Agency"],
    ],
    [
      [
        "affiliated-with",
        "ivo",
        "agency",
        [
          { kind: "reported", quote: "Ivo Marsh of the Levee Agency", source: "a" },
          { kind: "reported", quote: "Ivo Marsh, Director of the Levee Agency", source: "b" },
        ],
      ],
    ],
  );
  const evidence = graph.getEdgeAttribute("affiliated-with:ivo->agency", "evidence");
  graph.setEdgeAttribute("affiliated-with:ivo->agency", "roles", [
    { role: roleInA, source: "a", ...(since !== undefined && { since }), evidence: [evidence[0]!] },
    { role: "Director", source: "b", evidence: [evidence[1]!] },
  ]);
  return graph;
}
