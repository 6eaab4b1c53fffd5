// The suggester's reading of a text: sentences, quotations, names, roles and the damaged-character symptom, on small
// texts written for these tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KnownEntities } from "../../src/suggest/known.js";
import { parseRole } from "../../src/suggest/posts.js";
import { isRecommendation } from "../../src/suggest/recommendations.js";
import { detectDamagedCharacter, sourceMeta } from "../../src/suggest/source-file.js";
import { analyseText } from "../../src/suggest/suggest.js";
import { paragraphsOf, quoteSpansOf, sentencesOf, slugify } from "../../src/suggest/text.js";
import { DATA_DIR } from "../helpers/corpus.js";

const none = new KnownEntities([]);
const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe("sentences and quotations", () => {
  it("splits sentences at their ends, not after Dr. or inside a number", () => {
    const text = "Dr. Ann Lee spoke at 3.30 pm. She said no. “Is it done?” Yes.";
    const [paragraph] = paragraphsOf(text);
    expect(slices(text, sentencesOf(text, paragraph!))).toEqual([
      "Dr. Ann Lee spoke at 3.30 pm.",
      "She said no.",
      "“Is it done?”",
      "Yes.",
    ]);
  });

  it("ends a sentence at a footnote's superscript marker after its full stop, as a PDF's report prints one", () => {
    const text =
      "Tess Roe told us the weir had flooded twice.¹ Next came the mill. She said “all is well.”²³ It was not. The 2.5¹ rate held.";
    const [paragraph] = paragraphsOf(text);
    expect(slices(text, sentencesOf(text, paragraph!))).toEqual([
      "Tess Roe told us the weir had flooded twice.¹",
      "Next came the mill.",
      "She said “all is well.”²³",
      "It was not.",
      "The 2.5¹ rate held.",
    ]);
  });

  it("finds quotations with nested quotes, over paragraphs, and in straight or single marks", () => {
    const text = [
      "He said “we need “balanced” scorecards.",
      "And more of them.”",
      "“First part.”",
      '"Straight quotes too," she said.',
      "A ‘scare quote’ and the councils’ budgets.",
    ].join("\n");
    expect(
      slices(
        text,
        quoteSpansOf(text).map((q) => q.inner),
      ),
    ).toEqual([
      "we need “balanced” scorecards.\nAnd more of them.",
      "First part.",
      "Straight quotes too,",
      "scare quote",
    ]);
  });

  it("ends an unclosed quotation at its paragraph when the next paragraph opens a new one", () => {
    const text = "“One paragraph of speech.\n“And another one.”";
    expect(
      slices(
        text,
        quoteSpansOf(text).map((q) => q.inner),
      ),
    ).toEqual(["One paragraph of speech.", "And another one."]);
  });
});

describe("names, roles and organisations", () => {
  const role = (clause: string) => {
    const parsed = parseRole(clause, { start: 0, end: clause.length }, none);
    return parsed && { role: parsed.role, organisation: parsed.organisation?.label };
  };

  it("reads the role and the organisation of a title phrase", () => {
    expect(role("the Director of Public Health at Sheffield City Council")).toEqual({
      role: "Director of Public Health",
      organisation: "Sheffield City Council",
    });
    expect(role("Chief Executive of the Royal College of Nursing")).toEqual({
      role: "Chief Executive",
      organisation: "Royal College of Nursing",
    });
    expect(role("Head of Policy for Acme Trust’s Children and Families")).toEqual({
      role: "Head of Policy for Acme Trust’s Children and Families",
      organisation: "Acme Trust",
    });
    expect(role("a senior fellow for an independent think tank")).toEqual({
      role: "senior fellow",
      organisation: undefined,
    });
    expect(role("the customer of a bakery")).toBeUndefined();
    // An owner holds a post (round 19), but a thing owned in lower case is no organisation.
    expect(role("the owner of a bakery")).toEqual({ role: "owner", organisation: undefined });
  });

  it("finds people with their roles in the patterns reports use", () => {
    const text = [
      "The meeting was chaired by Cllr Rosa Diaz, Leader of Eastfield Council.",
      "Also present were Sam Park (Chief Economist at the Grant Institute) and Kirkby Trust’s director Lena Fox.",
      "Director of Nursing at Hollow Hospital, Ade Bello, opened the session.",
    ].join("\n");
    const { found } = analyseText(text, none);
    const roles = found.roles.map((r) => [found.people.get(r.person)!.label, r.role, r.organisation?.label]);
    expect(roles).toEqual([
      ["Rosa Diaz", "Leader", "Eastfield Council"],
      ["Sam Park", "Chief Economist", "Grant Institute"],
      ["Lena Fox", "director", "Kirkby Trust"],
      ["Ade Bello", "Director of Nursing", "Hollow Hospital"],
    ]);
    expect(found.people.get("rosa diaz")!.titled).toBe("Cllr Rosa Diaz");
  });

  it("links a titled name to the registry entry without the title, and finds later surname mentions", () => {
    const known = new KnownEntities([{ id: "rosa-diaz", type: "person", label: "Rosa Diaz", aliases: [] }]);
    const text =
      "Cllr Rosa Diaz, Leader of Eastfield Council, spoke first.\nLater, Diaz said the budget was too small.";
    const { found } = analyseText(text, known);
    expect(found.people.get("rosa diaz")!.signals.has("known")).toBe(true);
    expect(found.mentions.map((m) => [text.slice(m.start, m.end), m.how])).toEqual([
      ["Rosa Diaz", "name"],
      ["Diaz", "short"],
    ]);
  });

  it("attributes quotes before and after the name, through pronouns and over paragraphs", () => {
    const text = [
      "Ann Lee, Director of Housing at Northtown Council, and Bo Chan, a Fellow at the Policy Lab, spoke.",
      "“Rents are rising faster than wages in every town we know,” said Lee.",
      "She added that councils had no money.",
      "“We cannot build without a five-year settlement from the government.”",
      "Chan disagreed:",
      "“The money is there; the land is the problem for every council.",
      "Sites are held back by developers waiting for prices to rise.”",
    ].join("\n");
    const { speeches, found } = analyseText(text, none);
    expect(speeches.map((s) => [found.people.get(s.speaker)!.label, slices(text, s.sentences)])).toEqual([
      ["Ann Lee", ["Rents are rising faster than wages in every town we know"]],
      ["Ann Lee", ["We cannot build without a five-year settlement from the government."]],
      [
        "Bo Chan",
        [
          "The money is there; the land is the problem for every council.",
          "Sites are held back by developers waiting for prices to rise.",
        ],
      ],
    ]);
  });
});

