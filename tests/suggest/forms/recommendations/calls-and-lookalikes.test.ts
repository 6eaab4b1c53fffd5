// Recommendations in the forms real texts use: the modal or the calling verb is there ("should", "must", "call for",
// "need to", "propose"), but the sentence proposes nothing — a question reported or a condition, what a law or a
// scheme does, a call of the past already met, a prediction or an obligation in force, a chair's procedure — next to
// sentences of the same shape that do propose something. Every sentence here is invented for this test.
import { describe, expect, it } from "vitest";
import {
  introducesProposals,
  isProposal,
  proposalLabel,
  readProposal,
} from "../../../../src/suggest/recommendations.js";
import type { LoadedSource } from "../../../../src/model/corpus.js";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { suggestAnnotations } from "../../../../src/suggest/suggest.js";
import { draftEveryProposal, draftOf, labelIn, proposes, proposesNothing } from "../../../helpers/draft.js";

describe("recommendations: questions reported and conditions", () => {
  it("leave out a question put in reported speech and a condition", () => {
    for (const s of [
      "The inquiry will consider whether parish councils should run their own bus routes.",
      "It remains unclear whether the regulator must approve each new reservoir.",
      "If the government should decide to delay the levy, councils would lose a year of income.",
      "Should the bill pass its third reading, every landlord will need a licence.",
      "Should ministers reject the plan, the board said it would go to court.",
      "Unless the council must by law consult, it rarely does.",
      "Two of the witnesses said they should, but the third warned that the rules would take years to write.",
    ]) {
      proposesNothing(s);
    }
  });

  it("keep a proposal whose condition comes after it", () => {
    proposes("Councils should be able to set their own bus fares if they run the routes.");
    proposes("If the scheme is to work, ministers must fund it for ten years.");
  });
});

describe("recommendations: what a law or a scheme does", () => {
  it("leave out what a bill, a fund or a set of rules requires", () => {
    for (const s of [
      "Under the bill, councils would have to publish a flood plan every five years.",
      "Under the new rules, landlords must register each property with the council.",
      "The fund must be spent by March, or the money goes back to the Treasury.",
      "Applicants must show that they have lived in the valley for three years.",
      "Schools must now publish their sports budgets online.",
      "Councils are required to keep a register of empty homes.",
      "The proposed bypass would cut through two nature reserves.",
      // A possessive in the noun phrase: a proposal named, not made.
      "The survey covered much ground, from the Government's proposed sale of the river locks to the trust, to moorings.",
      "Walkers were told to follow the council’s recommended route around the quarry.",
      "The grant was spent as recommended by the auditor in 2021.",
      "A levy on second homes was first proposed under the last government but never passed.",
      "The rules must be passed by MPs and peers, who could propose more amendments, before they take effect.",
      "The white paper extends the standard to boats, meaning owners must fit smoke alarms.",
    ]) {
      proposesNothing(s);
    }
  });

  it("keep a proposal about what a law should do", () => {
    proposes("The bill should require councils to publish a flood plan every five years.");
    proposes("Landlords must be made to register each property with the council.");
    proposes("More money is required to keep rural bus routes running.");
    proposes("Councils now need to set out how the new flood rules will be enforced.");
  });
});

describe("recommendations: calls of the past and calls not made", () => {
  it("leave out a call already met and a call someone did not make", () => {
    for (const s of [
      "The trust had called for a tourist levy in 2019, which was adopted the next year.",
      "Campaigners had long urged a ban on peat sales.",
      "The report stopped short of calling for a ban on new marinas.",
      "The minister did not call for any new spending on the ferries.",
      "The panel declined to recommend a cap on second homes.",
    ]) {
      proposesNothing(s);
    }
  });

  it("keep a call reported in the past tense: it is still the caller's proposal", () => {
    proposes("The trust called for a tourist levy on overnight stays.");
    proposes("Harbour Watch urges ministers to fund dredging for five years.");
  });
});

describe("recommendations: a need stated as a call", () => {
  it("keep 'we desperately need' and a call reported as warning of the need for something", () => {
    proposes("We desperately need a boost to the harbour fund before the winter storms.");
    proposes("Ahead of the Budget, harbour masters are warning of the pressing need for dredging money.");
    proposes("The trust stressed the need to guarantee the ferry for ten years.");
  });
});

describe("recommendations: what is vital, and a quoted fragment", () => {
  it("keep 'it was “vital” the sector had …' and 'it is crucial that …'", () => {
    proposes("Harbour masters said it was “vital” the boards had time to prepare for the changes.");
    proposes("It is crucial that ministers fund the ferry for another ten years.");
    proposesNothing("The ferry is vital to the economy of the whole island.");
  });

  it("do not read a fragment quoted inside a sentence as an imperative", () => {
    expect(isProposal("give harbours more certainty to plan their dredging")).toBe(false);
    expect(isProposal("Give harbours more certainty to plan their dredging.")).toBe(true);
    const draft = draftOf(
      "Ann Kerr, chief executive of Harbour Watch, said the fund was “long overdue” and would “give harbours more certainty to plan their dredging”.",
    );
    expect(draft.claims.filter((c) => c.relation === "recommends")).toEqual([]);
  });
});

