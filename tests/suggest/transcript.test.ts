// Transcripts as `suggest` reads them: a select-committee hearing, a plain "Speaker: words" panel and Hansard-style
// debate turns, each written for these tests. Each turn is its speaker's own words; "The Chair" is the chair the title
// block names; members' questions are kept apart from witnesses' answers.
import { describe, expect, it } from "vitest";
import type { KnownEntity } from "../../src/suggest/known.js";
import type { Draft } from "../../src/suggest/suggest.js";
import { paragraphsOf } from "../../src/suggest/text.js";
import { readTranscript } from "../../src/suggest/transcript.js";
import { draftEveryProposal, draftOf } from "../helpers/draft.js";
import { measureWork } from "../helpers/work.js";

const lines = (...l: string[]) => `${l.join("\n")}\n`;

function view(draft: Draft) {
  const label = (id: string) => draft.entities.find((e) => e.id === id)?.label ?? id;
  const claims = (relation: string) => draft.claims.filter((c) => c.relation === relation);
  const pairs = (relation: string) => claims(relation).map((c) => [label(c.from), label(c.to)]);
  const quotesOf = (relation: string, person: string) =>
    claims(relation)
      .filter((c) => label(c.from) === person)
      .flatMap((c) => c.evidence.filter((e) => e.kind === "direct-quote").map((e) => e.quote));
  return { label, claims, pairs, quotesOf };
}

const COMMITTEE = lines(
  "Rural Services Committee",
  "Oral evidence: Bus services in market towns, HC 412",
  "Tuesday 4 June 2024",
  "",
  "Members present: Helen Marsh (Chair); Lord Brown of Ashford; Baroness Okoro; Daniel Pike.",
  "",
  "Questions 1 - 6",
  "",
  "Witnesses",
  "I: Dr Alan Grey, Chief Executive, Northshire Transport Partnership; Professor Maria Lopes, Director, Institute for Rural Policy.",
  "",
  "Examination of witnesses",
  "",
  "Q1 The Chair: Good morning. How have bus cuts affected rural transport in market towns?",
  "Dr Grey: Since 2019 we have lost a third of our rural routes. Older residents can no longer reach the hospital without a taxi.",
  "Professor Lopes: The funding formula rewards busy routes, so the places with the greatest need lose out. The Government should guarantee a minimum service for every market town.",
  "Q2 Lord Brown: Is rural transport poverty getting worse?",
  "Dr Grey: It is. Rural transport poverty has doubled in our area.",
  "We see it in missed appointments every week.",
  "Q3 Baroness Okoro: What would you change first?",
  "Professor Lopes: Councils must be given five-year funding settlements for bus networks.",
  "The Chair: Thank you both.",
);

const THEMES: KnownEntity[] = [
  { id: "rural-transport", type: "theme", label: "Rural transport", aliases: ["rural routes"] },
  { id: "market-towns", type: "theme", label: "Market towns", aliases: [] },
];

