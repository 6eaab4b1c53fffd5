// Round 15: quote attribution in transcript forms read from the blind misses of set 16: a US network's rush transcript
// of a hearing (speakers in capitals, "NAME, POST:" or "REP. NAME (R-XX):" at first, the surname alone after; turns
// that are only "(inaudible)."), and a UK committee's transcript as a document-sharing site gives it, all one run of
// text; in prose, a quotation's credit line that gives a post, firm or rank before the name it ends with ("-Fenby
// Oysters CEO Ann Bell", "” – Harbour Board chair Ann Bell"). Every name, body and word here is invented for these
// tests.
import { describe, expect, it } from "vitest";
import {
  directQuotesIn as quotesOf,
  draftOf,
  paragraphsText as lines,
  saidByIn as saidBy,
} from "../../../helpers/draft.js";
import { analyseText, type Draft } from "../../../../src/suggest/suggest.js";
import { KnownEntities } from "../../../../src/suggest/known.js";

const peopleOf = (draft: Draft) =>
  draft.entities
    .filter((e) => e.section === "people")
    .map((e) => e.label)
    .sort();

describe("a network's rush transcript: names in capitals, a post or party at first, then the surname alone", () => {
  const text = lines(
    "Evening Desk",
    "Treasury Secretary Questioned By Senate Panel. Aired 4-4:30p ET",
    "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
    "[16:02:10]",
    "MARGARET OKAFOR, U.S. TREASURY SECRETARY: The fund was never meant to cover the harbour loans. That is a separate account.",
    "SEN. DALE PRUITT (R-OK): Thank you.\n\nYield.",
    "HELEN VOSS (D-VT): The senator yields. Senator Tamlin?",
    "TAMLIN: Secretary Okafor, did you approve the transfer yourself?",
    "OKAFOR: Which transfer do you mean?",
    "TAMLIN: (inaudible).",
    "OKAFOR: Not that I recall the details of it.",
    "TAMLIN: The one in March, signed by your office.",
    "OKAFOR: I cannot say more than that today.",
    "PRUITT: Will the committee see the March papers?",
    "OKAFOR: The senator will have them in writing.",
    "PRUITT: (inaudible)...",
  );
  const draft = draftOf(text);

  it("reads the names, not the posts, as people", () => {
    expect(peopleOf(draft)).toEqual(expect.arrayContaining(["Margaret Okafor", "Dale Pruitt", "Helen Voss"]));
    expect(peopleOf(draft).filter((p) => /TREASURY|SECRETARY|SEN\./u.test(p))).toEqual([]);
  });

  it("gives a surname's turn to the one its first label named in full", () => {
    expect(saidBy(draft, "Which transfer do you mean?")).toEqual(["Margaret Okafor"]);
    expect(saidBy(draft, "I cannot say more than that today.")).toEqual(["Margaret Okafor"]);
    expect(saidBy(draft, "The fund was never meant")).toEqual(["Margaret Okafor"]);
  });

  it("ends the chair's turn at the next surname's label", () => {
    expect(saidBy(draft, "did you approve the transfer")).not.toContain("Helen Voss");
    expect(saidBy(draft, "The senator yields.")).toEqual(["Helen Voss"]);
  });

  it("gives no one a turn that is only a note in brackets", () => {
    expect(quotesOf(draft).filter(([, , q]) => /^\(inaudible\)/u.test(q))).toEqual([]);
  });
});

