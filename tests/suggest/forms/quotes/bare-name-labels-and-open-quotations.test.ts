// Round 16: quote attribution and people read from the blind misses of sets 17 and 18: a Hansard page that prints a
// speaker's name alone over the speech (Parallel Parliament's exchanges, a minister speaking again); a podcast
// transcript from a transcription service, its speakers labelled by initials and all run into one paragraph; a party's
// name before a member's letters ("The Sinn Féin MLA wondered"); a thing's name in title case after "called"; a case
// study's speaker named by a given name alone; a quotation left open that ran on over a heading. Every person, body
// and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import {
  affiliationsIn,
  draftOf,
  organisationsIn,
  paragraphsText as lines,
  peopleIn,
  quoteRelationsIn,
  saidByIn as saidBy,
  transcriptOf,
} from "../../../helpers/draft.js";
import { analyseText } from "../../../../src/suggest/suggest.js";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { quoteSpansOf } from "../../../../src/suggest/text.js";

describe("a Hansard page whose speakers' names stand alone over their speeches", () => {
  const exchange = (head: string) =>
    lines(
      head,
      "The Parliamentary Under-Secretary of State for Harbours (Edwin Larch)",
      "As the Secretary of State told the House last month, we are looking again at the dredging decision. We will report to the House as soon as it is made.",
      "Mrs Fenwick",
      "I was one of forty Members who wrote to the Minister about the silted harbours. Will he meet the harbour masters of my constituency before the decision is made?",
      "Edwin Larch",
      "I know that Members on every side have heard from their harbour masters, and I will gladly meet them. We will tell the House what we decide before the recess.",
    );

  it("gives each speech to the name over it, the minister's label included", () => {
    const draft = draftOf(exchange("Commons Chamber"));
    expect(saidBy(draft, "we are looking again at the dredging decision")).toEqual(["Edwin Larch"]);
    expect(saidBy(draft, "Will he meet the harbour masters")).toEqual(["Mrs Fenwick"]);
    expect(saidBy(draft, "I will gladly meet them")).toEqual(["Edwin Larch"]);
  });

  it("gives the minister the office the label line names, and a member's question asks", () => {
    const text = exchange("Commons Chamber");
    const { found } = analyseText(text, new KnownEntities([]));
    expect(found.roles.map((r) => [found.people.get(r.person)?.label, r.role])).toEqual([
      ["Edwin Larch", "Parliamentary Under-Secretary of State for Harbours"],
    ]);
    expect(quoteRelationsIn(draftOf(text), "Mrs Fenwick")).toEqual(["mentions"]);
  });

  it("reads the names as labels under a chamber's heading or a minister's label line, not in other texts", () => {
    expect(transcriptOf(exchange("Commons Chamber"))?.turns).toHaveLength(3);
    // A write-up's name lines over paragraphs about each person: no minister's label, no chamber, no transcript.
    const writeUp = lines(
      "Harbour forum: who spoke",
      "Edwin Larch",
      "Edwin Larch has run the harbour trust for ten years and spoke about the silted channels of the north coast.",
      "Mrs Fenwick",
      "Mrs Fenwick chairs the harbour masters' association and spoke about the dredging budget for next year.",
      "Tom Reed",
      "Tom Reed is a fisherman in Fenby and spoke about the costs of the closed channel for his crew this winter.",
    );
    expect(transcriptOf(writeUp)).toBeUndefined();
  });
});

describe("a podcast transcript labelled by initials, run into one paragraph", () => {
  const podcast = lines(
    "Ep. 40. Harbour Talk FILE DETAILS Audio Length: 00:31:12 Number of Interviewers: 2 Start of Audio AB: Welcome to Harbour Talk. I’m Ann Bell, and this week our own Tom Reed chaired a panel on what comes next for the ports, taped at the Fenby Summit. Over to him. [Break] TR: Thank you, and let me bring in our guests. First, Laura Moreau, who runs the Fenby Dock Trust. Laura, how are you? [Applause] LM: Very well, thank you. TR: And next we have Colin Hale, from Marlow Ports. Colin, welcome. CH: Thanks, Tom. My name’s Colin Hale and I have run Marlow Ports for twelve years. TR: Laura, tell us what the dock trust does. LM: We keep the old docks working, and we train the crews who work them.",
  );
  const draft = draftOf(podcast);

  it("gives each turn to the one person whose name has the label's initials", () => {
    expect(saidBy(draft, "Welcome to Harbour Talk")).toEqual(["Ann Bell"]);
    expect(saidBy(draft, "let me bring in our guests")).toEqual(["Tom Reed"]);
    expect(saidBy(draft, "Very well, thank you")).toEqual(["Laura Moreau"]);
    expect(saidBy(draft, "I have run Marlow Ports for twelve years")).toEqual(["Colin Hale"]);
    expect(saidBy(draft, "we train the crews")).toEqual(["Laura Moreau"]);
  });

  it("ends a turn before the next label, not running on into the next speaker's words", () => {
    const turns = analyseText(podcast, new KnownEntities([])).speeches.map((s) =>
      podcast.slice(s.quote.start, s.quote.end),
    );
    const welcome = turns.find((t) => t.includes("Colin, welcome"));
    expect(welcome).toBeDefined();
    expect(welcome).not.toContain("Thanks, Tom");
  });

  it("reads the one the host says chaired the panel as its chair, whose turns ask", () => {
    const ports = draftOf(podcast, [{ id: "dock-trusts", type: "theme", label: "Dock trust", aliases: [] }]);
    expect(quoteRelationsIn(ports, "Tom Reed")).not.toContain("spoke-on");
    expect(quoteRelationsIn(ports, "Tom Reed")).toContain("mentions");
    expect(draft.claims.filter((c) => c.relation === "chaired").map((c) => c.from)).toContain("tom-reed");
  });

  it("reads no initials as labels that name no one the text writes in full", () => {
    const text = lines(
      "Harbour notes. UK: ports are busy. EU: trade is slow. UK: crews are short. EU: fees are up. UK: more later.",
    );
    expect(transcriptOf(text)).toBeUndefined();
  });
});

