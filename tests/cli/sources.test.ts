// `panelgraph add-source` and `panelgraph suggest` as a user runs them: what they write, what they refuse, their exit
// codes and messages, and the review loop through validate and build.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { panelgraph, panelgraphIn, PANELGRAPH, STACK_LINE, type CliRun } from "../helpers/cli.js";
import { DATA_DIR, ROOT, tempDir } from "../helpers/corpus.js";
import { MINI_DIR } from "../helpers/paths.js";

const ARTICLE = join(ROOT, "tests/fixtures/unseen/article.txt");
const DAMAGED = join(DATA_DIR, "sources/luc-inquiry-sessions-march-2023.txt");

function emptyCorpus(): string {
  const dir = tempDir();
  cpSync(join(ROOT, "tests/fixtures/unseen/corpus"), dir, { recursive: true });
  return dir;
}

async function added(dir: string, id = "roundtable"): Promise<string> {
  const run = await panelgraph("add-source", ARTICLE, "--title", "Housing roundtable", "--id", id, "--data", dir);
  expect(run.code).toBe(0);
  return id;
}

describe("panelgraph add-source", () => {
  it("copies the text byte for byte and writes its metadata, with the id made from the title", async () => {
    const dir = emptyCorpus();
    const run = await panelgraph(
      "add-source",
      ARTICLE,
      "--title",
      "Housing panel warns of a ‘lost decade’",
      "--date",
      "2024-03",
      "--publisher",
      "Pennine Policy Institute",
      "--url",
      "https://example.org/roundtable",
      "--data",
      dir,
    );
    expect(run.code).toBe(0);
    const id = "housing-panel-warns-of-a-lost-decade";
    expect(run.stdout).toContain(`Added source ${id}: sources/${id}.txt`);
    expect(run.stdout).toContain(`Next: panelgraph suggest ${id} --data ${dir}`);
    expect(readFileSync(join(dir, "sources", `${id}.txt`))).toEqual(readFileSync(ARTICLE));
    expect(readFileSync(join(dir, "sources", `${id}.yaml`), "utf8")).toMatch(
      new RegExp(
        `^id: ${id}\ntitle: "Housing panel warns of a ‘lost decade’"\nkind: article\npublisher: "Pennine Policy Institute"\n` +
          'date: "2024-03"\norigin: "https://example.org/roundtable"\nurl: https://example.org/roundtable\nsha256: [0-9a-f]{64}\n$',
        "m",
      ),
    );
    const validate = await panelgraph("validate", dir);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/1 source, .*0 errors/);
  });

  it("gives a page titled with a body's name alone an id with its date, leaving the plain id to the body", async () => {
    const dir = emptyCorpus();
    const run = await panelgraph(
      "add-source",
      ARTICLE,
      "--title",
      "Fenby Housing and Communities Committee",
      "--date",
      "2025-02-05",
      "--data",
      dir,
    );
    expect(run.code).toBe(0);
    const id = "fenby-housing-and-communities-committee-2025-02-05";
    expect(run.stdout).toContain(`Added source ${id}: sources/${id}.txt`);
    expect(run.stdout).toContain(
      `  id ${id}: the title is a body's name alone, and the body's own entity takes ` +
        "fenby-housing-and-communities-committee (--id chooses another)\n",
    );
    // Without a date, the kind; a title that is more than a body's name, and --id, as they are. Pasted in this
    // process (`stdin`): the id is what is tested here; reading the process's own standard input, in the next test.
    const paste = async (title: string, text: string, ...more: string[]) =>
      (await panelgraphIn(["add-source", "-", "--title", title, "--data", dir, ...more], { stdin: text })).stdout;
    expect(await paste("Fenby Trust", "Ann Bell chaired the Fenby Trust's meeting.\n")).toContain(
      "Added source fenby-trust-article:",
    );
    const longer = await paste("Fenby Trust warns of a lost decade", "Cai Moss said the Fenby Trust was worried.\n");
    expect(longer).toContain("Added source fenby-trust-warns-of-a-lost-decade:");
    expect(longer).not.toContain("body's name");
    expect(await paste("Fenby Council", "Dev Park spoke for the Fenby Council.\n", "--id", "fenby-council")).toContain(
      "Added source fenby-council:",
    );
  });

  it("reads a pasted article from standard input", async () => {
    const dir = emptyCorpus();
    const run = spawnSync(process.execPath, [PANELGRAPH, "add-source", "-", "--title", "Pasted", "--data", dir], {
      cwd: ROOT,
      input: readFileSync(ARTICLE),
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, "sources/pasted.txt"))).toEqual(readFileSync(ARTICLE));
    expect(readFileSync(join(dir, "sources/pasted.yaml"), "utf8")).toContain('origin: "pasted text"');
  });

  it("refuses a text the corpus already has, naming the source, and writes nothing", async () => {
    const dir = emptyCorpus();
    await added(dir);
    const before = readdirSync(join(dir, "sources"));
    const again = await panelgraph("add-source", ARTICLE, "--title", "Something else", "--data", dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      "panelgraph: this text is already in the corpus as source roundtable (sources/roundtable.txt, same SHA-256); nothing was written",
    );
    // The same text with Windows line endings is the same text.
    const crlf = join(tempDir(), "crlf.txt");
    writeFileSync(crlf, readFileSync(ARTICLE, "utf8").replaceAll("\n", "\r\n"));
    const windows = await panelgraph("add-source", crlf, "--title", "Something else", "--data", dir);
    expect(windows.code).toBe(1);
    expect(windows.stderr).toContain("the same text apart from line endings or spacing");
    expect(readdirSync(join(dir, "sources"))).toEqual(before);
  });

  it("refuses an id already taken by a source or an entity, and never overwrites", async () => {
    const dir = emptyCorpus();
    await added(dir);
    const other = join(tempDir(), "other.txt");
    writeFileSync(other, "A different text about buses.\n");
    const sameId = await panelgraph("add-source", other, "--title", "Roundtable", "--data", dir);
    expect(sameId.code).toBe(1);
    expect(sameId.stderr).toContain("the id roundtable is already used by a source; nothing was written");
    const entityId = await panelgraph("add-source", other, "--title", "x", "--id", "owen-price", "--data", dir);
    expect(entityId.code).toBe(1);
    expect(entityId.stderr).toContain('the id owen-price is already used by the person "Owen Price"');
    expect(readFileSync(join(dir, "sources/roundtable.txt"))).toEqual(readFileSync(ARTICLE));
  });

  it("says which option is wrong, with the value seen and what it takes (exit 2)", async () => {
    const dir = emptyCorpus();
    const run = await panelgraph(
      "add-source",
      ARTICLE,
      "--title",
      "T",
      "--date",
      "24/03/2024",
      "--kind",
      "blog",
      "--data",
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'panelgraph: --date  must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (value seen: "24/03/2024"; write it "2024-03-24"; give the date the text states, or only what it states: YYYY-MM or YYYY)',
    );
    expect(run.stderr).toContain(
      '--kind  must be one of transcript, transcript-report, article, report-summary (value seen: "blog")',
    );
    expect(run.stderr).not.toContain("Invalid option");
    const typo = await panelgraph("add-source", ARTICLE, "--title", "T", "--kind", "transcrpt", "--data", dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      'panelgraph: --kind  must be one of transcript, transcript-report, article, report-summary (value seen: "transcrpt"; did you mean transcript?)\n',
    );
    expect((await panelgraph("add-source", ARTICLE, "--data", dir)).stderr).toContain("add-source needs --title");
    expect(existsSync(join(dir, "sources"))).toBe(false);
  });

  it("refuses a date the calendar does not have and an address that is not a web address (exit 2)", async () => {
    const dir = emptyCorpus();
    const run = await panelgraph(
      "add-source",
      ARTICLE,
      "--title",
      "T",
      "--date",
      "2023-02-30",
      "--url",
      "javascript:alert(document.cookie)",
      "--data",
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'panelgraph: --date  not a real date: February 2023 has days 01 to 28 (value seen: "2023-02-30"; give the date the text states, or only what it states: YYYY-MM or YYYY)\n' +
        '--url  must be a web address starting with http:// or https:// (value seen: "javascript:alert(document.cookie)"; give the address the text was published at, e.g. https://example.org/article; where a copy came from goes in --origin)\n',
    );
    expect(existsSync(join(dir, "sources"))).toBe(false);
  });

  it("refuses a binary or non-UTF-8 file with its location, and no stack trace (exit 1)", async () => {
    const dir = emptyCorpus();
    const latin1 = join(tempDir(), "latin1.txt");
    writeFileSync(latin1, Buffer.from("Caf\xe9 society\n", "latin1"));
    const run = await panelgraph("add-source", latin1, "--title", "T", "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${latin1}:1  -  file is not valid UTF-8 (byte 0xe9 at offset 3)`);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const missing = await panelgraph("add-source", join(dir, "nope.txt"), "--title", "T", "--data", dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.txt  -  file not found");
  });

  it("says a file is not there before asking for its title, and that an address is not fetched (exit 1)", async () => {
    const dir = emptyCorpus();
    const missing = await panelgraph("add-source", join(dir, "nope.txt"), "--data", dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.txt  -  file not found");
    expect(missing.stderr).not.toContain("--title");
    const address = await panelgraph("add-source", "https://example.org/news/flood", "--data", dir);
    expect(address.code).toBe(1);
    expect(address.stderr).toContain(
      "https://example.org/news/flood  -  file not found: add-source reads a saved file and does not fetch an address",
    );
    expect(address.stderr).toContain("--url https://example.org/news/flood");
    expect(address.stderr).not.toContain("needs --title");
    expect(address.stderr).not.toMatch(STACK_LINE);
    expect(existsSync(join(dir, "sources"))).toBe(false);
  });

  it("points out a damaged punctuation character and the metadata field that repairs it", async () => {
    const dir = emptyCorpus();
    const run = await panelgraph("add-source", DAMAGED, "--title", "Inquiry sessions", "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Note: "โ" (U+0E42) occurs 36 times where punctuation belongs');
    expect(run.stdout).toContain("  damagedCharacter: U+0E42\nto sources/inquiry-sessions.yaml");
    const fixed = emptyCorpus();
    const withField = await panelgraph(
      "add-source",
      DAMAGED,
      "--title",
      "Inquiry",
      "--damaged-character",
      "U+0E42",
      "--data",
      fixed,
    );
    expect(withField.stdout).toContain("damagedCharacter U+0E42: the loader repairs 36 characters");
    expect(readFileSync(join(fixed, "sources/inquiry.txt"))).toEqual(readFileSync(DAMAGED));
  });
});

