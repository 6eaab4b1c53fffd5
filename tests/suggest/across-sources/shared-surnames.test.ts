// Stop 41 (w41 #6): a member of a committee, accepted from its first hearing with her surname as an alias (Dr Mira
// Holt, "Holt"), and a witness of the same surname at a later hearing (Dr Omar Holt). "Dr Holt" in the later
// transcript is whoever the title or the part each plays there shows: the witness where members put questions to
// "Dr Holt", the one written with the title ("Cllr Holt") where only one is; where neither tells, no one, and the
// draft's header names both for the reviewer. The texts, people and bodies are invented for this test.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../src/suggest/suggest.js";
import { addAndAccept, addSource, draftIn, growingCorpus } from "../../helpers/growing-corpus.js";

/** A hearing of the Fenby Transport Committee: its members, witnesses and exchanges, on `day` February 2024. */
const hearing = (id: string, day: number, members: string, witnesses: string, exchanges: string) => ({
  id,
  title: `Rural bus services, ${day} February 2024`,
  kind: "transcript",
  date: `2024-02-${String(day).padStart(2, "0")}`,
  text: `Fenby Transport Committee
Oral evidence: Rural bus services, HC 101
Tuesday ${day} February 2024

Members present: ${members}

Witnesses
I: ${witnesses}

Examination of witnesses

${exchanges}
`,
});

const FIRST = hearing(
  "first-hearing",
  6,
  "Ann Bell (Chair); Tom Reed; Dr Mira Holt",
  "Priya Vell, Director, Quillfield Trust",
  `Q1 The Chair: Ms Vell, what do rural routes need?

Priya Vell: Rural routes need a guaranteed bus every hour.

Q2 Dr Mira Holt: Is the depot fit for purpose?

Priya Vell: The depot at Marsh End needs rebuilding, not patching.`,
);

/** The later hearing, drafted after the first was accepted. */
function laterDraft(members: string, exchanges: string): { draft: Draft; file: string } {
  const dir = growingCorpus();
  addAndAccept(dir, FIRST);
  addSource(dir, hearing("later-hearing", 20, members, "Dr Omar Holt, Senior Engineer, Marsh University", exchanges));
  return draftIn(dir, "later-hearing");
}

/** Whom each passage holding `words` is drafted as mentioning, by its speaker. */
const mentionsIn = (draft: Draft, words: string) =>
  draft.claims
    .filter((c) => c.relation === "mentions" && c.evidence.some((e) => e.quote.includes(words)))
    .map((c) => `${c.from} → ${c.to}`);

describe("a surname two people in a hearing share", () => {
  it("is the witness where a member puts a question to them, the two alike in title", () => {
    const { draft, file } = laterDraft(
      "Ann Bell (Chair); Tom Reed; Dr Mira Holt",
      `Q10 The Chair: Dr Holt, from the engineering side?

Dr Omar Holt: The depot at Marsh End needs rebuilding, not patching.

Q11 Tom Reed: Has Dr Holt's team costed that?

Dr Omar Holt: Not yet.`,
    );
    expect(mentionsIn(draft, "Has Dr Holt's team costed that?")).toContain("tom-reed → omar-holt");
    expect(mentionsIn(draft, "Has Dr Holt's team costed that?")).not.toContain("tom-reed → mira-holt");
    // Stop 42: the question put to Dr Holt addresses him, it does not mention him (eval README, "Transcripts").
    expect(mentionsIn(draft, "Dr Holt, from the engineering side?")).toEqual(["ann-bell → rural-bus-services"]);
    expect(file).not.toContain('mira-holt (Mira Holt): "Dr Holt"');
  });

  it("is the one written with the title the short name has, even a member the chair names", () => {
    const { draft } = laterDraft(
      "Ann Bell (Chair); Tom Reed; Cllr Mira Holt",
      `Q10 The Chair: Is there a question from Cllr Holt?

Dr Omar Holt: The depot at Marsh End needs rebuilding.`,
    );
    expect(mentionsIn(draft, "Is there a question from Cllr Holt?")).toContain("ann-bell → mira-holt");
    expect(mentionsIn(draft, "Is there a question from Cllr Holt?")).not.toContain("ann-bell → omar-holt");
  });

  it("is no one's where neither tells, both named in the draft's header", () => {
    const { draft, file } = laterDraft(
      "Ann Bell (Chair); Tom Reed; Dr Mira Holt",
      `Q10 The Chair: What does the depot need?

Dr Omar Holt: I agree with what Dr Holt wrote about the depot at Marsh End.`,
    );
    expect(mentionsIn(draft, "I agree with what Dr Holt wrote")).toEqual([]);
    expect(draft.sharedNames).toEqual(['"Dr Holt": Mira Holt or Omar Holt']);
    expect(file).toContain('#   "Dr Holt": Mira Holt or Omar Holt');
  });
});
