// The query and analysis commands as a user runs them (in-process): on the mini fixture and a generated corpus, so
// that re-annotating graph-data/ changes none of these tests (the shipped corpus's facts are in tests/corpus.test.ts).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.js";
import { WHO_SPOKE_ON_KEYS } from "../helpers/answer-shapes.js";
import { panelgraph, panelgraphIn, STACK_LINE } from "../helpers/cli.js";
import { copyFixture, edit, MINI_DIR, tempDir, writeSource } from "../helpers/corpus.js";

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
      "sessions-of",
      "session",
      "neighbours",
      "path",
      "recommendations-on",
      "coverage",
      "search",
    ]) {
      expect(query.stdout).toMatch(new RegExp(`^    ${question} `, "m"));
    }
  });

  it("who-spoke-on --json answers in the shape docs/cli.md documents: own words, then agreeing panels", async () => {
    const { code, stdout } = await panelgraph("query", "who-spoke-on", "delegation", "--json", "--data", MINI_DIR);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(answer.theme).toEqual({ id: "devolution", label: "Devolution" });
    expect(answer.speakers.map((s: { id: string }) => s.id)).toEqual(["ada-park"]);
    expect(Object.keys(answer.speakers[0])).toEqual(WHO_SPOKE_ON_KEYS.speaker);
    expect(Object.keys(answer.speakers[0].evidence[0])).toEqual(WHO_SPOKE_ON_KEYS.evidence);
    expect(answer.panels.map((p: { id: string }) => p.id)).toEqual(["forum-meeting-1"]);
  });

  it("who-spoke-on prints a ranked table, each speaker's strongest passage, then the panels that agreed", async () => {
    const { code, stdout } = await panelgraph("query", "who-spoke-on", "Devolution", "--data", MINI_DIR);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "1 person spoke on Devolution [devolution] and its sub-theme Devolved budgets in their own words " +
        "(0 on Devolution itself, 1 with its sub-themes).",
    );
    expect(stdout).toMatch(/^1 +Ada Park +Northtown Council +direct quote +2 +2 passages: 2 direct quotes$/m);
    expect(stdout).toMatch(/^ {3}direct quote {2}panel-a:3 {2}“.We need devolved budgets/m);
    expect(stdout).toContain("… 1 more passage (--all shows every passage)");
    expect(stdout).toMatch(/^In 1 panel that agreed on it as a whole/m);
    expect(stdout).toMatch(/^- Example Forum, meeting 1 \[forum-meeting-1\]: summary, 1 statement$/m);
    expect(stdout).toMatch(/^ {3}members: Ada Park, Ben Ode \(not in their own words\)$/m);
    const all = (await panelgraph("query", "who-spoke-on", "devolution", "--all", "--data", MINI_DIR)).stdout;
    expect(all).not.toContain("more passage");
    expect(all).toMatch(/^ {3}direct quote {2}panel-b:2 /m);
  });

  it("an unknown name exits 1 with suggestions on stderr and no stack trace", async () => {
    const { code, stdout, stderr } = await panelgraph("query", "who-spoke-on", "xylophone", "--data", MINI_DIR);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain('panelgraph: no theme is called "xylophone"');
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
    const { code, stderr } = await panelgraph("query", "who-spoke-on", "Ada Park", "--data", MINI_DIR);
    expect(code).toBe(1);
    expect(stderr).toContain('"Ada Park" is a person (Ada Park); this needs a theme');
    expect(stderr).toContain("(query themes-of, query said and query sessions-of take a person)");
  });

  it("a word no theme is called offers the themes of the passages that say it, and query search", async () => {
    // "pooled" is a word of the recommendation Pooled council budgets only; the passage that says it backs the
    // recommendation's `addresses` Devolved budgets. "council funding": no passage has both words, some have "council".
    const word = await panelgraph("query", "who-spoke-on", "pooled", "--data", MINI_DIR);
    expect(word.code).toBe(1);
    expect(word.stdout).toBe("");
    expect(word.stderr).toBe(
      [
        'panelgraph: "pooled" is a recommendation (Pooled council budgets); this needs a theme',
        'Themes of the passages that mention "pooled":',
        "  devolved-budgets  Devolved budgets  (theme, 1 passage)",
        `(\`panelgraph query search pooled --data ${MINI_DIR}\` finds the passages and names that have the words)`,
        "",
      ].join("\n"),
    );
    const unknown = await panelgraph("query", "recommendations-on", "council funding", "--data", MINI_DIR);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`panelgraph: no theme is called "council funding" in ${MINI_DIR}/\n`);
    expect(unknown.stderr).toContain('Themes of the passages that mention "council funding" (or some of its words):');
    expect(unknown.stderr).toMatch(/^ {2}devolved-budgets +Devolved budgets +\(theme, 1 passage\)$/m);
    expect(unknown.stderr).toContain(
      `(\`panelgraph query search 'council funding' --data ${MINI_DIR}\` finds the passages`,
    );
    const person = await panelgraph("query", "themes-of", "Ada Parks Smith", "--data", MINI_DIR);
    expect(person.stderr).toContain("Did you mean:\n  ada-park  Ada Park  (person)");
    expect(person.stderr).toContain(`(\`panelgraph query search 'Ada Parks Smith' --data ${MINI_DIR}\``);
  });

  it("the query search it offers names a corpus folder with a space, quoted, and none for graph-data", async () => {
    const parent = tempDir();
    const dir = join(parent, "Tarn corpus");
    cpSync(MINI_DIR, dir, { recursive: true });
    const run = await panelgraphIn(["query", "who-spoke-on", "pooled", "--data", "Tarn corpus"], { cwd: parent });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("(`panelgraph query search pooled --data 'Tarn corpus'` finds the passages");
    cpSync(MINI_DIR, join(parent, "graph-data"), { recursive: true });
    const plain = await panelgraphIn(["query", "who-spoke-on", "pooled"], { cwd: parent });
    expect(plain.stderr).toContain("(`panelgraph query search pooled` finds the passages");
  });

  it("across-sources lists the people more than one source names, with each source's passages", async () => {
    const run = await panelgraph("query", "across-sources", "--data", MINI_DIR);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 person named in more than one source, most sources first.");
    expect(run.stdout).toMatch(/^1 {2}Ada Park +person +2 +panel-a \(2024-05-05\): 3; panel-b: 2$/m);
    const json = JSON.parse((await panelgraph("query", "across-sources", "--data", MINI_DIR, "--json")).stdout);
    expect(json.entities.map((e: { id: string }) => e.id)).toEqual(["ada-park"]);
    const named = await panelgraph("query", "across-sources", "Ada Park", "--data", MINI_DIR);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("query across-sources takes no names");
  });

  it("people-at lists who is at an organisation with the role now and every role the sources give", async () => {
    // The mini corpus: Ada Park is Director of Health in panel-a (dated 2024-05-05) and Deputy Director in panel-b
    // (undated): two titles that can have held at once, so no role now.
    const differ = await panelgraph("query", "people-at", "Northtown Council", "--data", MINI_DIR);
    expect(differ.code).toBe(0);
    expect(differ.stdout).toContain(
      "1 person at Northtown Council [northtown-council], with the roles the sources give.",
    );
    expect(differ.stdout).toMatch(/^#  Person +Role now +Roles the sources give +Passages$/m);
    expect(differ.stdout).toMatch(
      /^1 {2}Ada Park +\(the sources differ\) +Deputy Director of Health \(1 source\); Director of Health \(1 source, 2024-05-05\) +2$/m,
    );
    // panel-b's title ended in January 2024: Director of Health (May 2024) is the role now.
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-b.yaml",
      "    role: Deputy Director of Health\n",
      '    role: Deputy Director of Health\n    until: "2024-01"\n',
    );
    const now = await panelgraph("query", "people-at", "northtown", "--data", dir, "--json");
    expect(now.code).toBe(0);
    const answer = JSON.parse(now.stdout);
    expect(answer.people).toEqual([
      expect.objectContaining({
        id: "ada-park",
        currentRole: "Director of Health",
        state: "current",
        roles: [
          { role: "Deputy Director of Health", source: "panel-b", until: "2024-01" },
          { role: "Director of Health", source: "panel-a", sourceDate: "2024-05-05" },
        ],
      }),
    ]);
    // neighbours --relation affiliated-with: a Role column, and the roles in --json.
    const around = await panelgraph(
      "query",
      "neighbours",
      "Northtown Council",
      "--relation",
      "affiliated-with",
      "--data",
      dir,
    );
    expect(around.stdout).toMatch(/^Relation +Neighbour +Type +Role +Passages +First passage$/m);
    expect(around.stdout).toMatch(/^← affiliated-with +Ada Park +person +Director of Health +2 /m);
    const aroundJson = await panelgraph(
      "query",
      "neighbours",
      "ada-park",
      "--relation",
      "affiliated-with",
      "--data",
      dir,
      "--json",
    );
    expect(JSON.parse(aroundJson.stdout).neighbours[0]).toMatchObject({
      id: "northtown-council",
      currentRole: "Director of Health",
    });
    const wrong = await panelgraph("query", "people-at", "Ada Park", "--data", dir);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('"Ada Park" is a person (Ada Park); this needs an organisation');
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
    const data = ["--data", MINI_DIR];
    expect((await panelgraph("query", "themes-of", "ada park", ...data)).stdout).toMatch(
      /^Ada Park spoke on 1 theme in their own words/m,
    );
    const neighbours = (await panelgraph("query", "neighbours", "devolved-budgets", "--type", "person", ...data))
      .stdout;
    expect(neighbours).toMatch(/^← spoke-on +Ada Park +person +2 /m);
    const path = await panelgraph("query", "path", "Ada Park", "Ben Ode", ...data);
    expect(path.code).toBe(0);
    expect(path.stdout).toMatch(/^Ada Park → Ben Ode: 2 hops$/m);
    expect(path.stdout).toMatch(/^Ada Park \(person\) —panellist-in→ Example Forum, meeting 1 \(session\)$/m);
    const recommendations = (await panelgraph("query", "recommendations-on", "devolution", ...data)).stdout;
    expect(recommendations).toMatch(/^1\. Pooled council budgets \[pooled-budgets\]$/m);
  });

  it("path --without leaves relations out of the search and says so; a misspelt relation gets the nearest", async () => {
    const data = ["--data", MINI_DIR];
    const without = await panelgraph("query", "path", "Ada Park", "Ben Ode", "--without", "panellist-in", ...data);
    expect(without.code).toBe(0);
    expect(without.stdout).toMatch(
      /^No connection between Ada Park \[ada-park\] and Ben Ode \[ben-ode\] \(left out: panellist-in\)\.$/m,
    );
    const json = JSON.parse((await panelgraph("query", "path", "Ada Park", "Ben Ode", "--json", ...data)).stdout);
    expect(json).toMatchObject({ length: 2, without: [], mentionHops: 0 });
    const misspelt = await panelgraph("query", "path", "Ada Park", "Ben Ode", "--without", "mention", ...data);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toContain('--without "mention" is not a relation (did you mean mentions?)');
    expect((await panelgraph("query", "said", "Ada Park", "--without", "mentions", ...data)).stderr).toContain(
      "query said does not take --without",
    );
  });

  it("prints a passage that runs over lines (a list under its heading) on one line, its line breaks as spaces", async () => {
    const dir = copyFixture();
    edit(
      dir,
      "annotations/panel-a.yaml",
      '{ quote: "Ada Park, Director of Health at Northtown Council, said", kind: reported }',
      '{ quote: "chaired by Lee Moss, Chair of the Example Forum.\\nAda Park, Director of Health", kind: reported }',
    );
    const path = await panelgraph("query", "path", "Ada Park", "forum-meeting-1", "--data", dir);
    expect(path.code).toBe(0);
    expect(path.stdout).toMatch(
      /^ +reported +panel-a:1 +“chaired by Lee Moss, Chair of the Example Forum\. Ada Park, Director of Health”$/m,
    );
  });

  it("session --json answers in the shape docs/cli.md documents; an unknown session gets the nearest names", async () => {
    const { code, stdout } = await panelgraph("query", "session", "meeting 1", "--json", "--data", MINI_DIR);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    const keys = [
      "session",
      "events",
      "facts",
      "people",
      "themes",
      "conclusions",
      "recommendations",
      "sources",
      "match",
      "alsoMatching",
    ];
    expect(Object.keys(answer)).toEqual(keys);
    expect(answer.session).toEqual({ id: "forum-meeting-1", label: "Example Forum, meeting 1" });
    expect(answer.people.map((p: { id: string; roles: string[] }) => [p.id, p.roles])).toEqual([
      ["lee-moss", ["chair"]],
      ["ada-park", ["panellist"]],
      ["ben-ode", ["panellist"]],
    ]);
    expect(Object.keys(answer.themes[0])).toEqual([
      "id",
      "label",
      "covered",
      "agreed",
      "speakers",
      "evidence",
      "claims",
    ]);
    expect(Object.keys(answer.themes[0].claims[0])).toEqual(["relation", "from", "evidence"]);
    const wrong = await panelgraph("query", "session", "meeting 2", "--data", MINI_DIR);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('no session is called "meeting 2"');
    expect(wrong.stderr).toContain("forum-meeting-1");
    expect(wrong.stderr).not.toMatch(STACK_LINE);
  });

  it("coverage flags thin support and lists unaddressed themes; --json has both parts", async () => {
    const text = (await panelgraph("query", "coverage", "--data", MINI_DIR)).stdout;
    expect(text).toMatch(/^1 recommendation: 1 made by no speaker/m);
    expect(text).toMatch(/^Pooled council budgets \[pooled-budgets\] +\[no speaker, one source\]$/m);
    expect(text).toMatch(/^Local data \[local-data\] +Ben Ode +— +1$/m);
    const json = JSON.parse((await panelgraph("query", "coverage", "--json", "--data", MINI_DIR)).stdout);
    expect(Object.keys(json)).toEqual(["recommendations", "unaddressedThemes"]);
  });

  it("search names the source and line of each passage it finds", async () => {
    const { code, stdout } = await panelgraph("query", "search", "dashboards", "--data", MINI_DIR);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ +\d+\.\d\d {2}passage panel-a:4 {2}reported$/m);
    const json = JSON.parse(
      (await panelgraph("query", "search", "budgets", "--limit", "1", "--json", "--data", MINI_DIR)).stdout,
    );
    expect(json.results).toHaveLength(1);
  });
});