describe("panelgraph suggest", () => {
  it("writes a draft beside the source, every claim suggested, and validate warns until it is accepted", async () => {
    const dir = emptyCorpus();
    const id = await added(dir);
    const run = await panelgraph("suggest", id, "--data", dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote annotations\/roundtable\.yaml: \d+ suggested claims and \d+ new entities/);
    expect(run.stdout).toContain("  people          5 (1 already in the corpus, 4 new)");
    const draft = readFileSync(join(dir, "annotations/roundtable.yaml"), "utf8");
    // The proposals not drafted are counted where the drafted ones are, and the user told where to find them.
    const listed = draft.match(/^# {3}line \d+, /gm)!.length;
    expect(run.stdout).toContain(
      `  recommendations 2 drafted (0 known, 2 new), ${listed} more listed in the draft's header and in Review`,
    );
    expect(draft).toMatch(/^# Suggested annotations for roundtable/);
    const claims = draft.match(/^ {2}- relation: /gm)!.length;
    expect(draft.match(/^ {4}status: suggested$/gm)!.length).toBe(claims);

    const validate = await panelgraph("validate", dir);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toContain(
      "warning: suggested claim, not reviewed yet: left out of the graph until accepted",
    );
    expect(validate.stdout).toMatch(/: 1 source, \d+ entities, 0 claims with 0 evidence passages; 0 errors/);
    expect((await panelgraph("validate", dir, "--strict")).code).toBe(1);

    writeFileSync(join(dir, "annotations/roundtable.yaml"), draft.replaceAll("status: suggested", "status: accepted"));
    expect((await panelgraph("validate", dir, "--strict")).code).toBe(0);
    const out = join(tempDir(), "graph.json");
    expect((await panelgraph("build", dir, "--out", out)).code).toBe(0);
    const nodes = JSON.parse(readFileSync(out, "utf8")).nodes.map((n: { key: string }) => n.key);
    expect(nodes).toContain("tom-achebe");
  });

  it("refuses to overwrite an annotation file; --force replaces it and keeps the old one", async () => {
    const dir = emptyCorpus();
    const id = await added(dir);
    const file = join(dir, "annotations/roundtable.yaml");
    expect((await panelgraph("suggest", id, "--data", dir)).code).toBe(0);
    writeFileSync(file, `${readFileSync(file, "utf8")}# my review notes\n`);
    const refused = await panelgraph("suggest", id, "--data", dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("panelgraph: annotations/roundtable.yaml already exists; nothing was written");
    expect(readFileSync(file, "utf8")).toContain("# my review notes");
    const forced = await panelgraph("suggest", id, "--data", dir, "--force");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("Kept the previous annotations/roundtable.yaml as annotations/roundtable.yaml.bak");
    expect(readFileSync(`${file}.bak`, "utf8")).toContain("# my review notes");
    expect(readFileSync(file, "utf8")).not.toContain("# my review notes");
    // The backup is not read as annotations: the corpus still validates.
    expect((await panelgraph("validate", dir)).code).toBe(0);
  });

  it("--force says how many accepted claims the file it replaces has, and where the old file is kept", async () => {
    const dir = emptyCorpus();
    const id = await added(dir);
    const file = join(dir, "annotations/roundtable.yaml");
    expect((await panelgraph("suggest", id, "--data", dir)).code).toBe(0);
    const none = await panelgraph("suggest", id, "--data", dir, "--force");
    expect(none.stdout).toContain(
      "Replacing annotations/roundtable.yaml (no accepted claims in it); the old file is kept as " +
        "annotations/roundtable.yaml.bak\n",
    );
    // Two claims reviewed: the next --force names them before it drafts.
    let accepted = 0;
    const draft = readFileSync(file, "utf8").replace(/^( {4}status: )suggested\b/gmu, (line, key: string) =>
      accepted < 2 && ++accepted ? `${key}accepted` : line,
    );
    expect(accepted).toBe(2);
    writeFileSync(file, draft);
    const forced = await panelgraph("suggest", id, "--data", dir, "--force");
    expect(forced.code).toBe(0);
    expect(forced.stdout.split("\n")[0]).toBe(
      "Replacing annotations/roundtable.yaml, which has 2 accepted claims (reviewed or written by hand): the new " +
        "draft does not keep them; the old file is kept as annotations/roundtable.yaml.1.bak",
    );
    expect(readFileSync(`${file}.1.bak`, "utf8")).toBe(draft);
  });

  /**
   * `suggest <id>` whose stderr is a terminal, with `whileDrafting` run when the draft is ready but not yet written
   * (its progress line "checking the draft against the corpus"): the moment an editor or a second suggest can save.
   */
  async function suggestRacing(args: string[], whileDrafting: () => void): Promise<CliRun> {
    let stdout = "";
    let stderr = "";
    const code = await run(["suggest", ...args], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: {
        write: (text: string) => {
          if (text.includes("checking the draft against the corpus")) whileDrafting();
          stderr += text;
        },
        isTTY: true,
      },
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
    });
    return { code, stdout, stderr };
  }

  it("a file saved while suggest drafts is not overwritten without --force (refused at the write as at the start)", async () => {
    const dir = emptyCorpus();
    const id = await added(dir);
    const file = join(dir, "annotations/roundtable.yaml");
    const saved = "# accepted meanwhile by another command\n";
    const racing = await suggestRacing([id, "--data", dir], () => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, saved);
    });
    expect(racing.code).toBe(1);
    expect(racing.stderr).toContain("panelgraph: annotations/roundtable.yaml already exists; nothing was written");
    expect(racing.stdout).not.toContain("Kept the previous");
    expect(readFileSync(file, "utf8")).toBe(saved);
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it("with --force, the backup keeps what the file held at the moment of writing, not when suggest started", async () => {
    const dir = emptyCorpus();
    const id = await added(dir);
    const file = join(dir, "annotations/roundtable.yaml");
    expect((await panelgraph("suggest", id, "--data", dir)).code).toBe(0);
    const saved = `${readFileSync(file, "utf8")}# saved while the second draft was made\n`;
    const racing = await suggestRacing([id, "--data", dir, "--force"], () => writeFileSync(file, saved));
    expect(racing.code).toBe(0);
    expect(racing.stdout).toContain("Kept the previous annotations/roundtable.yaml as annotations/roundtable.yaml.bak");
    expect(readFileSync(`${file}.bak`, "utf8")).toBe(saved);
    expect(readFileSync(file, "utf8")).not.toContain("# saved while");
  });

  it("a second draft beside the first (the --out the refusal suggests) links to the first's entities, not again", async () => {
    const dir = emptyCorpus();
    const id = await added(dir);
    expect((await panelgraph("suggest", id, "--data", dir)).code).toBe(0);
    const second = join(dir, "annotations/roundtable.suggested.yaml");
    const run = await panelgraph("suggest", id, "--data", dir, "--out", second);
    expect(run.code, run.stderr).toBe(0);
    const declared = (file: string) =>
      Object.values(
        (parse(readFileSync(file, "utf8")) as { entities?: Record<string, { id: string }[]> }).entities ?? {},
      )
        .flat()
        .map((e) => e.id);
    const first = declared(join(dir, "annotations/roundtable.yaml"));
    expect(first.length).toBeGreaterThan(0);
    expect(declared(second).filter((e) => first.includes(e))).toEqual([]);
    // Both drafts together are a valid corpus (their claims are warnings until accepted).
    expect((await panelgraph("validate", dir)).code).toBe(0);
  });

  it("--every-proposal drafts the speakers' proposals the default lists in the draft's header", async () => {
    const dir = emptyCorpus();
    const id = await added(dir);
    const recommendsIn = (file: string) => {
      const text = readFileSync(file, "utf8");
      const { claims } = parse(text) as { claims: { relation: string; evidence: { quote: string }[] }[] };
      return {
        header: /^# \d+ passages? that may propose something, not drafted/m.test(text),
        listed: Number(/^# (\d+) passages? that may propose something, not drafted/m.exec(text)?.[1] ?? 0),
        quotes: claims.filter((c) => c.relation === "recommends").flatMap((c) => c.evidence.map((e) => e.quote)),
      };
    };
    expect((await panelgraph("suggest", id, "--data", dir)).code).toBe(0);
    const byDefault = recommendsIn(join(dir, "annotations/roundtable.yaml"));
    const every = join(dir, "annotations/roundtable.every.yaml");
    const run = await panelgraph("suggest", id, "--data", dir, "--out", every, "--every-proposal");
    expect(run.code, run.stderr).toBe(0);
    const drafted = recommendsIn(every);
    expect(byDefault.header).toBe(true);
    expect(drafted.header).toBe(false);
    const quote = "Every new development should come with a bus route on day one.";
    expect(byDefault.quotes).not.toContain(quote);
    expect(drafted.quotes).toContain(quote);
    expect(drafted.quotes).toEqual(expect.arrayContaining(byDefault.quotes));
    // Which of them are of a kind only listed by default: the summary counts them, the draft marks them (fx45).
    const listedOnly = byDefault.listed;
    expect(listedOnly).toBeGreaterThan(0);
    expect(run.stdout).toMatch(new RegExp(`, ${listedOnly} of them of kinds not drafted by default \\(marked\\)`, "u"));
    expect(readFileSync(every, "utf8")).toMatch(/^ {4}status: suggested # not drafted by default: /mu);
  });

  it("never touches the shipped annotations: suggest on a seed source refuses, --out writes elsewhere", async () => {
    const seed = join(DATA_DIR, "annotations/luc-ics-session-2023.yaml");
    const before = readFileSync(seed);
    const refused = await panelgraph("suggest", "luc-ics-session-2023");
    expect(refused.code).toBe(1);
    expect(readFileSync(seed)).toEqual(before);
    const copy = join(tempDir(), "graph-data"); // the same folder name: graph.json names its corpus by it
    cpSync(DATA_DIR, copy, { recursive: true });
    const out = join(copy, "annotations/luc-ics-session-2023.suggested.yaml");
    expect((await panelgraph("suggest", "luc-ics-session-2023", "--data", copy, "--out", out)).code).toBe(0);
    // A draft beside the hand-made file: warnings (suggested, repeats), no error, and the graph is unchanged.
    const validate = await panelgraph("validate", copy, "--json");
    expect(JSON.parse(validate.stdout)).toMatchObject({ ok: true, errors: 0 });
    const a = join(tempDir(), "a.json");
    const b = join(tempDir(), "b.json");
    await panelgraph("build", DATA_DIR, "--out", a);
    await panelgraph("build", copy, "--out", b);
    expect(readFileSync(b)).toEqual(readFileSync(a));
  });

  it("names a mistyped source id's nearest match (exit 1) and a missing one (exit 2)", async () => {
    const dir = emptyCorpus();
    await added(dir);
    const typo = await panelgraph("suggest", "roundtabel", "--data", dir);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('panelgraph: no source "roundtabel" in');
    expect(typo.stderr).toContain("Did you mean: roundtable?");
    expect((await panelgraph("suggest", "--data", dir)).code).toBe(2);
  });

  it("--evaluate prints precision, recall and F1 per field for the corpus, in each registry mode", async () => {
    const run = await panelgraph("suggest", "--evaluate");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^shipped: graph-data, 3 sources$/m);
    expect(run.stdout).toMatch(/^field +full P +full R +full F1 +stripped P +stripped R +stripped F1 +none P/m);
    for (const field of ["people", "organisations", "chair", "affiliations", "roles", "quotes", "spoke-on"]) {
      expect(run.stdout).toMatch(
        new RegExp(`^${field} +\\d\\.\\d\\d \\(\\d+/\\d+\\) +\\d\\.\\d\\d \\(\\d+/\\d+\\) +\\d\\.\\d\\d `, "m"),
      );
    }
    expect(run.stdout).not.toMatch(/^dev:/m);
  });

  it("--evaluate on another --data folder names it a corpus, not the shipped one", async () => {
    const run = await panelgraph("suggest", "--evaluate", "--data", MINI_DIR, "--registry", "full");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^corpus: .*tests\/fixtures\/mini, 2 sources$/m);
    expect(run.stdout).not.toMatch(/^shipped:/m);
  });

  // The held-out half drafted once (16 sources) for the two tests that read it: its table on stdout, its progress on
  // stderr, shown because stderr is a terminal (that it is shown on a terminal only: the --json test's empty stderr).
  let heldOut: Promise<CliRun> | undefined;
  const heldOutOnATerminal = () =>
    (heldOut ??= panelgraphIn(["suggest", "--evaluate", "--set", "held-out", "--registry", "none", "--by-source"], {
      tty: true,
    }));

  it("--evaluate --set measures a half of the evaluation set, --registry one mode, --by-source each text", async () => {
    const run = await heldOutOnATerminal();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^held-out: tests\/fixtures\/eval\/held-out, 16 sources$/m);
    expect(run.stdout).toMatch(/^field +none P +none R +none F1$/m);
    expect(run.stdout).toMatch(/^youth-mental-health-committee-2026 +none +(?:\d\.\d\d|—) /m);
    expect(run.stdout).not.toMatch(/^shipped:|^dev:|full P/m);
  });

  it("--evaluate --json gives each set's per-source counts and totals with F1", async () => {
    const run = await panelgraph("suggest", "--evaluate", "--data", MINI_DIR, "--registry", "stripped", "--json");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as {
      sets: {
        set: string;
        dir: string;
        sources: { registry: string }[];
        totals: Record<string, Record<string, object>>;
      }[];
    };
    expect(report.sets.map((s) => [s.set, s.dir.replace(/\\/gu, "/"), s.sources.length])).toEqual([
      ["corpus", expect.stringMatching(/tests\/fixtures\/mini$/u), 2],
    ]);
    expect(Object.keys(report.sets[0]!.totals)).toEqual(["stripped"]);
    // The mini corpus's one chair (tests/fixtures/mini/annotations/panel-a.yaml).
    expect(report.sets[0]!.totals.stripped!.chair).toEqual({
      suggested: expect.any(Number),
      correct: expect.any(Number),
      expected: 1,
      found: expect.any(Number),
      precision: expect.any(Number),
      recall: expect.any(Number),
      f1: expect.any(Number),
    });
  });

  it("--evaluate --misses lists what each draft got wrong and missed, for a corpus or the development half, never the held-out", async () => {
    const run = await panelgraph("suggest", "--evaluate", "--data", MINI_DIR, "--registry", "none", "--misses");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^panel-b \(registry none\)$/m);
    expect(run.stdout).toMatch(
      /^ {2}(?:people|organisations|chair|affiliations|roles|quotes|spoke-on|recommendations) {2}(?:wrong {3}|missed {2})\S/m,
    );
    const heldOut = await panelgraph("suggest", "--evaluate", "--set", "all", "--misses");
    expect(heldOut.code).toBe(2);
    expect(heldOut.stderr).toContain("the held-out half is only measured, never read to tune: use --set dev");
    expect(heldOut.stdout).toBe("");
  });

  it("--evaluate shows progress on a terminal only, and refuses an unknown set or a set without --evaluate", async () => {
    const tty = await heldOutOnATerminal();
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("held-out: 1/16 adult-skills-panel-writeup-2026…");
    const bad = await panelgraph("suggest", "--evaluate", "--set", "heldout");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--set must be one of dev, held-out, shipped, all (value seen: "heldout")');
    expect(bad.stderr).not.toMatch(STACK_LINE);
    const alone = await panelgraph("suggest", "luc-ics-session-2023", "--set", "dev");
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--set goes with --evaluate");
  });

  it("is listed by --help with its options", async () => {
    const help = await panelgraph("--help");
    expect(help.stdout).toMatch(/^ {2}add-source /m);
    expect(help.stdout).toMatch(/^ {2}suggest /m);
    expect((await panelgraph("suggest", "--help")).stdout).toContain("--force      replace an existing file");
  });
});
