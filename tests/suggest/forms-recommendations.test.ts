// Recommendations in the forms real texts use: the modal or the calling verb is there ("should", "must", "call for",
// "need to", "propose"), but the sentence proposes nothing — a question reported or a condition, what a law or a
// scheme does, a call of the past already met, a prediction or an obligation in force, a chair's procedure — next to
// sentences of the same shape that do propose something. Every sentence here is invented for this test.
import { describe, expect, it } from "vitest";
import { isProposal, isRecommendation } from "../../src/suggest/recommendations.js";
import { draftOf, labelIn } from "../helpers/draft.js";

const proposes = (s: string) => expect(isRecommendation(s), s).toBe(true);
const proposesNothing = (s: string) => expect(isRecommendation(s), s).toBe(false);

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
      "The grant was spent as recommended by the auditor in 2021.",
      "A levy on second homes was first proposed under the last government but never passed.",
      "The plans must be approved by MPs and peers, who could propose further changes, before they become law.",
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
    proposes("Ahead of the Budget, harbour masters are warning of the urgent need for dredging money.");
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
    proposes("I hope the Government will set out in the next Budget how harbours will be funded.");
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
    proposes("She added that the government will need to put money into the ferries.");
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

describe("recommendations in a draft", () => {
  it("drafts the calls of a news report, not the law it describes or the forecast", () => {
    const draft = draftOf(
      [
        "Harbour Watch calls for a five-year dredging fund",
        "",
        "Harbour Watch has called for a five-year fund to dredge the county's small harbours.",
        "Under the current rules, harbour boards must pay for dredging from mooring fees.",
        "The charity had called for a survey of every harbour in 2019, which was adopted the next year.",
        "Fees should rise again by the spring, the boards said.",
        "Ministers should guarantee the fund until 2032, the charity said.",
      ].join("\n"),
    );
    const recommended = draft.claims
      .filter((c) => c.relation === "recommends")
      .map((c) => labelIn(draft, c.to))
      .sort();
    expect(recommended).toEqual([
      "Harbour Watch calls for a five-year dredging fund",
      "Harbour Watch has called for a five-year fund to dredge the county's small…",
      "Ministers should guarantee the fund until 2032, the charity said",
    ]);
  });
});
