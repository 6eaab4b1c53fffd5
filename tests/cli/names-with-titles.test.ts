// A person asked for with a title or letters the registry does not store ("Mr Ferrier", "Councillor Quayle", "Maud
// Quayle MP") is found by the name left once they are set aside; a name that matches no one says which corpus or graph
// was read (docs/cli.md, "How names are matched"). The corpus is written here; its people are invented.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { panelgraph } from "../helpers/cli.js";
import { tempDir, writeSource } from "../helpers/corpus.js";

const TEXT = [
  "Colm Ferrier said: “Fuel poverty is worst off the gas grid.”",
  "Maud Quayle said: “Councils need five-year funding for fuel poverty work.”",
  "Ines Ferrier said: “Advice on fuel poverty must reach the kitchen table.”",
].join("\n\n");
const QUOTES: Record<string, string> = {
  "colm-ferrier": "Fuel poverty is worst off the gas grid.",
  "maud-quayle": "Councils need five-year funding for fuel poverty work.",
  "ines-ferrier": "Advice on fuel poverty must reach the kitchen table.",
};

function corpus(): string {
  const dir = tempDir();
  writeFileSync(
    join(dir, "registry.yaml"),
    [
      "people:",
      "  - { id: colm-ferrier, label: Colm Ferrier }",
      "  - { id: ines-ferrier, label: Ines Ferrier }",
      "  - { id: maud-quayle, label: Maud Quayle }",
      "themes:",
      "  - { id: fuel-poverty, label: Fuel poverty }",
      "",
    ].join("\n"),
  );
  writeSource(dir, { id: "hearing", title: "A hearing on fuel poverty", kind: "transcript", text: TEXT });
  mkdirSync(join(dir, "annotations"));
  writeFileSync(
    join(dir, "annotations", "hearing.yaml"),
    [
      "source: hearing",
      "claims:",
      ...Object.entries(QUOTES).flatMap(([person, quote]) => [
        "  - relation: spoke-on",
        `    from: ${person}`,
        "    to: fuel-poverty",
        "    evidence:",
        `      - { quote: ${JSON.stringify(quote)}, kind: direct-quote }`,
      ]),
      "",
    ].join("\n"),
  );
  return dir;
}

const themesOf = (dir: string, name: string, ...more: string[]) =>
  panelgraph("query", "themes-of", name, "--data", dir, ...more);

describe("a person asked for with a title the registry does not store", () => {
  it("is found by the name left once titles before it and letters after it are set aside", async () => {
    const dir = corpus();
    for (const name of ["Ms Quayle", "Councillor Quayle", "Cllr. Quayle", "Maud Quayle MP", "The Rt Hon Maud Quayle"]) {
      const run = await themesOf(dir, name, "--json");
      expect(run.code, `${name}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout).person.id, name).toBe("maud-quayle");
    }
    const surname = await themesOf(dir, "Councillor Quayle");
    expect(surname.code).toBe(0);
    expect(surname.stdout).toContain("Maud Quayle");
    expect(surname.stderr).toBe(
      'panelgraph: "Councillor Quayle" is taken as Maud Quayle [maud-quayle] (title set aside; "Quayle" is a ' +
        'whole word match of "Maud Quayle")\n',
    );
    const whole = await themesOf(dir, "Dr Colm Ferrier");
    expect(whole.code).toBe(0);
    expect(whole.stderr).toBe(
      'panelgraph: "Dr Colm Ferrier" is taken as Colm Ferrier [colm-ferrier] (title set aside; "Colm Ferrier" is the name)\n',
    );
    const json = JSON.parse((await themesOf(dir, "Maud Quayle MP", "--json")).stdout);
    expect(json.match).toEqual({
      text: "Maud Quayle MP",
      tier: "exact",
      name: "Maud Quayle",
      distance: 0,
      titlesAside: "Maud Quayle",
    });
  });

  it("a surname two people share is not guessed: both are offered", async () => {
    const dir = corpus();
    const run = await themesOf(dir, "Mr Ferrier");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'panelgraph: "Mr Ferrier" names 2 people once the title is set aside ("Ferrier"); give the id of the one you mean',
    );
    expect(run.stderr).toMatch(/^ {2}colm-ferrier {2}Colm Ferrier {2}\(person\)$/mu);
    expect(run.stderr).toMatch(/^ {2}ines-ferrier {2}Ines Ferrier {2}\(person\)$/mu);
    // Every question about a person takes the same names.
    const sessions = await panelgraph("query", "sessions-of", "Professor Ferrier", "--data", dir);
    expect(sessions.code).toBe(1);
    expect(sessions.stderr).toContain("names 2 people once the title is set aside");
  });

  it("a title alone is no name, and a theme is matched as typed", async () => {
    const dir = corpus();
    const title = await themesOf(dir, "Councillor");
    expect(title.code).toBe(1);
    expect(title.stderr).toContain('no person is called "Councillor"');
    const theme = await panelgraph("query", "who-spoke-on", "Dr Fuel poverty", "--data", dir);
    expect(theme.code).toBe(1);
  });
});

describe("a name that matches nothing", () => {
  it("says which corpus folder or built graph was read", async () => {
    const dir = corpus();
    const unknown = await panelgraph("query", "who-spoke-on", "xylophone", "--data", dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`panelgraph: no theme is called "xylophone" in ${dir}/\n`);
    const json = JSON.parse((await panelgraph("query", "themes-of", "Nobody", "--data", dir, "--json")).stdout);
    expect(json.error.message).toBe(`no person is called "Nobody" in ${dir}/`);
    const graph = join(tempDir(), "graph.json");
    expect((await panelgraph("build", dir, "--out", graph)).code).toBe(0);
    const built = await panelgraph("query", "who-spoke-on", "xylophone", "--data", dir, "--graph", graph);
    expect(built.stderr).toContain(`panelgraph: no theme is called "xylophone" in ${graph}\n`);
    // export --theme reads the corpus the same way.
    const exported = await panelgraph(
      "export",
      "--format",
      "json",
      "--theme",
      "xylophone",
      "--data",
      dir,
      "--out",
      join(tempDir(), "x.json"),
    );
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain(`panelgraph: no theme is called "xylophone" in ${dir}/\n`);
  });
});