describe("recommendations: wanting something done", () => {
  it("keep 'X wants the rules rewritten so that …' and 'I hope the Government will …'", () => {
    proposes("The harbour trust wants the mooring rules rewritten so that small boats pay half.");
    proposesNothing("The harbour trust wanted to know how the mooring rules were written.");
    proposes("I hope the Government will explain in the next Budget how harbours will be funded.");
    proposesNothing("I hope the weather will hold for the regatta on Saturday.");
  });
});

describe("recommendations: predictions and what we must remember", () => {
  it("leave out a forecast and a reminder", () => {
    for (const s of [
      "Ferry fares should rise again by the spring, the operator said.",
      "The new bridge should open later this year.",
      "Councils will have to find further savings next year.",
      "We need to remember that the harbour was built for fishing boats.",
      "We must not forget how much the village has already given up.",
      "You have to bear in mind that most of these boats are fifty years old.",
    ]) {
      proposesNothing(s);
    }
  });

  it("keep a proposal with the same words", () => {
    proposes("Ferry fares should be frozen until the new bridge opens.");
    proposes("We need to fund the harbour for the next twenty years.");
    proposes("She added that the government will need to invest in the ferries.");
    proposes("Ferry users welcomed the timetable but said more work was needed to cut fares.");
  });
});

describe("recommendations: a chair's procedure", () => {
  it("leave out moving on, declaring an interest and notes to members", () => {
    for (const s of [
      "I am afraid we must move on to the next panel now.",
      "I should declare an interest as a trustee of the harbour trust.",
      "Members should note that the witness has sent a written answer.",
      "We will have to stop there because the division bell is ringing.",
      "I must ask witnesses to keep their answers short.",
      "I should be grateful if you could write to us with the figures.",
    ]) {
      proposesNothing(s);
    }
  });

  it("keep a chair's proposal", () => {
    proposes("We must move the ferry contract to a five-year term.");
  });
});

describe("recommendations: the clause the modal or the calling verb stands in", () => {
  it("leave out a duty a relative clause describes, but keep a main clause after a relative clause with its own verb", () => {
    proposesNothing("Landlords who must register each property pay a fee of fifty pounds.");
    proposesNothing("The plan that councils must follow runs to ninety pages.");
    proposesNothing("It is good to see changes in the harbour trusts that call for a gentler approach.");
    proposes("Councils which have lost their bus routes should be given the money back.");
    proposes("The groups that make up the harbour network have called on ministers to fund dredging.");
    proposes("It is a mooring rule that needs to be rewritten from scratch.");
  });

  it("leave out a modal inside a condition, a time, a reason or a concession, wherever the clause stands", () => {
    for (const s of [
      "Once the bill passes councils must publish a flood plan every year.",
      "Although councils must balance their books, the harbour grant keeps falling.",
      "If the government, as many expect, should decide to delay the levy, harbours would lose a year of income.",
      "The review explains why harbour boards should care about river quality.",
      "The boards were glad of the grant because they must dredge every spring.",
    ]) {
      proposesNothing(s);
    }
    proposes("When it comes to harbours, we need a ten-year settlement from the Treasury.");
    proposes("The reforms could help if they are done properly, but there must be money in place to pay for them.");
  });

  it("leave out what the speaker must do, and keep what they would like someone else to do", () => {
    proposesNothing("I must leave at four for another meeting in the town hall.");
    proposesNothing("I need to check those dredging figures with my team first.");
    proposes("I think the Government should fund the dredging of every small harbour.");
    proposes("I should like to see the Department publish the dredging figures every month.");
  });

  it("keep 'it is time to' and 'it's high time', not a time that was", () => {
    proposes("It is time to scrap the annual bidding rounds for harbour money.");
    proposes("It's high time ministers gave harbour boards a five-year settlement.");
    proposesNothing("It was time to go home after a long day of evidence on the harbours.");
  });
});

