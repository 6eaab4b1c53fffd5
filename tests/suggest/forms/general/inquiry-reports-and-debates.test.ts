// Stop 40 (walkthrough w40): a committee's inquiry report (its front matter, membership list, contents, numbered
// paragraphs and a "Conclusions and recommendations" section parted by sub-headings) and a debate's record of its own
// proceedings. Neither a membership list nor a contents page is anyone's words; a member's seat in brackets is no body;
// the report's numbered recommendations are the committee's. Every name, body and sentence here is invented.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import {
  directQuotesIn,
  draftOf,
  labelIn,
  organisationsIn,
  paragraphsText,
  peopleIn,
  saidByIn,
  transcriptOf,
} from "../../../helpers/draft.js";

const FRONT = [
  "Harbour Committee",
  "Safe harbours: ferry safety and inspection",
  "Second Report of Session 2027–28",
  "Report, together with formal minutes relating to the report",
  "The Harbour Committee",
  "The Harbour Committee is appointed to examine the policy of the Department for Coasts.",
  "Current membership",
  "Nia Holt (Chair) (Marlow East)",
  "Sam Yeo (Tollard North)",
  "Ida Lamb (Dunmore West)",
  "Rob Kerr (Fenwick Vale)",
  "Contents",
  "Summary 3",
  "1 Introduction 4",
  "2 Inspection of ferries 5",
  "Conclusions and recommendations 7",
];

const BODY = [
  "1 Introduction",
  "1. The Committee launched this inquiry in May 2027 to examine how ferries in the county are inspected.",
  "2 Inspection of ferries",
  "2. Cal Brook, Director of the Tollard Ferry Trust, told us that some ferries had not been inspected for three years.",
  "3. Ada Quill of Dunmore Ferries accepted that inspections had fallen behind.",
  '4. She said that "an inspection that is a year late is no inspection at all".',
  '5. Dr Lev Ross of Marlow University told us that "the worst ferries are the ones nobody checks".',
];

const RECOMMENDATIONS = [
  "Conclusions and recommendations",
  "Inspection of ferries",
  "1. The Department for Coasts should require every ferry to be inspected once a year. (Paragraph 2)",
  "2. We are not persuaded that the current inspection regime is adequate. (Paragraph 3)",
  "Reporting",
  "3. Dunmore Ferries should publish the date of each ferry's last inspection on its website. (Paragraph 4)",
  "4. The Harbour Authority must ensure that an uninspected ferry does not carry passengers. (Paragraph 5)",
  "Annex: Witnesses",
  "Cal Brook, Director, Tollard Ferry Trust",
];

const report = (...parts: string[][]) => paragraphsText(...parts.flat());

const recommended = (draft: Draft) =>
  draft.claims
    .filter((c) => c.relation === "recommends")
    .flatMap((c) => c.evidence.map((e) => e.quote))
    .sort();

describe("an inquiry report's front matter", () => {
  it("is no transcript: a chair-marked line over the membership list is the list's head, not a turn", () => {
    expect(transcriptOf(report(FRONT, BODY, RECOMMENDATIONS))).toBeUndefined();
    const draft = draftOf(report(FRONT, BODY, RECOMMENDATIONS));
    expect(directQuotesIn(draft).filter(([who]) => who === "Nia Holt")).toEqual([]);
    // Nothing the chair "said": no mention drafted from the membership list's or the contents page's lines.
    expect(draft.claims.filter((c) => c.relation === "mentions" && labelIn(draft, c.from) === "Nia Holt")).toEqual([]);
  });

  it("lists the members as people, their seats in brackets neither people nor organisations", () => {
    const draft = draftOf(report(FRONT, BODY, RECOMMENDATIONS));
    expect(peopleIn(draft)).toEqual(expect.arrayContaining(["Nia Holt", "Sam Yeo", "Ida Lamb", "Rob Kerr"]));
    for (const seat of ["Marlow East", "Tollard North", "Dunmore West", "Fenwick Vale"]) {
      expect(organisationsIn(draft)).not.toContain(seat);
      expect(peopleIn(draft)).not.toContain(seat);
    }
  });

  it("still reads a body in brackets after a name outside a membership list", () => {
    const draft = draftOf(
      paragraphsText(
        "Speakers",
        "Cal Brook (Tollard Ferry Trust)",
        "Ada Quill (Dunmore Harbour Board)",
        "Cal Brook said that inspections had fallen behind across the estuary.",
      ),
    );
    expect(organisationsIn(draft)).toEqual(expect.arrayContaining(["Tollard Ferry Trust", "Dunmore Harbour Board"]));
  });
});