describe("quotes split around their attribution", () => {
  it("gives the second part of “…,” Name said. “…” to the same speaker", () => {
    const text = [
      "Ann Lee, Director of Housing at Northtown Council, and Bo Chan, a Fellow at the Policy Lab, spoke.",
      "Chan said the market would sort it out.",
      "“Rents are rising faster than wages in every town,” Lee said. “Councils have no land left to build on.”",
    ].join("\n");
    const { speeches, found } = analyseText(text, none);
    expect(speeches.map((s) => found.people.get(s.speaker)!.label)).toEqual(["Ann Lee", "Ann Lee"]);
  });
});

describe("recommendations", () => {
  it("takes statements of what should be done, not questions or reports of a noun", () => {
    expect(isRecommendation("The government should fund councils for five years.")).toBe(true);
    expect(isRecommendation("We need to trust local authorities more.")).toBe(true);
    expect(isRecommendation("We recommend a single budget for each area.")).toBe(true);
    expect(isRecommendation("What should councils be measured against?")).toBe(false);
    expect(isRecommendation("The recommendations will be sent to the government.")).toBe(false);
    expect(isRecommendation("They have to a point.")).toBe(false);
  });
});

describe("adding a source", () => {
  it("spots the damaged character of the seed text and says which field repairs it", () => {
    const seed = readFileSync(join(DATA_DIR, "sources/luc-inquiry-sessions-march-2023.txt"), "utf8");
    expect(detectDamagedCharacter(seed)).toMatchObject({ character: "โ", codePoint: "U+0E42", count: 36 });
    const clean = readFileSync(join(DATA_DIR, "sources/luc-ics-session-2023.txt"), "utf8");
    expect(detectDamagedCharacter(clean)).toBeUndefined();
    // A PDF's footnote marks, kept as superscript digits on the words they follow, are no damage.
    const marked = "The weir was not inspected.¹ The council will survey it in May.¹ Its report is due in June.¹ ";
    expect(detectDamagedCharacter(marked.repeat(3))).toBeUndefined();
  });

  it("makes the id from the title, and names the option of a bad value", () => {
    expect(slugify("Councils’ budgets: what now? (2024)")).toBe("councils-budgets-what-now-2024");
    // A long title is cut at the last whole word that fits in 60 characters, not after "the market" of "the market towns".
    expect(slugify("River towns forum: funding health visitors in the market towns of the Riverside valley")).toBe(
      "river-towns-forum-funding-health-visitors",
    );
    const bytes = new TextEncoder().encode("text");
    expect(sourceMeta({ title: "A Title", origin: "x" }, bytes).meta).toMatchObject({ id: "a-title", kind: "article" });
    expect(sourceMeta({ title: "A Title", origin: "x", date: "March 2024" }, bytes).problems).toEqual([
      {
        option: "--date",
        message: "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD",
        value: "March 2024",
        hint: 'write it "2024-03"; give the date the text states, or only what it states: YYYY-MM or YYYY',
      },
    ]);
  });
});