describe("recommendations: more ways real texts make a call", () => {
  it("keep advocacy, pressing, asking and wanting someone to act", () => {
    for (const s of [
      "The trust spent the evening making the case for a harbour levy on visiting yachts.",
      "We will be pressing for extra money to be set aside for dredging in the spring budget.",
      "Harbour councillors are to press the Council to spend more on the slipways.",
      "Her column argued for a single harbour authority for the whole estuary.",
      "His article came out firmly in favour of a tax on second homes in harbour villages.",
      "I am asking the Secretary of State to withdraw the new mooring charges.",
      "The trust wants the mooring charges to be frozen until the dredging is done.",
      "The port has been vocal about the need for a proper dredging grant from government.",
      "Reform of the mooring charges is essential if small harbours are to survive.",
      "So by all means, let's rewrite the mooring charges so that they work for small boats.",
      "The board agreed that a review group be formed to look at the dredging costs.",
      "The review said that the mooring regime needed to be fairer to small boats.",
    ]) {
      proposes(s);
    }
  });

  it("leave out the same words where nobody calls for anything", () => {
    for (const s of [
      "The trust took its harbour campaign to the county show in August.",
      "A minister will close the debate, and no vote may be called on the matter.",
      "The boards said the dredging would not pay with the contributions first proposed.",
      "Councillors voted in favour of the harbour budget by twelve votes to four.",
      "Passengers have to wait five weeks for the ferry to be repaired each spring.",
      "Harbour users need to learn from experience that the tides can turn quickly.",
      "One of the things the survey found was the need to keep the slipways open.",
      "The trust asked harbour users for their views on what the board ought to fund first.",
      "We are asking volunteers to turn up at six in the morning to clear the slipway.",
      "I also have to warn you that the café is shut during the sitting.",
      "The trust wanted to know how the mooring charges had been set.",
    ]) {
      proposesNothing(s);
    }
  });

  it("keep a call made in a clause of contrast, not one made in a condition", () => {
    proposes("The board wants the charges kept, while the trust is calling for them to be scrapped.");
    proposesNothing("The board will act when the trust calls for a new survey of the estuary.");
  });

  it("in a transcript, drafts nothing from the notice on the transcript's use", () => {
    const draft = draftEveryProposal(
      [
        "Harbours Committee",
        "Uncorrected oral evidence: Small harbours",
        "Tuesday 3 March 2026",
        "This is an uncorrected transcript of evidence taken in public. Any public use of, or reference to, the contents should make clear that neither members nor witnesses have had the opportunity to correct the record.",
        "Members present: Ann Tolley (Chair); Tom Riggs.",
        "Witnesses",
        "I: Ruth Dyer, Chief Executive, Small Harbours Association.",
        "Examination of witness",
        "Ruth Dyer.",
        "Q1 The Chair: Welcome. What is the main problem?",
        "Ruth Dyer: Silt. The Government should fund dredging for every small harbour.",
      ].join("\n\n") + "\n",
    );
    const recommended = draft.claims
      .filter((c) => c.relation === "recommends")
      .map((c) => [labelIn(draft, c.from), labelIn(draft, c.to)]);
    expect(recommended).toEqual([["Ruth Dyer", "The Government should fund dredging for every small harbour"]]);
  });
});

describe("recommendations: the words of a label and who proposes", () => {
  const reading = (s: string) => {
    const r = readProposal(s)!;
    return {
      proposal: s.slice(r.proposal.start, r.proposal.end),
      proposer: r.proposer && s.slice(r.proposer.start, r.proposer.end),
    };
  };

  it("reads the proposer from the frame that reports the proposal, and the proposal without it", () => {
    expect(reading("Ministers should guarantee the fund until 2032, the charity said.")).toEqual({
      proposal: "Ministers should guarantee the fund until 2032",
      proposer: "the charity",
    });
    expect(reading("The harbour fund, she argued, should be extended to the estuary ports.")).toMatchObject({
      proposer: "she",
    });
    expect(reading("Ann Kerr added that councils should be allowed to run their own ferries.")).toEqual({
      proposal: "councils should be allowed to run their own ferries",
      proposer: "Ann Kerr",
    });
    expect(reading("For Ann Kerr, the culture of the harbour boards needs to change.")).toMatchObject({
      proposer: "Ann Kerr",
    });
    expect(reading("Harbour Watch urged ministers to fund dredging for five years.")).toEqual({
      proposal: "ministers to fund dredging for five years",
      proposer: "Harbour Watch",
    });
    expect(reading("The cost, said Ann Kerr – who also urged a freeze on mooring fees – is unknown.")).toMatchObject({
      proposer: "said Ann Kerr",
    });
    expect(proposalLabel("The cost, said Ann Kerr – who also urged a freeze on mooring fees – is unknown.")).toBe(
      "A freeze on mooring fees",
    );
  });

  it("labels a proposal with its own words: no frame, no opener, no reason given for it", () => {
    expect(proposalLabel("Ministers should guarantee the fund until 2032, the charity said.")).toBe(
      "Ministers should guarantee the fund until 2032",
    );
    // Who is called on, and what they should do.
    expect(proposalLabel("Harbour Watch urged ministers to fund dredging for five years.")).toBe(
      "Ministers should fund dredging for five years",
    );
    expect(proposalLabel("She called on delegates at the Fenby forum to “answer the call” from the council.")).toBe(
      "Delegates at the Fenby forum should “answer the call” from the council",
    );
    expect(proposalLabel("Residents urged the council not to close the Fenby library.")).toBe(
      "The council should not close the Fenby library",
    );
    // Not where the object is a thing: "called for a return to …".
    expect(proposalLabel("The union called for a return to weekly bin collections.")).toBe(
      "A return to weekly bin collections",
    );
    expect(proposalLabel("Second, the mooring fund must be ring-fenced, so that it cannot be spent elsewhere.")).toBe(
      "The mooring fund must be ring-fenced",
    );
    expect(proposalLabel("The trust has called for a survey of every harbour in the county.")).toBe(
      "A survey of every harbour in the county",
    );
    expect(proposalLabel("The minister closed the day, saying harbour staff must be paid for their overtime.")).toBe(
      "Harbour staff must be paid for their overtime",
    );
    expect(proposalLabel("She backed the trust's view that the port should not set its own mooring fees.")).toBe(
      "The port should not set its own mooring fees",
    );
    expect(proposalLabel("His column in favour of a tax on visiting yachts looks good on paper.")).toBe(
      "A tax on visiting yachts",
    );
    expect(proposalLabel("Mooring fees should be frozen for a year, according to the harbour trust.")).toBe(
      "Mooring fees should be frozen for a year",
    );
  });
});