describe("a report's 'Conclusions and recommendations' section", () => {
  it("drafts each numbered recommendation through the section's sub-headings, not its conclusions", () => {
    // Every kind drafted: a list's items are listed by default since stop 44 (recommendations.ts, KEPT).
    const draft = draftOf(report(FRONT, BODY, RECOMMENDATIONS), [], undefined, { everyProposal: true });
    expect(recommended(draft)).toEqual([
      "Dunmore Ferries should publish the date of each ferry's last inspection on its website.",
      "The Department for Coasts should require every ferry to be inspected once a year.",
      "The Harbour Authority must ensure that an uninspected ferry does not carry passengers.",
    ]);
  });

  it("stops where the numbering stops: a heading over other numbered paragraphs is the next section", () => {
    const draft = draftOf(
      report(FRONT, [
        "Recommendations",
        "1. The Department for Coasts should require every ferry to be inspected once a year.",
        "Background",
        "1. The county has fourteen ferry crossings, and each should be safe to use.",
      ]),
      [],
      undefined,
      { everyProposal: true },
    );
    expect(recommended(draft)).toEqual([
      "The Department for Coasts should require every ferry to be inspected once a year.",
    ]);
  });
});

const DEBATE = paragraphsText(
  "Ferries (Safety) Bill",
  "The Minister for Coasts (Tom Reed): I beg to move, That the Bill be now read a Second time.",
  "Every ferry will be inspected once a year, and the harbour authority will publish every inspection.",
  "Sam Yeo (Tollard North) (Lab): Will the Minister say when the first inspections will take place?",
  "Tom Reed: The first inspections will take place next spring, and I will write to the hon. Member with the dates.",
  "Question put and agreed to.",
  "Bill accordingly read a Second time.",
);

describe("a debate's record of its own proceedings", () => {
  it("is the clerk's, not the words of the minister whose turn comes before it", () => {
    const quotes = directQuotesIn(draftOf(DEBATE)).map(([, , words]) => words);
    expect(quotes).toContain(
      "The first inspections will take place next spring, and I will write to the hon. Member with the dates.",
    );
    expect(quotes).not.toContain("Question put and agreed to.");
    expect(quotes).not.toContain("Bill accordingly read a Second time.");
  });

  it("ends the turn only on a line of the record, not on a speech that mentions a question put", () => {
    const draft = draftOf(
      DEBATE.replace(
        "Question put and agreed to.",
        "Tom Reed: The question put to me was a fair one, and the Bill answers it.\n\nQuestion put and agreed to.",
      ),
    );
    expect(directQuotesIn(draft).map(([, , words]) => words)).toContain(
      "The question put to me was a fair one, and the Bill answers it.",
    );
  });
});

describe("an inquiry report is no occasion", () => {
  it("drafts no session: its chair is the committee's chair, its recommendations the committee's", () => {
    const draft = draftOf(report(FRONT, BODY, RECOMMENDATIONS));
    expect(draft.entities.filter((e) => e.section === "sessions")).toEqual([]);
    expect(draft.claims.filter((c) => ["chaired", "panellist-in"].includes(c.relation))).toEqual([]);
    const chair = draft.claims.find((c) => c.relation === "affiliated-with" && labelIn(draft, c.from) === "Nia Holt");
    expect(chair && [labelIn(draft, chair.to), chair.role]).toEqual(["Harbour Committee", "Chair"]);
    // Every kind drafted: the report's numbered recommendations are listed by default since stop 44.
    const every = draftOf(report(FRONT, BODY, RECOMMENDATIONS), [], undefined, { everyProposal: true });
    const from = new Set(every.claims.filter((c) => c.relation === "recommends").map((c) => labelIn(every, c.from)));
    expect([...from]).toEqual(["Harbour Committee"]);
  });

  it("gives a witness's quotation to the witness the sentence or the one before it names", () => {
    const draft = draftOf(report(FRONT, BODY, RECOMMENDATIONS));
    expect(saidByIn(draft, "an inspection that is a year late is no inspection at all")).toEqual(["Ada Quill"]);
    expect(saidByIn(draft, "the worst ferries are the ones nobody checks")).toEqual(["Lev Ross"]);
  });

  it("is a report by its title block's report line, not by speaking of a report", () => {
    const writeUp = draftOf(
      paragraphsText(
        "Harbour Committee hearing on ferry safety",
        "The Harbour Committee heard evidence on ferry safety on 4 May 2027, chaired by Nia Holt.",
        "Cal Brook, Director of the Tollard Ferry Trust, said that this report of the inspectors was overdue.",
        "Ada Quill of Dunmore Ferries said that inspections had fallen behind.",
      ),
    );
    expect(writeUp.entities.filter((e) => e.section === "sessions")).toHaveLength(1);
  });
});

