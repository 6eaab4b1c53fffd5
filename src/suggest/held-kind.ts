// The kind of a proposal the rules hold back (not in recommendations.ts, KEPT), in a reviewer's words: one wording for
// the draft's header and Review's possible recommendations. Types only, so the server loads no language model for it.
import type { ProposalFacts } from "./recommendations.js";

const TRIGGER_WORDS: Record<ProposalFacts["trigger"], string> = {
  call: "a call",
  recommend: "a “recommend”",
  want: "a wish (“want”, “would like”)",
  should: "a “should”",
  must: "a “must”",
  need: "a “need to”",
  "other-modal": "a phrase of obligation (“it is vital to”, “it is time to” or the like)",
  imperative: "an imperative",
  list: "a list item",
};

/** The modal kinds, whose words the label quotes as the passage has them. */
const MODAL = new Set<ProposalFacts["trigger"]>(["should", "must", "need", "other-modal"]);

/**
 * What made a held passage a proposal, in its own words: "There ought to be …" is an “ought to”, not a “should”;
 * "Give councils … and let us get on with it" is an imperative, not an “ought”.
 */
function triggerWords(facts: ProposalFacts): string {
  const said = facts.said?.trim().toLowerCase().replace(/\s+/gu, " ");
  if (!said || !MODAL.has(facts.trigger)) return TRIGGER_WORDS[facts.trigger];
  if (/^let(?:['’]s|\s+us)\b/u.test(said)) return "an imperative (“let us …”)";
  // A long match ("agreed that the fund be kept") says less than the kind's own wording.
  if (said.split(" ").length > 4) return TRIGGER_WORDS[facts.trigger];
  return `${/^[aeiou]/u.test(said) ? "an" : "a"} “${said}”`;
}

/** The kind of a held proposal, as a reviewer reads it: what made it one and where the text has it. */
export function heldKind(facts: ProposalFacts): string {
  const what = triggerWords(facts);
  switch (facts.path) {
    case "speech":
    case "speech-around":
      return `${what} in a speaker's own words`;
    case "reported":
      return `one person's view, reported (${what})`;
    case "question":
      return `a question that names someone's proposal`;
    case "panel":
      return `${what} in the panel's own statement`;
    case "narrative":
      if (facts.subject === "we") return `the text's own “we” (${what})`;
      if (facts.proposer === "person") return `one person's view in the text's narrative (${what})`;
      return facts.trigger === "call" ? "a call the text reports" : `${what} in the text's narrative`;
    default:
      return `${what}, of a kind not drafted`;
  }
}
