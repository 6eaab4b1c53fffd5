// The commands a message prints ("Next: …", "… lists them all") are meant to be pasted: a corpus folder whose name
// has a space or a shell character is quoted in them as one word ('Fenby hearings'), the way serve's line always was.
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataOption, dirArgument, shellWord } from "../../src/cli/corpus.js";
import { panelgraphIn } from "../helpers/cli.js";
import { edit, MINI_DIR, tempDir } from "../helpers/corpus.js";

const TEXT =
  "Fenby Trust hearing on river paths\n\n" +
  'Ann Bell, director of the Fenby Trust, said: "The towpath floods every winter and nobody repairs it."\n';

describe("a corpus folder's name in the commands a message prints", () => {
  it("is quoted when it has a space or a shell character, and left as it is otherwise", () => {
    expect(shellWord("hearings")).toBe("hearings");
    expect(shellWord("../data/hearings-2025")).toBe("../data/hearings-2025");
    expect(shellWord("Fenby hearings")).toBe("'Fenby hearings'");
    expect(shellWord("Bell's notes")).toBe('"Bell\'s notes"');
    expect(shellWord("Bell's $notes")).toBe("'Bell'\\''s $notes'");
    expect(shellWord("a&b")).toBe("'a&b'");
    expect(dataOption("graph-data")).toBe("");
    expect(dataOption("Fenby hearings")).toBe(" --data 'Fenby hearings'");
    expect(dirArgument("Fenby hearings")).toBe(" 'Fenby hearings'");
  });

  it("init, add-source and suggest's hints quote a folder with a space", async () => {
    const cwd = tempDir();
    const init = await panelgraphIn(["init", "Fenby hearings"], { cwd });
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("Next: panelgraph add-source <file.txt|.md|.html|.pdf> --data 'Fenby hearings'\n");
    const again = await panelgraphIn(["init", "Fenby hearings"], { cwd });
    expect(again.stderr).toContain("`panelgraph add-source <file> --data 'Fenby hearings'`");

    writeFileSync(join(cwd, "river paths.txt"), TEXT);
    const add = await panelgraphIn(
      ["add-source", "river paths.txt", "--data", "Fenby hearings", "--title", "River paths", "--date", "2025-03-04"],
      { cwd },
    );
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toContain("Next: panelgraph suggest river-paths --data 'Fenby hearings'\n");

    const suggest = await panelgraphIn(["suggest", "river-paths", "--data", "Fenby hearings"], { cwd });
    expect(suggest.code, suggest.stderr).toBe(0);
    expect(suggest.stdout).toContain("`panelgraph validate 'Fenby hearings'` lists what is still suggested.");
    const twice = await panelgraphIn(["suggest", "river-paths", "--data", "Fenby hearings"], { cwd });
    expect(twice.stderr).toContain("--out 'Fenby hearings/annotations/river-paths.suggested.yaml'");
  });

  it("add-source into a folder that is not there offers init with the name quoted", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "notes.txt"), TEXT);
    const run = await panelgraphIn(["add-source", "notes.txt", "--data", "No such (folder)"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("`panelgraph init 'No such (folder)'`");
  });

  it("validate's remove-source and merge-entity hints name a corpus folder with a space, and none for graph-data", async () => {
    const cwd = tempDir();
    for (const folder of ["Fenby hearings", "graph-data"]) {
      const dir = join(cwd, folder);
      cpSync(MINI_DIR, dir, { recursive: true });
      // Annotations left by a removed source, and a person a letter from Ada Park with one claim (merge-entity).
      writeFileSync(join(dir, "annotations", "reprint.yaml"), "source: reprint\nclaims: []\n");
      // A person declared in an annotation file under a name another already has (the name's merge-entity hint).
      writeFileSync(
        join(dir, "annotations", "panel-a.extra.yaml"),
        "source: panel-a\nentities:\n  people:\n    - { id: a-park, label: A. Park, aliases: [Park] }\nclaims: []\n",
      );
      edit(dir, "registry.yaml", "  - id: ben-ode\n", "  - id: ada-par\n    label: Ada Par\n  - id: ben-ode\n");
      edit(
        dir,
        "annotations/panel-a.yaml",
        "claims:\n",
        "claims:\n  - relation: affiliated-with\n    from: ada-par\n    to: northtown-council\n    evidence:\n" +
          '      - { quote: "Ada Park, Director of Health at Northtown Council", kind: reported }\n',
      );
    }
    const spaced = await panelgraphIn(["validate", "Fenby hearings"], { cwd });
    expect(spaced.stderr).toContain("`panelgraph remove-source reprint --data 'Fenby hearings'` does");
    expect(spaced.stdout + spaced.stderr).toContain(
      "`panelgraph merge-entity ada-par ada-park --data 'Fenby hearings'`",
    );
    expect(spaced.stdout + spaced.stderr).toContain(
      "`panelgraph merge-entity a-park ada-park --data 'Fenby hearings'` merges the two into ada-park",
    );
    const build = await panelgraphIn(["build", "Fenby hearings", "--out", "fenby.json"], { cwd });
    expect(build.stderr).toContain("`panelgraph remove-source reprint --data 'Fenby hearings'` does");
    const exported = await panelgraphIn(["export", "Fenby hearings", "--format", "gexf", "--out", "fenby.gexf"], {
      cwd,
    });
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain("`panelgraph remove-source reprint --data 'Fenby hearings'` does");
    const plain = await panelgraphIn(["validate"], { cwd });
    expect(plain.stderr).toContain("`panelgraph remove-source reprint` does");
    expect(plain.stdout + plain.stderr).toContain("`panelgraph merge-entity ada-par ada-park` (its name");
    expect(plain.stdout + plain.stderr).toContain(
      "`panelgraph merge-entity a-park ada-park` merges the two into ada-park",
    );
  });
});