describe("a party's name before a member's letters", () => {
  const text = lines(
    "Ann Bell chairs the harbours committee.",
    "The Sinn Féin MLA wondered whether “anything learned last summer that will help the harbours reopen this year” had been written down.",
    "It was the coalition's plan, and no Lib Dem MP opposed it then.",
  );

  it("nor a mention of the party when it only describes a member no one names", () => {
    expect(organisationsIn(draftOf(text))).not.toContain("Liberal Democrats");
    expect(organisationsIn(draftOf(lines("Lib Dem MPs voted against the harbour bill last night.")))).toContain(
      "Liberal Democrats",
    );
  });

  it("is no person, and no speaker", () => {
    const draft = draftOf(text);
    expect(peopleIn(draft)).not.toContain("Sinn Féin");
    expect(peopleIn(draft)).not.toContain("Lib Dem");
    expect(saidBy(draft, "anything learned last summer")).not.toContain("Sinn Féin");
  });
});

describe("a thing's name in title case after 'called'", () => {
  const speechOf = (text: string) =>
    analyseText(text, new KnownEntities([])).speeches.map((s) => text.slice(s.quote.start, s.quote.end));

  it("is not the words of the one the sentence is about", () => {
    const said = speechOf(
      lines(
        'Ann Bell opened the conference with a panel called "Tides to Come for the Ports," featuring Tom Reed.',
        '"We are glad to be here," Bell said.',
        "“We will keep it open for every crew that needs it,” Edwin Larch told delegates at the trust’s winter summit, called ‘Harbours on the Brink’.",
      ),
    );
    expect(said).toEqual(expect.arrayContaining(['"We are glad to be here,"']));
    expect(said.filter((q) => /Tides to Come|Harbours on the Brink/u.test(q))).toEqual([]);
  });
});

describe("a case study's speaker named by a given name alone", () => {
  const text = lines(
    "The charity helped many families through the winter.",
    "Rosalind, Adviser at Fenby Advice Centre said:",
    "“I am seeing real hardship. People are choosing between heating and food every week.”",
    "Lena was pregnant when her landlord sold the flat.",
    "‘We had nowhere to go at all,’ Lena told us.",
    "‘This is the first home I can paint,’ Lena said.",
  );
  const draft = draftOf(text);

  it("takes the given name for a person who speaks", () => {
    expect(peopleIn(draft)).toEqual(expect.arrayContaining(["Rosalind", "Lena"]));
    expect(saidBy(draft, "I am seeing real hardship")).toEqual(["Rosalind"]);
    expect(saidBy(draft, "We had nowhere to go at all")).toEqual(["Lena"]);
    expect(saidBy(draft, "the first home I can paint")).toEqual(["Lena"]);
  });

  it("reads the post set off by commas after the given name", () => {
    expect(affiliationsIn(draft)).toEqual(expect.arrayContaining([["Rosalind", "Adviser", "Fenby Advice Centre"]]));
    const caseworker = draftOf(
      lines("Rosalind, Caseworker at Fenby Advice Centre said:", "“I am seeing real hardship every single week.”"),
    );
    expect(affiliationsIn(caseworker)).toEqual([["Rosalind", "Caseworker", "Fenby Advice Centre"]]);
  });

  it("not when a name the text gives has that word: the short name is that person's", () => {
    const named = draftOf(
      lines("Tom Elliott runs the harbour trust.", "‘We have never been busier than this winter,’ Elliott said."),
    );
    expect(peopleIn(named)).not.toContain("Elliott");
  });
});

describe("a quotation left open at its paragraph's end", () => {
  it("does not run on over a heading into the writer's own words", () => {
    const text = lines(
      "‘They put the four of us in one small room. There was nowhere to sit, so we had our tea on the beds each evening.",
      "From the shelter to a flat",
      "Today, the family is settled in a flat of their own, and the neighbours’ children play in the yard.",
    );
    const spans = quoteSpansOf(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).not.toContain("Today");
  });
});