describe("a UK committee's transcript run together into one paragraph", () => {
  const text =
    [
      "Coastal Affairs Committee Oral evidence: Harbour fees, HC 412 Wednesday 4 March 2026 Ordered by the House of Commons to be published on 4 March 2026.",
      "Watch the meeting Members present: Dame Ursula Penhallow (Chair); Tobias Wren; Mrs Nadia Colclough; Fergus Abernant.",
      "Questions 40 - 77 Witnesses I: Odile Brassard, Director, Fenby Harbour Growers; and Tomas Quill, Chief Engineer, Harbour Science Branch.",
      "Examination of witnesses Witnesses: Odile Brassard and Tomas Quill.",
      "Q40 Chair: Good morning and welcome to this session on harbour fees. Thank you both for coming.",
      "Odile Brassard: Thank you for having us.",
      "Chair: Before we begin, members will declare their interests. I am a trustee of a sailing charity.",
      "Tobias Wren: I am a member of the Fenby Harbour Growers.",
      "Fergus Abernant: I have nothing to declare this time.",
      "Chair: Mr Quill, do the fees cover the harbour's upkeep?",
      "Tomas Quill: They cover about half of it.",
    ].join(" ") + "\n";
  const draft = draftOf(text);

  it("gives each turn to the one its label names", () => {
    expect(saidBy(draft, "Thank you for having us.")).toEqual(["Odile Brassard"]);
    expect(saidBy(draft, "I am a member of the Fenby Harbour Growers.")).toEqual(["Tobias Wren"]);
    expect(saidBy(draft, "I have nothing to declare this time.")).toEqual(["Fergus Abernant"]);
    expect(saidBy(draft, "They cover about half of it.")).toEqual(["Tomas Quill"]);
  });

  it("gives the chair's turns, the first numbered one too, to the chair the members list names", () => {
    expect(saidBy(draft, "Good morning and welcome to this session")).toEqual(["Ursula Penhallow"]);
    expect(saidBy(draft, "I am a trustee of a sailing charity.")).toEqual(["Ursula Penhallow"]);
  });

  it("quotes no label and no part of the title block", () => {
    expect(quotesOf(draft).filter(([, , q]) => /Members present|Chair:|Tomas Quill:|Questions 40/u.test(q))).toEqual(
      [],
    );
  });
});

describe("a quotation's credit line: post, firm or rank, then the name that ends it", () => {
  /** Who the reading gives the quotation holding some words to. */
  const speakers = (text: string) => {
    const reading = analyseText(text, new KnownEntities([]));
    return {
      get: (words: string) => {
        const speech = reading.speeches.find((s) => text.slice(s.quote.start, s.quote.end).includes(words));
        return speech && reading.found.people.get(speech.speaker)?.label;
      },
    };
  };

  it("reads the name at the end of a dash line under a quotation", () => {
    const said = speakers(
      lines(
        "What Three Growers Say About Harbour Fees",
        "The case for lower harbour fees is strong, and it is not only ours. Here is what growers along the coast say.",
        "“Our decision to keep the boats in Fenby will cost us, and it is one we expect to regret within a year.”\n-Fenby Oysters CEO Marcus T. Hollowell",
        "“If the harbour cannot keep its growers, the town has nothing left to sell in the summer.”\n-Tidewater Farms co-founder Priya Santangelo",
        "“Fees went up three times in two years and nobody asked us once.”\n-Marlow-based skipper Dennis Overbeck",
      ),
    );
    expect(said.get("Our decision to keep the boat")).toBe("Marcus T. Hollowell");
    expect(said.get("If the harbour cannot keep it")).toBe("Priya Santangelo");
    expect(said.get("Fees went up three times in t")).toBe("Dennis Overbeck");
  });

  it("reads the name at the end of a dash on the quotation's own line", () => {
    const said = speakers(
      lines(
        "The forum closed with a panel on the coast guard, opened by Alis Fenwright and chaired by Ruth Calloway.",
        "“I am firmly convinced that the coast guard will stay as strong next year as it was this year” – Harbour Board chair Alis Fenwright",
        "“Closing would be a disaster… waiting would be almost as bad” – Ruth Calloway on the future of the harbour board",
      ),
    );
    expect(said.get("I am firmly convinced that th")).toBe("Alis Fenwright");
    expect(said.get("Closing would be a disaster…")).toBe("Ruth Calloway");
  });
});