describe("a question about a person, asked by their role", () => {
  it('answers for the one person whose role it names ("the Chair", "Chair of …"), and says it matched the role', async () => {
    const run = await panelgraph("query", "said", "the Chair", "--data", MINI_DIR);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'panelgraph: "the Chair" is no one\'s name; answering for Lee Moss [lee-moss] by role: Chair, Example Forum\n',
    );
    expect(run.stdout).toMatch(/^Lee Moss \[lee-moss\] is not recorded saying anything/);
    const json = await panelgraph("query", "sessions-of", "Chair", "--data", MINI_DIR, "--json");
    expect(JSON.parse(json.stdout)).toMatchObject({
      person: { id: "lee-moss" },
      match: { text: "Chair", tier: "role", name: "Chair", organisation: { id: "example-forum" } },
    });
    expect(json.stderr).toBe("");
  });

  it('refuses a role two people hold, naming each with the role; a role\'s first words only (not "Deputy …")', async () => {
    const dir = copyFixture();
    edit(dir, "annotations/panel-a.yaml", "role: Fellow", "role: Director of Research");
    const run = await panelgraph("query", "said", "Director", "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'panelgraph: "Director" is no one\'s name but the role of 2 people (Ada Park: Director of Health, Northtown Council; Ben Ode: Director of Research, Policy Lab); give the id of the one you mean\nCandidates:\n',
    );
    const one = await panelgraph("query", "said", "Director of Health", "--data", dir);
    expect(one.stderr).toContain("answering for Ada Park [ada-park] by role: Director of Health, Northtown Council");
    expect((await panelgraph("query", "said", "Health", "--data", dir)).code).toBe(1);
  });
});

