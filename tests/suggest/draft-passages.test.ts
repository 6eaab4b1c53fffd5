// What a draft writes of a passage: an affiliation rests on no fragment cut across someone else's quotation, a
// recommendation's text is the proposal and not the sentence that reports it, a panel's agreement is agreed on the
// subject its section heading names, and a hearing's date is a `date` fact. Texts and names are ours.
import { describe, expect, it } from "vitest";
import type { LoadedSource } from "../../src/model/corpus.js";
import { KnownEntities } from "../../src/suggest/known.js";
import { proposalText } from "../../src/suggest/recommendations.js";
import { suggestAnnotations } from "../../src/suggest/suggest.js";

function draftOf(id: string, text: string, meta: Record<string, string> = {}) {
  const source = { file: `sources/${id}.txt`, text, meta: { id, title: text.split("\n")[0], ...meta } };
  return suggestAnnotations(source as unknown as LoadedSource, new KnownEntities([]), new Set([id]), {
    themeParents: new Map(),
  });
}

const quotesOf = (text: string, evidence: { start: number; end: number }[]) =>
  evidence.map((e) => text.slice(e.start, e.end));

describe("a draft's passages", () => {
  it("ties a person to a body by the sentence that does, not by a fragment cut across another's quotation", () => {
    const text =
      "Fenby council names new chief executive\n\n" +
      "Fenby Borough Council has appointed Rosa Quell as its Chief Executive from 1 March 2026, after a year as " +
      "acting head of the authority.\n\n" +
      "Councillor Tom Reyes, Leader of Fenby Borough Council, said: “Rosa has led our case for the harbour wall " +
      "with real determination, and she has the trust of residents.”\n\n" +
      "Ms Quell said she would make the harbour wall her first priority.\n";
    const draft = draftOf("fenby-council-names-new-chief-executive", text);
    const ties = draft.claims.filter((c) => c.relation === "affiliated-with" && c.from === "rosa-quell");
    for (const tie of ties) {
      for (const quote of quotesOf(text, tie.evidence)) expect(quote).not.toMatch(/“Rosa$/u);
    }
    expect(ties.flatMap((t) => quotesOf(text, t.evidence))).toEqual([
      "Fenby Borough Council has appointed Rosa Quell as its Chief Executive from 1 March 2026, after a year as " +
        "acting head of the authority.",
    ]);
  });

  it("gives a recommendation the proposal as its text, the sentence that reports it as its evidence", () => {
    const text =
      "Fenby Harbour Forum: who pays for the quay?\n\n" +
      "The second Fenby Harbour Forum met on 3 June 2026. The panel was chaired by Nora Pell, Director of the " +
      "Quayside Institute.\n\n" +
      "The panellists were Rosa Quell, Deputy Chief Executive of Fenby Borough Council, and Ivo Marsh of the " +
      "Harbour Users Trust.\n\n" +
      "Opening the discussion, Rosa Quell said that her council “cannot keep mending a hundred-year-old quay out " +
      "of the parking budget”. She repeated her call for central funding of the repair of existing quays.\n";
    const draft = draftOf("fenby-harbour-forum-who-pays-for-the-quay", text);
    const sentence = "She repeated her call for central funding of the repair of existing quays.";
    const recommendation = draft.entities.find((e) => e.section === "recommendations");
    expect(recommendation?.text).toBe("Central funding of the repair of existing quays");
    const recommends = draft.claims.find((c) => c.relation === "recommends" && c.to === recommendation?.id);
    expect(quotesOf(text, recommends?.evidence ?? [])).toEqual([sentence]);
  });

  it("keeps both marks of a quoted fragment that opens a recommendation's text", () => {
    expect(
      proposalText(
        "At the quay meeting Ivo Marsh went on to call for “a full account” " + "of the money set aside for the quay.",
      ),
    ).toBe("“A full account” of the money set aside for the quay");
    // A sentence that is the proposal is its own text.
    expect(proposalText("The council should publish the cost of the quay.")).toBe(
      "The council should publish the cost of the quay.",
    );
  });

  it("drafts a panel's agreement as agreed on the subject its section's heading names and the sentence repeats", () => {
    const text =
      "Fenby Harbour Forum: who pays for the quay?\n\n" +
      "The second Fenby Harbour Forum met on 3 June 2026. The panel was chaired by Nora Pell, Director of the " +
      "Quayside Institute.\n\n" +
      "The panellists were Rosa Quell, Deputy Chief Executive of Fenby Borough Council, and Ivo Marsh of the " +
      "Harbour Users Trust.\n\n" +
      "Moving moorings and tenant consent\n\n" +
      "Ivo Marsh said that the trust had asked boat owners in four harbours what they wanted.\n\n" +
      "The panellists agreed that no tenant should lose a mooring without their consent.\n";
    const draft = draftOf("fenby-harbour-forum-who-pays-for-the-quay", text);
    const agreed = draft.claims.filter((c) => c.relation === "agreed-on");
    expect(agreed.map((c) => draft.entities.find((e) => e.id === c.to)?.label)).toEqual(["Tenant consent"]);
    expect(quotesOf(text, agreed[0]!.evidence)).toEqual([
      "The panellists agreed that no tenant should lose a mooring without their consent.",
    ]);
    expect(agreed[0]!.evidence.map((e) => e.kind)).toEqual(["summary"]);
  });

  it("drafts the date a hearing's title block gives as the session's date, on the words that give it", () => {
    const id = "oral-evidence-harbour-walls";
    const text =
      "Oral evidence: Harbour walls\n\nFenby Coast Committee\n\nTuesday 9 June 2026\n\n" +
      "Members present: Ann Bell (Chair); Tom Reyes.\n\nWitnesses: Carl Dunn, Director, Fenby Harbour Trust.\n\n" +
      "Examination of witnesses\n\nQ1 Chair: Is the formula fair?\n\nCarl Dunn: No. The formula favours " +
      "expensive property over poorer harbour towns.\n";
    const draft = draftOf(id, text, { kind: "transcript" });
    const session = draft.entities.find((e) => e.section === "sessions");
    expect(session?.label).toBe("Fenby Coast Committee: Harbour walls, 9 June 2026");
    expect(draft.attributes?.map((a) => ({ ...a, evidence: quotesOf(text, a.evidence) }))).toEqual([
      { entity: session!.id, name: "date", value: "2026-06-09", evidence: ["Tuesday 9 June 2026"] },
    ]);
  });

  it("dates a session prose names by its body and day, on the sentence that gives the day", () => {
    const text =
      "Harbour walls: committee hears from trust\n\n" +
      "The Fenby Coast Committee heard evidence on 9 June 2026 from Carl Dunn, Director of the Fenby Harbour Trust, " +
      "and Rosa Quell, Chief Executive of Fenby Borough Council.\n\n" +
      "Carl Dunn told the committee that the formula favours expensive property.\n\n" +
      "Rosa Quell said the council could not raise the local contribution the formula demands.\n";
    const draft = draftOf("harbour-walls-committee-hears-from-trust", text);
    const session = draft.entities.find((e) => e.section === "sessions");
    expect(draft.attributes?.map((a) => [a.entity, a.value, quotesOf(text, a.evidence)[0]?.slice(0, 50)])).toEqual([
      [session!.id, "2026-06-09", "The Fenby Coast Committee heard evidence on 9 June"],
    ]);
  });
});