describe("a select-committee transcript", () => {
  // Every proposal drafted (`--every-proposal`): these tests are of whose a proposal is, not of which kinds are drafted
  // by default (tests/suggest/forms/recommendations/proposal-kinds.test.ts).
  const draft = draftEveryProposal(COMMITTEE, THEMES);
  const { label, claims, pairs, quotesOf } = view(draft);

  it("is recognised, with its members, witnesses and turns", () => {
    const text = COMMITTEE;
    const t = readTranscript(text, paragraphsOf(text))!;
    expect(t.form).toBe("committee");
    expect(t.turns.map((x) => text.slice(x.speaker.start, x.speaker.end))).toEqual([
      "The Chair",
      "Dr Grey",
      "Professor Lopes",
      "Lord Brown",
      "Dr Grey",
      "Baroness Okoro",
      "Professor Lopes",
      "The Chair",
    ]);
    expect(t.members.map((m) => text.slice(m.start, m.end))).toEqual([
      "Helen Marsh (Chair)",
      "Lord Brown of Ashford",
      "Baroness Okoro",
      "Daniel Pike",
    ]);
    expect(text.slice(t.chair!.start, t.chair!.end)).toBe("Helen Marsh (Chair)");
    // A turn runs on over a paragraph with no label.
    expect(text.slice(t.turns[4]!.words.start, t.turns[4]!.words.end)).toBe(
      "It is. Rural transport poverty has doubled in our area.\nWe see it in missed appointments every week.",
    );
  });

  it("names the session from the hearing's own title and date, chaired by the chair the members list names", () => {
    const session = draft.entities.find((e) => e.section === "sessions")!;
    expect(session.label).toBe("Rural Services Committee: Bus services in market towns, 4 June 2024");
    expect(pairs("chaired")).toEqual([["Helen Marsh", session.label]]);
    expect(pairs("organised-by")).toEqual([[session.label, "Rural Services Committee"]]);
    expect(pairs("panellist-in").map(([p]) => p)).toEqual(["Alan Grey", "Maria Lopes"]);
  });

  it("names a new peer by the territorial title written, 'Lord X' an alias, never the place as a person", () => {
    const brown = draft.entities.find((e) => e.label === "Lord Brown of Ashford")!;
    expect(brown.aliases).toContain("Lord Brown");
    expect(draft.entities.some((e) => /^Ashford/u.test(e.label))).toBe(false);
    expect(draft.entities.find((e) => e.label === "Baroness Okoro")).toBeDefined();
  });

  it("gives the witnesses the roles and organisations of the witness list", () => {
    expect(claims("affiliated-with").map((c) => [label(c.from), c.role, label(c.to)])).toEqual([
      ["Alan Grey", "Chief Executive", "Northshire Transport Partnership"],
      ["Maria Lopes", "Director", "Institute for Rural Policy"],
    ]);
  });

  it("attributes each answer exactly to its witness, 'Dr Grey' being the Alan Grey of the witness list", () => {
    expect(quotesOf("spoke-on", "Alan Grey")).toEqual([
      "Since 2019 we have lost a third of our rural routes.",
      "Rural transport poverty has doubled in our area.",
    ]);
    expect(quotesOf("recommends", "Maria Lopes")).toEqual([
      "The Government should guarantee a minimum service for every market town.",
      "Councils must be given five-year funding settlements for bus networks.",
    ]);
  });

  it("keeps members' questions apart: a question mentions its theme, it is not the member speaking on it", () => {
    expect(pairs("spoke-on").map(([p]) => p)).not.toContain("Lord Brown of Ashford");
    expect(pairs("spoke-on").map(([p]) => p)).not.toContain("Helen Marsh");
    expect(pairs("mentions")).toContainEqual(["Lord Brown of Ashford", "rural-transport"]);
    expect(pairs("mentions")).toContainEqual(["Helen Marsh", "market-towns"]);
    // A member who asks nothing with a theme in it is still named: the source mentions them.
    expect(pairs("mentions")).toContainEqual(["t", "Daniel Pike"]);
  });
});

describe("a plain panel transcript", () => {
  const text = lines(
    "Cities after the pandemic: a public panel",
    "Leeds Civic Hall, 12 September 2023",
    "",
    "Moderator: Rachel Adeyemi",
    "Panellists: Tom Hughes, Chief Planner, Leeds City Council; Dr Sunita Rao (Northern Health Trust); Mark Ellis from the Centre for Urban Futures.",
    "",
    "Rachel Adeyemi: Welcome, everyone. Let's start with high streets. Tom, what has changed?",
    "Tom Hughes: Footfall is back to about ninety per cent. But the shops have changed; we see far more services and food.",
    "Sunita Rao: From a health point of view, high streets matter because people walk there. We should design streets for walking first.",
    "Mark Ellis: I would recommend the book by Jan Gehl to anyone here. But the evidence is clear: councils must be allowed to keep business rates.",
    "Rachel Adeyemi: Thank you all.",
  );
  const draft = draftEveryProposal(text, [{ id: "high-streets", type: "theme", label: "High streets", aliases: [] }]);
  const { claims, pairs, label, quotesOf } = view(draft);

  it("takes the moderator as the chair, whose questions are not speech on a theme", () => {
    expect(pairs("chaired").map(([p]) => p)).toEqual(["Rachel Adeyemi"]);
    expect(pairs("spoke-on")).not.toContainEqual(["Rachel Adeyemi", "high-streets"]);
    expect(pairs("spoke-on")).toContainEqual(["Sunita Rao", "high-streets"]);
    expect(draft.entities.find((e) => e.section === "sessions")!.label).toBe(
      "Cities after the pandemic: a public panel, 12 September 2023",
    );
  });

  it("reads 'Name, Role, Organisation', 'Name (Organisation)' and 'Name from Organisation'", () => {
    expect(claims("affiliated-with").map((c) => [label(c.from), c.role, label(c.to)])).toEqual([
      ["Tom Hughes", "Chief Planner", "Leeds City Council"],
      ["Sunita Rao", undefined, "Northern Health Trust"],
      ["Mark Ellis", undefined, "Centre for Urban Futures"],
    ]);
  });

  it("drafts a proposal as a recommendation, and a recommended book as none", () => {
    expect(quotesOf("recommends", "Mark Ellis")).toEqual([
      "But the evidence is clear: councils must be allowed to keep business rates.",
    ]);
  });
});

