// Stop 41 (w41 #5): a researcher adds a committee's transcript, accepts its draft, then adds a news report of the same
// hearing ("… told the Fenby Transport Committee on Tuesday", dated the day after): the news draft links to the
// session the corpus knows (the same body on the same day, or the same name) instead of drafting the hearing again.
// The day may come from the lead ("told MPs yesterday") when the committee is named a paragraph later (stop 47).
// Not a session of the same committee on another day, nor another committee's on the same day. The texts, people and
// bodies are invented for this test.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../src/suggest/suggest.js";
import { addAndAccept, addAndDraft, growingCorpus } from "../../helpers/growing-corpus.js";

const TRANSCRIPT = {
  id: "rural-buses-hearing",
  title: "Rural bus services: oral evidence",
  kind: "transcript",
  date: "2024-03-12",
  text: `Fenby Transport Committee
Oral evidence: Rural bus services, HC 101
Tuesday 12 March 2024

Members present: Ann Bell (Chair); Tom Reed; Kit Lamb

Witnesses
I: Priya Vell, Director, Quillfield Trust; Dr Omar Tate, Senior Engineer, Marsh University

Examination of witnesses

Q1 The Chair: Ms Vell, what do rural routes need?

Priya Vell: Rural routes need a guaranteed bus every hour.

Q2 Tom Reed: Dr Tate, is the depot fit for purpose?

Dr Omar Tate: The depot at Marsh End needs rebuilding, not patching.
`,
};

/** A news report of a hearing: `committee` told on Tuesday, in a story dated `date`. */
const news = (date: string, committee = "Fenby Transport Committee") => ({
  id: "bus-news",
  title: "Rural routes need hourly buses, committee told",
  date,
  text: `Rural routes need hourly buses, committee told

By Lena Hart, ${date}

Rural routes need a guaranteed bus every hour, Priya Vell of the Quillfield Trust told the ${committee} on Tuesday.

“The depot at Marsh End needs rebuilding, not patching,” said Dr Omar Tate of Marsh University.
`,
});

/** The news with both witnesses told of as telling the committee: a panel of two, drafted whatever the corpus knows. */
const newsOfTwo = (date: string, committee?: string) => {
  const one = news(date, committee);
  return { ...one, text: one.text.replace("said Dr Omar Tate", "Dr Omar Tate told the committee") };
};

const sessionsDeclared = (draft: Draft) => draft.entities.filter((e) => e.section === "sessions").map((e) => e.label);
const panelOf = (draft: Draft) => [
  ...new Set(draft.claims.filter((c) => c.relation === "panellist-in").map((c) => c.to)),
];

describe("a news report of a hearing the corpus knows", () => {
  it("links to the transcript's session: the same committee, the day the story's Tuesday settles", () => {
    const dir = growingCorpus();
    addAndAccept(dir, TRANSCRIPT);
    const draft = addAndDraft(dir, news("2024-03-13"));
    expect(sessionsDeclared(draft)).toEqual([]);
    expect(panelOf(draft)).toEqual(["rural-buses-hearing-session"]);
    const reported = draft.claims.find((c) => c.relation === "reported-in")!;
    expect(reported).toMatchObject({ from: "rural-buses-hearing-session", to: "bus-news" });
    expect(reported.comment).toContain("held by the same body on 2024-03-12");
    expect(draft.claims.find((c) => c.relation === "organised-by")).toMatchObject({
      from: "rural-buses-hearing-session",
      to: "fenby-transport-committee",
    });
  });

  it("links where the lead says 'told MPs yesterday' and the next paragraph names the committee (stop 47, w47 #4)", () => {
    const dir = growingCorpus();
    addAndAccept(dir, TRANSCRIPT);
    const draft = addAndDraft(dir, {
      id: "bus-lead-news",
      title: "Rural routes 'left behind', MPs told",
      date: "2024-03-13",
      text: `Rural routes 'left behind', MPs told

By Lena Hart

13 March 2024

Villages have been left without a bus every hour, a leading campaigner told MPs yesterday.

Priya Vell, of the Quillfield Trust, told the Fenby Transport Committee that one route in three had been cut.

"Rural routes need a guaranteed bus every hour," Ms Vell said.
`,
    });
    expect(sessionsDeclared(draft)).toEqual([]);
    expect(panelOf(draft)).toEqual(["rural-buses-hearing-session"]);
    expect(draft.claims.find((c) => c.relation === "reported-in")?.comment).toContain(
      "held by the same body on 2024-03-12",
    );
  });

  it("links to a known session by its name, where the corpus says nothing of who held it", () => {
    const dir = growingCorpus(
      [
        "sessions:",
        "  - id: bus-hearing-march",
        "    label: Rural bus services, 12 March 2024",
        '    aliases: ["Fenby Transport Committee hearing, 12 March 2024"]',
        "",
      ].join("\n"),
    );
    const draft = addAndDraft(dir, news("2024-03-13"));
    expect(sessionsDeclared(draft)).toEqual([]);
    expect(panelOf(draft)).toEqual(["bus-hearing-march"]);
  });

  it("and a transcript added after the news links to the news's session", () => {
    const dir = growingCorpus();
    // The news alone drafts no session of one witness: two are told of here.
    addAndAccept(dir, newsOfTwo("2024-03-13"));
    const draft = addAndDraft(dir, TRANSCRIPT);
    expect(sessionsDeclared(draft)).toEqual([]);
    expect(panelOf(draft)).toEqual(["bus-news-panel"]);
  });
});

describe("a hearing that is not the known one", () => {
  it("drafts a new session for the same committee on another day", () => {
    const dir = growingCorpus();
    addAndAccept(dir, TRANSCRIPT);
    const draft = addAndDraft(dir, newsOfTwo("2024-03-20"));
    expect(sessionsDeclared(draft)).toEqual(["Fenby Transport Committee hearing, 19 March 2024"]);
    expect(panelOf(draft)).toEqual(["bus-news-panel"]);
  });

  it("drafts a new session for a panel named only by the source's title, another source's of the same title known", () => {
    const dir = growingCorpus(
      ["sessions:", "  - id: rural-routes-panel", '    label: "Panel: Rural routes"', ""].join("\n"),
    );
    const draft = addAndDraft(dir, {
      id: "rural-routes",
      title: "Rural routes",
      date: "2024-03-13",
      text: `Rural routes

The panel was chaired by Ann Bell, Chair of the Fenby Trust.

“Rural routes need a guaranteed bus every hour,” said Priya Vell, Director of the Quillfield Trust.

“The depot at Marsh End needs rebuilding,” said Dr Omar Tate of Marsh University.
`,
    });
    expect(sessionsDeclared(draft)).toEqual(["Panel: Rural routes"]);
    expect(panelOf(draft)).toEqual(["rural-routes-panel-2"]);
  });

  it("drafts a new session for another committee on the same day", () => {
    const dir = growingCorpus();
    addAndAccept(dir, TRANSCRIPT);
    const draft = addAndDraft(dir, newsOfTwo("2024-03-13", "Fenby Housing Committee"));
    expect(sessionsDeclared(draft)).toEqual(["Fenby Housing Committee hearing, 12 March 2024"]);
    expect(panelOf(draft)).toEqual(["bus-news-panel"]);
    expect(
      draft.claims.some((c) => c.to === "rural-buses-hearing-session" || c.from === "rural-buses-hearing-session"),
    ).toBe(false);
  });
});