describe("recommendations in a draft", () => {
  it("drafts the proposals of a news report with their callers, not the law it describes or the forecast", () => {
    // Every kind drafted (`--every-proposal`): how each is read. Which are drafted by default: recommendations.ts, KEPT.
    const draft = draftEveryProposal(
      [
        "Harbours Trust calls for dredging fund",
        "",
        "The Coastal Harbours Trust has called for a five-year dredging fund for the county's small harbours.",
        "Under the current rules, harbour boards must pay for dredging from mooring fees.",
        "The charity had called for a survey of every harbour in 2019, which was adopted the next year.",
        "Fees should rise again by the spring, the boards said.",
        "Ministers should guarantee the fund until 2032, the charity said.",
        "Ann Kerr, chief executive of the Coastal Harbours Trust, said the boards were struggling.",
        "The Government should also let boards keep their mooring fees, she said.",
      ].join("\n"),
    );
    const recommended = draft.claims
      .filter((c) => c.relation === "recommends")
      .map((c) => [labelIn(draft, c.from), labelIn(draft, c.to)]);
    // The law, the call of the past and the forecast are no proposals, whatever is drafted.
    expect(recommended).toEqual([
      ["Coastal Harbours Trust", "A five-year dredging fund for the county's small harbours"],
      ["Coastal Harbours Trust", "Ministers should guarantee the fund until 2032"],
      ["Ann Kerr", "The Government should also let boards keep their mooring fees"],
    ]);
    expect(draft.unsure).toEqual([]);
  });

  it("keeps a quoted proposal that names no theme the speaker's words on the theme around it", () => {
    const draft = draftEveryProposal(
      "Ann Kerr, chief executive of the Harbour Trust, said: “Dredging is the biggest cost we have. It should be paid for by the Treasury, not by boat owners.”",
      [{ id: "dredging", type: "theme", label: "Dredging", aliases: [] }],
    );
    const recommends = draft.claims.filter((c) => c.relation === "recommends");
    expect(recommends.map((c) => labelIn(draft, c.from))).toEqual(["Ann Kerr"]);
    const spokeOn = draft.claims.find((c) => c.relation === "spoke-on" && c.to === "dredging")!;
    expect(spokeOn.evidence.map((e) => e.quote)).toContain(
      "It should be paid for by the Treasury, not by boat owners.",
    );
  });

  it("makes a headline that reports a call and the report under it one recommendation", () => {
    // Each recommendation drafted, with how many passages state it.
    const recommendsIn = (headline: string) => {
      const claims = draftEveryProposal(
        [
          headline,
          "“Ministers must set up a five-year dredging fund for small harbours,” said Ann Kerr, chief executive of the Coastal Harbours Trust.",
        ].join("\n"),
      ).claims.filter((c) => c.relation === "recommends");
      const passages = new Map<string, number>();
      for (const c of claims) passages.set(c.to, (passages.get(c.to) ?? 0) + c.evidence.length);
      return [...passages.values()];
    };
    // A short headline is a heading: the report under it states the call.
    expect(recommendsIn("Harbour trust urges dredging fund")).toEqual([1]);
    // A long one is a sentence of its own: the same recommendation, stated twice.
    expect(
      recommendsIn("Ministers must set up a five-year dredging fund for the county's small harbours, says trust chief"),
    ).toEqual([2]);
  });

  it("in a transcript, drafts a witness's proposals, not a member's question, a condition or the chair's procedure", () => {
    const text =
      [
        "Harbours Committee",
        "Oral evidence: Small harbours, HC 412",
        "Tuesday 3 March 2026",
        "Members present: Ann Tolley (Chair); Tom Riggs; Lord Penhallow.",
        "Witnesses",
        "I: Ruth Dyer, Chief Executive, Small Harbours Association; Colin Marsh, Harbour Master, Polruan Harbour Board.",
        "Examination of witnesses",
        "Ruth Dyer and Colin Marsh.",
        "Q1 The Chair: Welcome. Should the Government fund dredging for every small harbour?",
        "Ruth Dyer: Yes. We would like to see the Department set up a five-year dredging fund. The Government should also let boards keep their mooring fees.",
        "Q2 Tom Riggs: The rules say boards must pay for dredging from fees. Must that change, in your view?",
        "Colin Marsh: I must say the rules were written for bigger ports. Boards that have lost their fishing fleets need to be given time. If the fund is to work, ministers must commit to it for ten years.",
        "The Chair: We must move on. Thank you both.",
      ].join("\n\n") + "\n";
    const draft = draftEveryProposal(text);
    const recommended = draft.claims
      .filter((c) => c.relation === "recommends")
      .map((c) => [labelIn(draft, c.from), labelIn(draft, c.to)]);
    expect(recommended).toEqual([
      ["Ruth Dyer", "We would like to see the Department set up a five-year dredging fund"],
      ["Ruth Dyer", "The Government should also let boards keep their mooring fees"],
      ["Colin Marsh", "Boards that have lost their fishing fleets need to be given time"],
      ["Colin Marsh", "Ministers must commit to it for ten years"],
    ]);
    // By default (stop 44, recommendations.ts KEPT) a speaker's "must" is drafted; the rest are listed for review.
    const byDefault = draftOf(text);
    expect(
      byDefault.claims.filter((c) => c.relation === "recommends").map((c) => [labelIn(byDefault, c.from), c.to]),
    ).toEqual([["Colin Marsh", "ministers-must-commit-to-it-for-ten-years"]]);
    expect(byDefault.unsure).toEqual([
      "We would like to see the Department set up a five-year dredging fund.",
      "The Government should also let boards keep their mooring fees.",
      "Boards that have lost their fishing fleets need to be given time.",
    ]);
  });

  it("in a write-up, gives what the panel called for to the session, labelled without the frame", () => {
    // Every kind drafted: a list's items are listed by default since stop 44 (7 of 25 right on first sight).
    const draft = draftEveryProposal(
      [
        "Small harbours roundtable",
        "The roundtable was chaired by Ann Tolley, chief executive of the Harbour Institute.",
        "Ruth Dyer, chief executive of the Small Harbours Association, spoke first.",
        "The panel called for harbour boards to keep every pound of their mooring fees.",
        "The panel also called for:",
        "- a five-year dredging fund for every small harbour;",
        "- a seat for harbour users on each board.",
      ].join("\n"),
    );
    const session = draft.entities.find((e) => e.section === "sessions")!.label;
    const recommended = draft.claims
      .filter((c) => c.relation === "recommends")
      .map((c) => [labelIn(draft, c.from), labelIn(draft, c.to)]);
    expect(recommended).toEqual([
      [session, "Harbour boards to keep every pound of their mooring fees"],
      [session, "a five-year dredging fund for every small harbour"],
      [session, "a seat for harbour users on each board"],
    ]);
  });

  it("in a comment piece, gives the author's own proposals to the author the metadata and the text name", () => {
    const text = [
      "Harbours cannot wait",
      "Small harbours have lost half their fishing boats in a decade, writes Ann Kerr.",
      "We have waited long enough for a plan.",
      "It is time to end the annual bidding rounds for harbour money.",
    ].join("\n");
    const meta = { id: "t", title: "Harbours cannot wait", publisher: "Harbour Weekly", author: "Ann Kerr" };
    const source = { file: "sources/t.txt", text, meta } as unknown as LoadedSource;
    const draft = suggestAnnotations(source, new KnownEntities([]), new Set());
    const recommended = draft.claims
      .filter((c) => c.relation === "recommends")
      .map((c) => [labelIn(draft, c.from), labelIn(draft, c.to)]);
    // "It is time to …" in the text's own voice is a modal of the narrative (DROPPED): listed for the reviewer.
    expect(recommended).toEqual([]);
    expect(draft.unsure).toEqual(["It is time to end the annual bidding rounds for harbour money."]);
  });

  it("in a blog, gives 'we need to' and 'it is time to' to the publisher (every proposal drafted)", () => {
    const text = [
      "Why small harbours need a plan",
      "Small harbours have lost half their fishing boats in a decade.",
      "We need to give every harbour board a five-year budget for dredging.",
      "It is time to end the annual bidding rounds for harbour money.",
    ].join("\n");
    const draft = draftOf(text, [], "Harbour Institute", { everyProposal: true });
    const recommended = draft.claims
      .filter((c) => c.relation === "recommends")
      .map((c) => [labelIn(draft, c.from), labelIn(draft, c.to)]);
    // Both in the text's own voice: the publisher's.
    expect(recommended).toEqual([
      ["Harbour Institute", "We need to give every harbour board a five-year budget for dredging"],
      ["Harbour Institute", "It is time to end the annual bidding rounds for harbour money"],
    ]);
    // By default both are listed for the reviewer instead: a modal of the narrative, and (since stop 31) its own "we".
    expect(draftOf(text, [], "Harbour Institute").unsure).toEqual([
      "We need to give every harbour board a five-year budget for dredging.",
      "It is time to end the annual bidding rounds for harbour money.",
    ]);
  });
});

