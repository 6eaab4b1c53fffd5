// The audit that pools, per kind of proposal, how often the rules are right against the gold
// (scripts/audit-recommendations.ts), on a tiny annotated folder written in the test.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditRecommendations } from "../../scripts/audit-recommendations.js";
import { annotatedFolder } from "../../scripts/folders.js";
import { tempDir } from "../helpers/corpus.js";

/** A folder of one source, "one", with the given text and annotation lines, and one organisation in the registry. */
function folderOf(text: string, annotation: string[]): string {
  const dir = tempDir();
  for (const sub of ["sources", "annotations"]) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(
    join(dir, "registry.yaml"),
    ["organisations:", "  - { id: fenby-trust, label: Fenby Trust, kind: charity }", ""].join("\n"),
  );
  writeFileSync(join(dir, "sources", "one.txt"), text);
  const sha256 = createHash("sha256").update(text).digest("hex");
  writeFileSync(
    join(dir, "sources", "one.yaml"),
    `id: one\ntitle: "Source one"\nkind: article\norigin: "written for this test"\nsha256: ${sha256}\n`,
  );
  writeFileSync(join(dir, "annotations", "one.yaml"), [...annotation, ""].join("\n"));
  return dir;
}

/** One source: a call the narrative reports (not in the gold), a modal (in it) and a gold proposal no rule finds. */
function tinyFolder(): string {
  const text = [
    "Island ferries in the north are losing money every winter.",
    "",
    "The Fenby Trust has called for a five-year fund to keep every island ferry running through the winter.",
    "",
    "We should have a single timetable for every island ferry in the county.",
    "",
    "The trust stressed the importance of cheaper fares for island residents.",
    "",
  ].join("\n");
  const recommends = (to: string, quote: string) => [
    "  - relation: recommends",
    "    from: fenby-trust",
    `    to: ${to}`,
    "    evidence:",
    `      - { quote: "${quote}", kind: reported }`,
  ];
  return folderOf(text, [
    "source: one",
    "entities:",
    "  recommendations:",
    "    - { id: one-timetable, label: One timetable for every island ferry, text: One timetable for every island ferry }",
    "    - { id: cheaper-fares, label: Cheaper fares for island residents, text: Cheaper fares for island residents }",
    "claims:",
    ...recommends("one-timetable", "We should have a single timetable for every island ferry in the county."),
    ...recommends("cheaper-fares", "the importance of cheaper fares for island residents"),
  ]);
}

describe("the recommendation audit", () => {
  it("counts each proposal found under its kinds, right or not, drafted or not, and the gold no rule finds", () => {
    const dir = tinyFolder();
    const audit = auditRecommendations([dir]);
    expect(audit.kinds["all"]).toEqual({ found: 2, right: 1 });
    expect(audit.kinds["narrative&call"]).toEqual({ found: 1, right: 0 });
    expect(audit.kinds["narrative&should"]).toEqual({ found: 1, right: 1 });
    // A named body's call for a thing is drafted since stop 40 (KEPT); the narrative's "should" is not.
    expect(audit.proposals.map((p) => [p.facts.trigger, p.drafted, p.right])).toEqual([
      ["call", true, false],
      ["should", false, true],
    ]);
    expect(audit.missed.map((m) => m.passage)).toEqual(["the importance of cheaper fares for island residents"]);
    // The same folder gives the same counts.
    expect(auditRecommendations([dir])).toEqual(audit);
  });

  it("counts a passage once when the rules read it along two paths (reported speech and a speaker's words)", () => {
    // "<Name> said <body> should … “<quoted words>”": words around a quotation and a report; the draft states it once.
    const text = [
      "Ferry fares rose again this winter.",
      "",
      "Alma Reed, chair of the Fenby Trust, spoke at the launch. Reed said the council should not become a “ferry-bashing body”.",
      "",
    ].join("\n");
    const audit = auditRecommendations([folderOf(text, ["source: one", "claims: []"])]);
    expect(audit.proposals.map((p) => p.passage)).toEqual([
      "Reed said the council should not become a “ferry-bashing body”.",
    ]);
    expect(audit.kinds["all"]).toEqual({ found: 1, right: 0 });
  });
});

describe("the folders the scripts read", () => {
  it('name the development half "dev" and the shipped corpus "shipped", as suggest --evaluate does', () => {
    expect(annotatedFolder("dev").replace(/\\/gu, "/")).toMatch(/\/tests\/fixtures\/eval\/dev$/u);
    expect(annotatedFolder("shipped").replace(/\\/gu, "/")).toMatch(/\/graph-data$/u);
    const dir = tempDir();
    expect(annotatedFolder(dir)).toBe(dir);
  });

  it("refuse the held-out half, by name or by path, before reading anything", () => {
    expect(() => annotatedFolder("held-out")).toThrow(/held-out half is measured only as totals/u);
    const path = join(annotatedFolder("dev"), "..", "held-out");
    expect(() => annotatedFolder(path)).toThrow(/no script reads it/u);
    expect(() => auditRecommendations(["held-out"])).toThrow(/held-out/u);
  });
});
