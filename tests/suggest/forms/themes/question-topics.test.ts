// Speaker → theme (`spoke-on`), stop 40 (th40b): the topic a member's question names ("Let me turn to franchising",
// "What about driver shortages?", "Is there a case for franchising?") and the witness's answer takes up, each on a
// small transcript written for this test (people, places, bodies and themes invented). The topic is a new theme
// however often it is named; the witness who takes it up spoke on it, the member who asked only mentions it.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { questionTopics } from "../../../../src/suggest/themes.js";
import { draftOf, labelIn, paragraphsText } from "../../../helpers/draft.js";

const HEADINGS = [
  "Valley Transport Committee",
  "Oral evidence: Buses in the valley towns",
  "Members present: Ann Bell (Chair); Tom Fairley; Gwen Arkle.",
  "Witnesses: Rhona Dale, Director, Fenby Trust; and Colm Asher, Managing Director, Tollard Coaches.",
];

const newThemes = (draft: Draft) =>
  draft.entities
    .filter((e) => e.section === "themes")
    .map((e) => e.label)
    .sort();
const claimsOn = (draft: Draft, relation: string, label: string) =>
  draft.claims
    .filter((c) => c.relation === relation && labelIn(draft, c.to) === label)
    .map((c) => labelIn(draft, c.from))
    .filter((who, i, all) => all.indexOf(who) === i)
    .sort();

/** Topics `questionTopics` reads in one question, answered by `answer`. */
const topicsOf = (question: string, answer: string) => {
  const text = `${question}\n\n${answer}\n`;
  const q = { start: 0, end: question.length };
  const a = { start: question.length + 2, end: question.length + 2 + answer.length };
  return questionTopics(text, [{ question: [q], answers: [a] }]).map((t) => t.phrase);
};

describe("a topic a question introduces and the answer takes up", () => {
  it("drafts 'Franchising' from 'Let me turn to franchising', and the witness who answers spoke on it", () => {
    const draft = draftOf(
      paragraphsText(
        ...HEADINGS,
        "Q1 Chair: Ms Dale, how late are the evening buses?",
        "Rhona Dale: The last bus from the market towns leaves at six, and the evening buses have all gone.",
        "Q2 Tom Fairley: Let me turn to franchising. Would it help the valley towns?",
        "Rhona Dale: Franchising would let the county plan one network instead of twelve.",
        "Q3 Chair: Mr Asher, do the evening buses pay their way?",
        "Colm Asher: The evening buses lose money on every run.",
      ),
    );
    expect(newThemes(draft)).toContain("Franchising");
    expect(claimsOn(draft, "spoke-on", "Franchising")).toEqual(["Rhona Dale"]);
    expect(claimsOn(draft, "mentions", "Franchising")).toEqual(["Tom Fairley"]);
  });

  it("drafts 'Driver shortages' from 'What about driver shortages?', taken up as 'shortages' by the answer", () => {
    const draft = draftOf(
      paragraphsText(
        ...HEADINGS,
        "Q1 Gwen Arkle: What about driver shortages?",
        "Colm Asher: The shortages are worst on the early shifts; we lost nine drivers to the haulage firms last year.",
        "Q2 Chair: Ms Dale, what do passengers tell you about the evening buses?",
        "Rhona Dale: The evening buses are the ones that go first when a driver is off sick.",
      ),
    );
    expect(newThemes(draft)).toContain("Driver shortages");
    expect(claimsOn(draft, "spoke-on", "Driver shortages")).toEqual(["Colm Asher"]);
    expect(claimsOn(draft, "spoke-on", "Driver shortages")).not.toContain("Gwen Arkle");
  });

  it("reads the topic of 'a case for', 'moving on to' and 'on the question of' forms", () => {
    expect(topicsOf("Is there a case for franchising?", "Franchising works in the cities.")).toEqual(["franchising"]);
    expect(topicsOf("Moving on to core funding, is it enough?", "Core funding has fallen by a third.")).toEqual([
      "core funding",
    ]);
    expect(topicsOf("On the question of funding, who pays?", "The funding comes from the county.")).toEqual([
      "funding",
    ]);
    expect(topicsOf("Let me turn to the question of ticketing.", "Ticketing is a mess.")).toEqual(["ticketing"]);
  });
});

describe("questions that give no topic", () => {
  it("refuses a topic the answer does not take up", () => {
    expect(topicsOf("What about driver shortages?", "We have had a hard winter on the hill routes.")).toEqual([]);
    const draft = draftOf(
      paragraphsText(
        ...HEADINGS,
        "Q1 Tom Fairley: Let me turn to franchising.",
        "Rhona Dale: The evening buses matter more to our members than anything else.",
        "Q2 Chair: Mr Asher, do the evening buses pay?",
        "Colm Asher: The evening buses lose money on every run.",
      ),
    );
    expect(newThemes(draft)).not.toContain("Franchising");
  });

  it("refuses procedural questions ('introduce yourselves', 'turn to Ms Dale', 'turn to you')", () => {
    expect(topicsOf("Can I ask you all to introduce yourselves?", "I am Rhona Dale; I introduce myself.")).toEqual([]);
    expect(topicsOf("Let me turn to Ms Dale.", "Ms Dale is here.")).toEqual([]);
    expect(topicsOf("Let me turn to you now.", "You are asking me, then.")).toEqual([]);
    expect(topicsOf("Moving on to the next witness, please.", "I am the next witness.")).toEqual([]);
  });

  it("refuses generic heads ('that point', 'the evidence', 'the question')", () => {
    expect(topicsOf("What about that point?", "The point is well made.")).toEqual([]);
    expect(topicsOf("Let me turn to the evidence.", "The evidence is clear.")).toEqual([]);
    expect(topicsOf("Can I turn to the question you raised?", "The question is a fair one.")).toEqual([]);
    expect(topicsOf("What about the issue?", "That issue is hard.")).toEqual([]);
    expect(topicsOf("What about the alternative?", "The alternative is worse.")).toEqual([]);
    expect(topicsOf("What about the main risks?", "The risks are small.")).toEqual([]);
  });

  it("refuses words that are no topic ('what about going further?', a clause that runs on)", () => {
    expect(topicsOf("What about going further?", "Going further would cost more.")).toEqual([]);
    expect(topicsOf("Let me turn to rural bus service timetable changes.", "The changes were bad.")).toEqual([]);
  });
});

describe("what takes a topic up", () => {
  it("is its head word in either number, not another word of its stem ('fund' for 'funding')", () => {
    expect(topicsOf("What about driver shortages?", "The shortage is worst in winter.")).toEqual(["driver shortages"]);
    expect(topicsOf("Let me turn to funding.", "We fund the service from the rates.")).toEqual([]);
  });

  it("refuses an agent noun, who and not what about ('What about volunteers?')", () => {
    expect(topicsOf("What about volunteers?", "Volunteers run half the routes.")).toEqual([]);
    expect(topicsOf("What about the operators?", "The operators will not bid.")).toEqual([]);
  });
});