describe("recommendations: round 3 forms", () => {
  it("leave out 'what we need to do' as the object of a clause, keep it opening a sentence", () => {
    proposesNothing(
      "The harbour board is helping us understand the changing coastline and, above all, what we need to do about it.",
    );
    proposesNothing("The survey shows the state of our harbours and what councils must do to keep them open.");
    proposes("What we need is a five-year dredging fund for every small harbour.");
  });

  it("leave out a question followed by a parenthesis of examples", () => {
    proposesNothing(
      "3- Given the state of the harbours: what should be the basis of a dredging fund? (e.g. tonnage, area)",
    );
    proposesNothing("What should councils do about silted harbours? (for example, Fenby and Marlow)");
  });

  it("leave out a wish that is no call ('we all want enough X to Y'), keep 'wants Ofsted to'", () => {
    proposesNothing("We all want enough fish in the harbour to feed the town and its visitors.");
    proposesNothing("Most families want enough room to grow their own vegetables.");
    proposes("The union wants Ofsted to inspect every harbour school by next year.");
    proposes("The trust wants the council to fund a dredging scheme for small harbours.");
  });

  it("read a warning to someone not to act as a call: 'warning farmers not to sell their land'", () => {
    proposes("The speaker closed the evening by warning harbour boards “not to sell” their moorings to developers.");
    proposes("Ann Kerr warned councils not to cut the dredging budget again.");
    proposes("She urged councils not to cut the dredging budget again.");
    proposesNothing("Ann Kerr warned that the dredging budget had been cut three times.");
  });

  it("read what a speaker talked about how something must be done as the proposal", () => {
    const s = "Ann Kerr talked about how the dredging funds needed to keep harbours open must be put in place.";
    proposes(s);
    expect(proposalLabel(s)).toBe("The dredging funds needed to keep harbours open must be put in place");
    proposes("She spoke about how councils should share dredging boats across the coast.");
    proposesNothing("She spoke about how councils had shared dredging boats across the coast.");
    proposesNothing("The inquiry will ask how councils should share dredging boats across the coast.");
  });
});