describe("a news story of statements", () => {
  const story = (...more: string[]) =>
    paragraphsText(
      "Ferry campaigners say bill falls short",
      "By Ned Ashby, Coast Reporter",
      "Campaigners have given a cautious welcome to the Ferries (Safety) Bill, which passed its second reading last night.",
      "“An inspection a year is the least we should expect,” said Cal Brook, director of the Tollard Ferry Trust.",
      "The trust's volunteers have checked the crossings every month since 2025; their figures were quoted by MPs during the debate.",
      "Dunmore Ferries said it supported the bill. “We will meet every target the law sets,” said Ada Quill, the company's operations director.",
      "Residents' group Safe Crossings said the bill should also cover river ferries.",
      ...more,
    );

  it("is no panel: an occasion named in passing, the people quoted speaking to the reporter", () => {
    const draft = draftOf(story());
    expect(draft.entities.filter((e) => e.section === "sessions")).toEqual([]);
  });

  it("is a panel once it says they spoke at the occasion, or opens at it", () => {
    const spoke = draftOf(story("Both spoke at a public meeting in Tollard on Tuesday."));
    expect(spoke.entities.filter((e) => e.section === "sessions")).toHaveLength(1);
    const attended = draftOf(story("Both told those in attendance that the work would go on."));
    expect(attended.entities.filter((e) => e.section === "sessions")).toHaveLength(1);
    const scene = draftOf(
      story().replace(
        "Campaigners have given",
        "Protesters lined the hall where the harbour board was meeting on Monday. Campaigners have given",
      ),
    );
    expect(scene.entities.filter((e) => e.section === "sessions")).toHaveLength(1);
  });

  it("reads a group its members' kind names as an organisation, not a person", () => {
    const draft = draftOf(story());
    expect(peopleIn(draft)).not.toContain("Safe Crossings");
    expect(organisationsIn(draft)).toContain("Safe Crossings");
  });
});

describe("a hearing's title block: its members under the chair's line, a witness's entry over lines", () => {
  const hearing = [
    "HARBOURS COMMITTEE",
    "Tuesday, March 14, 2028",
    "Nia Holt (Chair)",
    "Sam Yeo (Vice-Chair)",
    "Ida Lamb",
    "Rob Kerr",
    "WITNESS",
    "Cal Brook,",
    "Executive Director,",
    "Tollard Bay/Dunmore Branch of the Ferry Guild",
    "THE CHAIR: Good afternoon. I call the meeting to order and welcome our witness, Cal Brook.",
    "CAL BROOK: Thank you. Our branch has run the crossing for forty years, and the boats are older than I am.",
    "THE CHAIR: How many boats need replacing?",
    "CAL BROOK: Three of the four, and we cannot replace them without help from the province.",
  ].join("\n");

  it("reads the members' lines as no one's words, and a witness's post and body as theirs, not another witness", () => {
    const draft = draftOf(`${hearing}\n`);
    const quotes = directQuotesIn(draft).map(([, , words]) => words);
    expect(quotes).not.toContain("Sam Yeo (Vice-Chair)");
    expect(quotes.some((q) => q.startsWith("Three of the four"))).toBe(true);
    expect(peopleIn(draft)).not.toContain("Tollard Bay");
    expect(peopleIn(draft)).toContain("Cal Brook");
  });
});