describe("Hansard-style debate turns", () => {
  const text = lines(
    "Rural Bus Services",
    "Volume 750: debated on Wednesday 6 March 2024",
    "",
    "Jane Holloway (Ruralshire North) (Con): I beg to move, That this House has considered rural bus services. The Government must restore the rural bus grant.",
    "",
    "Peter Quinn (Eastmoor) (Lab): Will the hon. Member give way?",
    "",
    "Jane Holloway: I will give way.",
    "",
    "The Minister for Local Transport (Sam Whitfield): I congratulate my hon. Friend on securing this debate on rural bus services.",
  );

  it("attributes each turn to the member named, the minister by the name in parentheses", () => {
    const t = readTranscript(text, paragraphsOf(text))!;
    expect(t.form).toBe("debate");
    expect(t.turns.map((x) => text.slice(x.speaker.start, x.speaker.end))).toEqual([
      "Jane Holloway",
      "Peter Quinn",
      "Jane Holloway",
      "Sam Whitfield",
    ]);
    const draft = draftEveryProposal(text, [{ id: "buses", type: "theme", label: "Rural bus services", aliases: [] }]);
    const { pairs, quotesOf } = view(draft);
    expect(pairs("spoke-on")).toEqual([
      ["Jane Holloway", "buses"],
      ["Sam Whitfield", "buses"],
    ]);
    expect(quotesOf("recommends", "Jane Holloway")).toEqual(["The Government must restore the rural bus grant."]);
    expect(draft.entities.find((e) => e.section === "sessions")!.label).toBe("Rural Bus Services, 6 March 2024");
  });
});

describe("texts that are not transcripts", () => {
  it("are not read as one for a label or two ('Note:', 'Photo:')", () => {
    const text = lines(
      "Councils warn on bus funding",
      "Note: this article was updated on Monday.",
      "Jane Smith, leader of Northshire Council, said the grant was too small.",
      "Photo: a bus in Northshire.",
      "Source: Northshire Council.",
    );
    expect(readTranscript(text, paragraphsOf(text))).toBeUndefined();
  });
});

describe("a long transcript", () => {
  const transcript = (turns: number) => {
    const out = [
      "Rural Services Committee",
      "Oral evidence: Buses, HC 1",
      "Members present: Helen Marsh (Chair); Daniel Pike.",
      "Witnesses",
      "I: Dr Alan Grey, Chief Executive, Northshire Transport Partnership.",
    ];
    // Words drawn by a seeded generator, so that no two turns say the same thing.
    const words =
      "bus route village market council grant fare timetable hospital college driver depot evening winter".split(" ");
    let seed = 7;
    const word = () => words[(seed = (seed * 48271) % 2147483647) % words.length]!;
    const phrase = (n: number) => Array.from({ length: n }, word).join(" ");
    for (let i = 1; i <= turns; i++) {
      out.push(`Q${i} ${i % 2 ? "The Chair" : "Daniel Pike"}: Is rural transport worse for the ${phrase(3)} ${i}?`);
      out.push(`Dr Grey: Yes. The ${phrase(4)} lost ${i} routes. The council should fund the ${phrase(3)} there.`);
    }
    return lines(...out);
  };

  it("is read with work that grows linearly with its length: 4× the turns cost < 4.8× the steps", () => {
    const measure = (turns: number) => measureWork(() => draftOf(transcript(turns), THEMES));
    const small = measure(100);
    const large = measure(400);
    expect(large.result.found.quotes).toBe(4 * small.result.found.quotes);
    expect(large.elements / small.elements).toBeLessThan(4.8);
    expect(large.characters / small.characters).toBeLessThan(4.8);
  });
});