describe("recommendations: a proposal framed around a quoted fragment", () => {
  it("gives 'X says that we should “…”' to X, and nothing to a quote that opens its sentence", () => {
    const known = [{ id: "ann-kerr", type: "person" as const, label: "Ann Kerr", aliases: [] }];
    const recommended = (text: string) => {
      const draft = draftEveryProposal(text, known);
      return draft.claims.filter((c) => c.relation === "recommends").map((c) => [c.from, labelIn(draft, c.to)]);
    };
    expect(
      recommended(
        "Harbour leaders lunch\nAnn Kerr – Fenby Harbour Trust\nSmall harbours have lost half their boats. Ann Kerr says that we should “move faster on dredging and with more money”.",
      ),
    ).toEqual([["ann-kerr", "We should “move faster on dredging and with more money”"]]);
    expect(
      recommended(
        "Harbour leaders lunch\nSmall harbours have lost half their boats. Ann Kerr says that the boats were “sold for far too little money”.",
      ),
    ).toEqual([]);
  });
});

// Round 4: a modal or a calling verb is no evidence of a proposal by itself. What proposes has someone who can act
// (or "we", "you", "there", a thing to change) and an act ("fund", "publish", "be extended"); what judges a state,
// supposes, muses, exhorts everyone or describes a duty in force does not (modalEvidence in recommendations.ts).
describe("recommendations: positive evidence of a proposal", () => {
  it("leave out a state judged or supposed after the modal, keep an act or what should exist", () => {
    for (const s of [
      "Any new levy has to be affordable for the smallest firms.",
      "A nurse should never be worse off than an agency worker doing the same shift.",
      "It must be very hard for the families on the estate this winter.",
      "The figures must be encouraging for the minister.",
      "We must be doing something right, because bookings have doubled.",
      "This should be an interesting year for the county's orchards.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "Any new levy has to be approved by the assembly first.",
      "Nurses should be paid the same as agency staff for the same shift.",
      "There must be a single fund for the county's flood defences.",
      "Swimming lessons should be a protected part of the school week.",
    ]) {
      proposes(s);
    }
  });

  it("leave out a duty in force that 'have to' describes, keep 'have to' for us, for a thing to change, or now", () => {
    for (const s of [
      "Councils have to balance their budgets every year.",
      "Growers have to fill in a dozen forms to claim the grant.",
      "Operators have to give ten weeks' notice before they cut a route.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "We have to invest in prevention rather than crisis care.",
      "The annual levy has to go.",
      "The regulator has to act now on the price of school uniforms.",
      "You have to fund the posts before you can fill them.",
    ]) {
      proposes(s);
    }
  });

  it("leave out a frame of mind, an exhortation to everyone and what anyone must do", () => {
    for (const s of [
      "We need to think about what this means for the high street.",
      "We need to look at this in the round.",
      "We should be asking ourselves what kind of town we want to live in.",
      "Everyone has to play their part in keeping the park clean.",
      "All of us have to pull together on this.",
      "Young people need to feel that the town has a future for them.",
      "Every applicant needs to show two forms of identity.",
      "Residents deserve better, and they need to know the council is listening.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "We need to build two hundred social homes a year in the district.",
      "Councils need to publish their waiting lists every quarter.",
      "We should be funding prevention, not crisis care.",
    ]) {
      proposes(s);
    }
  });

  it("leave out the modal inside 'all we have to do', a hypothesis, a need denied and the speaker's own capacity", () => {
    for (const s of [
      "All we have to do is ask the right questions at the right time.",
      "Otherwise the trust would need to close a ward over the winter.",
      "You don't have to be an expert to see what has gone wrong.",
      "We must be able to keep the services every household relies on, such as libraries and parks.",
    ]) {
      proposesNothing(s);
    }
    proposes("Councils must be able to keep the income from parking fines.");
  });

  it("leave out a call forecast, a call about how things are and a vote cast, keep a call made", () => {
    for (const s of [
      "The review is expected to recommend a single regulator for the canals.",
      "The white paper will probably propose a new duty on councils.",
      "The trust spent the evening making the case for how the present harbour dues work.",
      "The council voted 32 to 10 in favour of the plan.",
      "The society's president spoke in favour of the motion.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "The charity will call on ministers to fund the scheme for five years.",
      "She argued in favour of a levy on second homes in the national park.",
    ]) {
      proposes(s);
    }
  });

  it("leave out a manner of speaking, a thought not yet an act, a reproach and a ceremony", () => {
    for (const s of [
      "It needs to be said that the sector has coped remarkably well.",
      "That needs to be looked at.",
      "I think everybody would agree that something needs to change.",
      "The government should have acted much sooner on the cladding.",
      "She proposed a vote of thanks to the speakers and the hosts.",
      "The chair called for a minute's silence for the victims of the flood.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "People should be able to see a GP within a week.",
      "The funding formula needs to be looked at again before the next settlement.",
      "Councils need more powers to tackle rogue landlords.",
    ]) {
      proposes(s);
    }
  });

  it("leave out praise, an understatement warned of and what a measure is expected to do", () => {
    for (const s of [
      "The ferry crews should be congratulated on keeping the service running all winter.",
      "We must not underestimate how hard the winter has been for the islands.",
      "The new ferry grant should help the island councils cope with the storms.",
      "That should make a real difference to families on the islands.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "The ferry grant should be doubled for the island councils.",
      "Ministers should help the island councils buy two new ferries.",
    ]) {
      proposes(s);
    }
  });

  it("keep a cleft that names who is to act ('it should be the minister looking at this'), not a judgement", () => {
    for (const s of [
      "In the end it should be the chancellor looking at the ferry contracts.",
      "It must be the council that decides where the ferry stops.",
    ]) {
      proposes(s);
    }
    for (const s of [
      "That has to be one of the worst decisions the council has made.",
      "This should be an interesting year for the island ferries.",
    ]) {
      proposesNothing(s);
    }
  });

  it("read a spoken imperative as a proposal, not a noun that opens a statement or a participle that opens a sentence", () => {
    for (const s of [
      "Support for the ferry service has fallen sharply since March.",
      "Increase in demand has been relentless all winter.",
      "Set against this, the ferry figures are not so bad.",
      "Put simply, the ferry money has run out.",
    ]) {
      expect(isProposal(s), s).toBe(false);
    }
    for (const s of [
      "Give us seven-year ferry contracts and we will bid.",
      "Ensure that every island child has a seat on the morning ferry.",
      "Make sure the ferry money is ring-fenced for the islands.",
    ]) {
      expect(isProposal(s), s).toBe(true);
    }
  });

  it("read 'would like <a body> to <act>' as a call, not 'would like you to tell us'", () => {
    for (const s of [
      "One of the things I would like the Department to do is publish the waiting times every month.",
      "We would like councils to get the money for five years at a time.",
    ]) {
      proposes(s);
    }
    for (const s of [
      "I would like you to tell us about the pilot in the north.",
      "I would like Members to keep their questions short this morning.",
    ]) {
      proposesNothing(s);
    }
  });
});