describe("a role one person holds, before another type's name that begins with its words", () => {
  /** The mini fixture, with a recommendation whose label begins "The Chair" (Lee Moss is Chair of Example Forum). */
  function withRecommendation(label: string): string {
    const dir = copyFixture();
    edit(
      dir,
      "registry.yaml",
      "recommendations:\n",
      `recommendations:\n  - id: chair-publishes\n    label: ${label}\n    text: ${label}.\n`,
    );
    return dir;
  }

  it('answers "the Chair" for the Chair, not "is a recommendation (The Chair must publish …)"', async () => {
    const dir = withRecommendation("The Chair must publish every meeting");
    for (const question of ["said", "themes-of", "sessions-of"]) {
      const run = await panelgraph("query", question, "the Chair", "--data", dir);
      expect(run.stderr).toBe(
        'panelgraph: "the Chair" is no one\'s name; answering for Lee Moss [lee-moss] by role: Chair, Example Forum\n',
      );
      expect(run.code).toBe(0);
    }
  });

  it("still says so when the text is another type's name exactly, and a person's own name still answers", async () => {
    const dir = withRecommendation("The Chair");
    const run = await panelgraph("query", "said", "the Chair", "--data", dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"the Chair" is a recommendation (The Chair); this needs a person');
    edit(dir, "registry.yaml", "label: Ben Ode", "label: Ben Ode\n    aliases: [Chair of the board]");
    const named = await panelgraph("query", "said", "Chair of the board", "--data", dir);
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(/^Ben Ode in their own words/);
  });

  it("a loose match of the wanted type answers before another type's loose match, for organisations and themes too", async () => {
    const dir = withRecommendation("Northtown should pool its local budgets");
    const organisation = await panelgraph("query", "people-at", "Northtown", "--data", dir, "--json");
    expect(JSON.parse(organisation.stdout)).toMatchObject({ organisation: { id: "northtown-council" } });
    const theme = await panelgraph("query", "who-spoke-on", "local", "--data", dir, "--json");
    expect(JSON.parse(theme.stdout)).toMatchObject({ theme: { id: "local-data" } });
  });
});

describe("a person asked by a role a chaired or panellist-in claim makes, not only a stated one", () => {
  /** Ann Bell chaired the Harbour forum (no title stated); Cai Dunn sat on its panel; Eve Frost is Chair of a trust. */
  function harbourForum(): string {
    const dir = tempDir();
    const text =
      "The Harbour forum was chaired by Ann Bell. Cai Dunn sat on the panel and spoke about ferry fares. " +
      "Eve Frost, Chair of the Fenby Trust, spoke about ferry fares too.\n";
    writeSource(dir, { id: "forum-notes", title: "Forum notes", text });
    writeFileSync(
      join(dir, "registry.yaml"),
      [
        "people:",
        "  - { id: ann-bell, label: Ann Bell }",
        "  - { id: cai-dunn, label: Cai Dunn }",
        "  - { id: eve-frost, label: Eve Frost }",
        "organisations:",
        "  - { id: fenby-trust, label: Fenby Trust }",
        "themes:",
        "  - { id: ferry-fares, label: Ferry fares }",
        "sessions:",
        "  - { id: harbour-forum, label: Harbour forum }",
        "",
      ].join("\n"),
    );
    const claim = (relation: string, from: string, to: string, quote: string, role?: string) =>
      `  - { relation: ${relation}, from: ${from}, to: ${to}${role ? `, role: ${role}` : ""}, ` +
      `evidence: [{ quote: "${quote}", kind: reported }] }`;
    mkdirSync(join(dir, "annotations"));
    writeFileSync(
      join(dir, "annotations", "forum-notes.yaml"),
      [
        "source: forum-notes",
        "claims:",
        claim("chaired", "ann-bell", "harbour-forum", "The Harbour forum was chaired by Ann Bell."),
        claim("panellist-in", "cai-dunn", "harbour-forum", "Cai Dunn sat on the panel"),
        claim("spoke-on", "cai-dunn", "ferry-fares", "Cai Dunn sat on the panel and spoke about ferry fares."),
        claim("affiliated-with", "eve-frost", "fenby-trust", "Eve Frost, Chair of the Fenby Trust", "Chair"),
        claim(
          "spoke-on",
          "eve-frost",
          "ferry-fares",
          "Eve Frost, Chair of the Fenby Trust, spoke about ferry fares too.",
        ),
        "",
      ].join("\n"),
    );
    return dir;
  }

  it("finds who chaired a session as its Chair or Host, and a panellist as Panellist, and says which claim", async () => {
    const dir = harbourForum();
    const host = await panelgraph("query", "said", "the Host", "--data", dir);
    expect(host.code).toBe(0);
    expect(host.stderr).toBe(
      'panelgraph: "the Host" is no one\'s name; answering for Ann Bell [ann-bell] by role: Host of Harbour forum ' +
        "(chaired the session)\n",
    );
    const chair = await panelgraph("query", "themes-of", "Chair of the Harbour forum", "--data", dir);
    expect(chair.stderr).toContain("answering for Ann Bell [ann-bell] by role: Chair of Harbour forum");
    const panellist = await panelgraph("query", "themes-of", "the panellist", "--data", dir, "--json");
    expect(panellist.code).toBe(0);
    expect(JSON.parse(panellist.stdout)).toMatchObject({
      person: { id: "cai-dunn" },
      match: {
        tier: "role",
        name: "Panellist in Harbour forum",
        relation: "panellist-in",
        at: { id: "harbour-forum", type: "session" },
      },
    });
    // "Chair" is the role of two people: the one who chaired the forum, and the one a source calls Chair of a trust.
    const both = await panelgraph("query", "said", "Chair", "--data", dir);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain(
      '"Chair" is no one\'s name but the role of 2 people (Ann Bell: Chair of Harbour forum (chaired the session); ' +
        "Eve Frost: Chair, Fenby Trust)",
    );
  });
});

describe("panelgraph communities, stats, conflicts", () => {
  // A generated corpus (bench/generate.ts), made once for these tests.
  const generated = mkdtempSync(join(tmpdir(), "panelgraph-cli-generated-"));
  const nodes = Object.values(generateCorpus(generated, { nodes: 300, seed: 5 }).nodes).reduce((a, b) => a + b, 0);
  afterAll(() => rmSync(generated, { recursive: true, force: true }));
  const data = ["--data", generated];

  it("communities --json is the same for the same seed, in the shape docs/cli.md documents", async () => {
    const a = await panelgraph("communities", "--json", "--seed", "3", ...data);
    const b = await panelgraph("communities", "--json", "--seed", "3", ...data);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const result = JSON.parse(a.stdout);
    expect(result.modularity).toBeGreaterThan(0.3);
    expect(Object.keys(result.communities[0])).toEqual(["id", "label", "members", "bridges"]);
    expect(result.stability.seeds.runs).toBe(10);
  });

  it("communities prints modularity, stability and each community with its members", async () => {
    const { code, stdout } = await panelgraph("communities", ...data);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+ communities \(Louvain, resolution 1, seed 1\), modularity 0\.\d{3}$/m);
    expect(stdout).toMatch(/^Stability across 10 other seeds: mean adjusted Rand [01]\.\d\d/m);
    expect(stdout).toMatch(/^1\. .+ — \d+ members, stability [01]\.\d\d$/m);
    expect(stdout).toMatch(/^ {3}people +\S/m);
  });

  it("stats prints counts and top lists; --json has every part", async () => {
    const { code, stdout } = await panelgraph("stats", ...data);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Nodes: ${nodes} — `, "m"));
    expect(stdout).toMatch(/^1 +.+ \[[^\]]+\] +(person|theme|organisation|session) +\d+$/m);
    expect(stdout).toMatch(
      /^# +Person +Degree +Themes \(own words\) +Statements \(own words\) +Passages \(all their edges\)$/m,
    );
    const json = JSON.parse((await panelgraph("stats", "--json", "--top", "2", ...data)).stdout);
    expect(Object.keys(json)).toEqual([
      "nodes",
      "edges",
      "evidence",
      "degree",
      "betweenness",
      "people",
      "themes",
      "sharedThemes",
      "severalSessions",
    ]);
    expect(json.degree).toHaveLength(2);
  });

  it("conflicts lists each disagreement with values, sources and passages; --json as docs/cli.md documents", async () => {
    const text = await panelgraph("conflicts");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "Richard Stubbs [richard-stubbs], role at Yorkshire and Humber Academic Health Science",
    );
    // Each title with when it held: the undated source's title can be any time, so the two stay a conflict (d38).
    expect(text.stdout).toMatch(
      /^ {2}"Vice Chair" +undated +luc-inquiry-sessions-march-2023:\d+ +“Richard Stubbs, Vice Chair/m,
    );
    expect(text.stdout).toContain("0 successions read");
    const json = JSON.parse((await panelgraph("conflicts", "--json", "--data", MINI_DIR)).stdout);
    expect(json.conflicts).toHaveLength(1);
    expect(json.successions).toEqual([]);
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
