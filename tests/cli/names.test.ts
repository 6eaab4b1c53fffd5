// Names as people type them (docs/cli.md, "How names are matched"), through the CLI on a small corpus written for it:
// a word of a theme's label answers, several equally good matches answer for the first and list the rest, the union
// comes with --all-matching, and only a name that matches nothing exits 1, with the nearest names.
import { describe, expect, it } from "vitest";
import { panelgraphIn, STACK_LINE } from "../helpers/cli.js";
import { namesCorpus as corpus } from "../helpers/names-corpus.js";

const query = (dir: string, ...args: string[]) => panelgraphIn(["query", ...args, "--data", dir], { cwd: dir });
const speakers = (stdout: string) => (JSON.parse(stdout) as { speakers: { id: string }[] }).speakers.map((s) => s.id);

describe("query names as people type them", () => {
  it("one word of the only theme that has it answers directly, and says how it was matched", async () => {
    const dir = corpus();
    const run = await query(dir, "who-spoke-on", "transport");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("1 person spoke on Rural transport [rural-transport] in their own words.");
    expect(run.stderr).toBe(
      'panelgraph: "transport" is taken as Rural transport [rural-transport] (whole word of "Rural transport")\n',
    );
    const json = JSON.parse((await query(dir, "who-spoke-on", "transport", "--json")).stdout);
    expect(json.theme.id).toBe("rural-transport");
    expect(json.match).toEqual({ text: "transport", tier: "word", name: "Rural transport", distance: 0 });
    expect(json.alsoMatching).toEqual([]);
  });

  it("several equally good matches answer for the first by the tie rule and list the rest", async () => {
    const dir = corpus();
    const run = await query(dir, "who-spoke-on", "health");
    expect(run.code, run.stderr).toBe(0);
    // Both labels have the word; the shorter label answers.
    expect(run.stdout).toContain("1 person spoke on Community health [community-health] in their own words.");
    expect(run.stderr).toContain('"health" matches 2 themes equally (whole word); answering for Community health');
    expect(run.stderr).toMatch(
      /^Also matching:\n {2}mental-health {2}Mental health services {2}\(theme, whole word\)$/m,
    );
    expect(run.stderr).toContain("--all-matching");
    const json = JSON.parse((await query(dir, "who-spoke-on", "health", "--json")).stdout);
    expect(json.alsoMatching.map((m: { id: string }) => m.id)).toEqual(["mental-health"]);
    expect(speakers((await query(dir, "who-spoke-on", "health", "--json")).stdout)).toEqual(["nia-cole"]);
  });

  it("who-spoke-on --all-matching answers for the union of the matching themes", async () => {
    const dir = corpus();
    const json = JSON.parse((await query(dir, "who-spoke-on", "health", "--all-matching", "--json")).stdout);
    expect(json.unionOf.map((t: { id: string }) => t.id)).toEqual(["community-health", "mental-health"]);
    expect(speakers(JSON.stringify(json))).toEqual(["nia-cole", "omar-hale"]);
    const text = await query(dir, "who-spoke-on", "health", "--all-matching");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "2 people spoke on any of Community health [community-health], Mental health services [mental-health]",
    );
  });

  it("prefix, plural (of a word or of the whole name) and typo matches answer too, each saying how", async () => {
    const dir = corpus();
    const cases: [string, string, RegExp][] = [
      ["communit", "community-health", /\(prefix of "Community health"\)/],
      ["transports", "rural-transport", /\(plural\/singular of "Rural transport"\)/],
      ["rural transports", "rural-transport", /\(name, plural\/singular of "Rural transport"\)/],
      ["mentl health", "mental-health", /no name is "mentl health"; answering for the nearest, .*1 letter off/],
    ];
    for (const [text, id, note] of cases) {
      const run = await query(dir, "who-spoke-on", text);
      expect(run.code, `${text}: ${run.stderr}`).toBe(0);
      expect(run.stdout, text).toContain(`[${id}]`);
      expect(run.stderr, text).toMatch(note);
    }
    expect((await query(dir, "themes-of", "omar")).stdout).toContain("Omar Hale spoke on 2 themes");
    const path = await query(dir, "path", "nia", "omar", "--json");
    expect(JSON.parse(path.stdout).match.from.tier).toBe("word");
  });

  it("exits 1 only when nothing matches, with the nearest names and no stack trace", async () => {
    const dir = corpus();
    const run = await query(dir, "who-spoke-on", "transportation policy");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain('panelgraph: no theme is called "transportation policy"');
    expect(run.stderr).toMatch(/^Did you mean:\n {2}rural-transport +Rural transport +\(theme\)$/m);
    expect(run.stderr).not.toMatch(STACK_LINE);
    // A person's name where a theme is needed is still an error that says what it is.
    const person = await query(dir, "who-spoke-on", "omar");
    expect(person.code).toBe(1);
    expect(person.stderr).toContain('"omar" is a person (Omar Hale); this needs a theme');
  });
});