describe("recommendations: round 5, the paths beside the modal", () => {
  it("read 'let's' as 'we should': an act proposed, not an exhortation to stop or start a frame of mind", () => {
    for (const s of [
      "Let’s stop admiring the ferry problem and start admiring the answers.",
      "Let's stop worrying about the league tables and start teaching.",
      "Let’s keep talking about what the islands need.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "So by all means, let’s reform the harbour dues so that they work better.",
      "Let's fund every island council for five years at a time.",
      "Let us scrap the annual bidding rounds for ferry money.",
    ]) {
      proposes(s);
    }
  });

  it("read a spoken imperative only where it proposes an act: not an exhortation, not an errand of the listener's own", () => {
    for (const s of [
      "Stop admiring the ferry problem and start looking for the answers.",
      "Bring your friends along to the next harbour meeting on Tuesday.",
      "Make sure you register for the ferry forum before Friday.",
      "Put your questions to the panel in the chat box.",
    ]) {
      expect(isProposal(s), s).toBe(false);
    }
    for (const s of [
      "Stop charging island pensioners for the morning ferry.",
      "Give the island councils the power to run their own ferries.",
    ]) {
      expect(isProposal(s), s).toBe(true);
    }
  });

  it("leave out what 'all we have to do' names, whatever the modal", () => {
    for (const s of [
      "All we have to do is lift the phone and call the ferry line now!",
      "All you need to do is fill in the form on the harbour website.",
      "The only thing we have to do is turn up on the day.",
    ]) {
      proposesNothing(s);
    }
  });

  it("take a line as introducing proposals only where its own clause proposes, or it names proposals", () => {
    for (const l of [
      "We call on the Government to:",
      "Our recommendations:",
      "The island councils should:",
      "If the ferry is to survive, ministers must:",
      "Our asks of the next government are:",
    ]) {
      expect(introducesProposals(l), l).toBe(true);
    }
    expect(introducesProposals("What we need to do:")).toBe(true);
    // A heading that names the proposals under it needs no colon; a sentence about recommendations is no heading.
    expect(introducesProposals("Recommendations")).toBe(true);
    expect(introducesProposals("Our key recommendations")).toBe(true);
    expect(introducesProposals("The ferry board ignored the recommendations")).toBe(false);
    for (const l of [
      "The panel discussed whether island councils should:",
      "Nobody should:",
      "Members will recall that the ferry board had to:",
    ]) {
      expect(introducesProposals(l), l).toBe(false);
    }
  });

  it("keep a wish with a body to act ('hopes to see the Government clarify …'), not a wish for oneself", () => {
    for (const s of [
      "The harbour trust hopes to see the Government clarify the rules on mooring fees.",
      "We want to see every island council publish its ferry timetable a year ahead.",
      "She hoped to see ministers extend the ferry grant to the northern isles.",
    ]) {
      proposes(s);
    }
    for (const s of [
      "We hope to see many of you at the harbour festival next summer.",
      "I want to see my grandchildren grow up on the island.",
      "Visitors hope to see puffins on the cliffs in June.",
    ]) {
      proposesNothing(s);
    }
  });

  it("keep a proposal in noun form made by the text's own voice, not one reported as someone's past act", () => {
    for (const s of [
      "Our proposals to give the harbour regulator powers to fine operators are set out below.",
      "Our call is for a five-year ferry fund for every island council.",
      "We have put forward proposals to cap ferry fares for island residents.",
    ]) {
      proposes(s);
    }
    for (const s of [
      "In 2019 the harbour trust made proposals to grant the regulator new powers.",
      "The proposals to give the regulator powers were dropped after the election.",
      "Our proposals were discussed at length by the harbour board last year.",
    ]) {
      proposesNothing(s);
    }
  });

  it("leave out a rule in force, a financial pressure found and a duty described; keep the same verbs proposed", () => {
    for (const s of [
      "Landlords must register with the council before letting a property.",
      "Drivers must pay the harbour charge before midnight on the day of travel.",
      "The hospital needs to find savings of £20m this year.",
      "The island council has to save £3m by April.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "Every landlord should have to register with the council.",
      "The Treasury needs to find the money for island ferries.",
      "Ministers must pay island councils the full cost of the ferries.",
    ]) {
      proposes(s);
    }
  });

  it("drafts the items of a list of proposals that propose an act, not a question or an exhortation among them", () => {
    // Every kind drafted: a list's items are listed by default since stop 44 (7 of 25 right on first sight).
    const draft = draftOf(
      [
        "Island ferries: our asks",
        "The island ferries have lost a third of their crossings since 2019.",
        "We call on the Government to:",
        "- fund every island ferry route for ten years;",
        "- work together;",
        "- stop worrying about the headlines;",
        "- what would a fair fare be?",
        "- give island councils a seat on each ferry board.",
      ].join("\n"),
      [],
      "Island Ferries Trust",
      { everyProposal: true },
    );
    const recommended = draft.claims.filter((c) => c.relation === "recommends").map((c) => labelIn(draft, c.to));
    expect(recommended).toEqual([
      "fund every island ferry route for ten years",
      "give island councils a seat on each ferry board",
    ]);
  });

  it("leave out what 'must' asks of those a rule binds, a state of feeling and a way to read figures", () => {
    for (const s of [
      "Visitors must wear a hard hat on the harbour wall.",
      "Tenants must give two months' notice before leaving.",
      "Dog owners must keep their dogs on a lead on the quay.",
      "Something must be done, he said.",
      "The ferry figures should be treated with caution.",
      "Island councils should be worried about the figures.",
      "Readers should note that the ferry figures are provisional.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "People should be able to see a GP within a week.",
      "Ferry passengers should get a refund when a crossing is cancelled.",
      "Island councils must be given the money to run the ferries.",
    ]) {
      proposes(s);
    }
  });

  it("keep what the text says is the answer, a case made, and what is long overdue", () => {
    for (const s of [
      "Ministers would do well to listen to the island councils.",
      "The answer is to give island councils the power to run their own ferries.",
      "The solution is a ten-year funding settlement for island councils.",
      "There is a strong case for a levy on second homes on the islands.",
      "A national ferry fund is long overdue.",
    ]) {
      proposes(s);
    }
    for (const s of [
      "The answer was to close the northern route for the winter.",
      "The answer is to be found in the ferry accounts.",
      "There is no case for a levy on second homes on the islands.",
      "The morning ferry is overdue again.",
    ]) {
      proposesNothing(s);
    }
  });

  it("leave out what 'we' are to be, a standing hoped for; keep what a body is to be made", () => {
    for (const s of [
      "We need to not only be a pioneer on ferries but a model for others.",
      "We must be the island that everyone else copies.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "The ferry regulator should be a statutory body.",
      "There should be a single ferry regulator.",
      "We must be the ones speaking up for the islanders who cannot reach the mainland.",
    ]) {
      proposes(s);
    }
  });

  it("leave out a call to the room or to a speaker named by title: the event's procedure", () => {
    for (const s of [
      "The chair called on Ms Okafor to open the discussion on ferries.",
      "She called on the audience to put their questions to the ferry panel.",
      "The organisers urged delegates to complete the feedback form.",
    ]) {
      proposesNothing(s);
    }
    for (const s of [
      "The trust called on the Secretary of State to fund the island ferries.",
      "The union urged ministers to keep the ferry routes open.",
      "The chair of the trust called on delegates to take the ferry campaign to every island council.",
      "The trust called on Dr Reid to resign as chair of the ferry board.",
    ]) {
      proposes(s);
    }
  });
});
