// Stop 33, second round: an older record's layout, as a historic Hansard page's text gives it once its markup is
// gone: each contribution opens with a section sign (and an oral question's number), and the speaker's label runs on
// into the first word spoken ("§ Mr. Fenwickasked the …", "§ Mr. HarrowNo, Sir.", "§ The Minister of Supply (Mr. Tom
// Harrow)The committee …"). Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import {
  draftOf,
  paragraphsText as lines,
  peopleIn,
  saidByIn as saidBy,
  transcriptOf,
} from "../../../helpers/draft.js";

describe("a historic record's questions and answers: labels run on into the words", () => {
  const text = lines(
    "§ 12. Mr. Fenwickasked the Minister of Supply how many firms have joined the timber scheme since March; and whether he will publish their names?",
    "(2) whether the scheme will be extended to the northern counties before the winter?",
    "§ The Minister of Supply (Mr. Tom Harrow)Forty-two firms have joined the scheme. It is not the practice to publish the names of firms which take part.",
    "§ Mr. FenwickCan the Minister at least tell the House how many of them are in the northern counties?",
    "§ Sir T. HarrowI could not say without notice, but I will write to my hon. Friend.",
    "§ Mr. Ralph MacAlderDoes the Minister know that the mills in my constituency have had no word of the scheme at all?",
    "§ Mr. HarrowI did not know it, and I will look into it at once.",
  );
  const draft = draftOf(text);

  it("reads each label apart from the words it runs into", () => {
    expect(peopleIn(draft)).toEqual(expect.arrayContaining(["Mr. Fenwick", "Ralph MacAlder"]));
    expect(peopleIn(draft).some((p) => /Fenwick(?:asked|Can)|HarrowI|MacAlderDoes|Harrow(?:Forty)/u.test(p))).toBe(
      false,
    );
  });

  it("gives a written question, the words after its number and its run-on label, to the member who asked it", () => {
    expect(saidBy(draft, "asked the Minister of Supply how many firms")).toEqual(["Mr. Fenwick"]);
    expect(saidBy(draft, "(2) whether the scheme will be extended")).toEqual(["Mr. Fenwick"]);
    expect(saidBy(draft, "Can the Minister at least tell")).toEqual(["Mr. Fenwick"]);
  });

  it("gives the answer under an office to the holder its brackets name, and a surname with a capital inside to its owner", () => {
    expect(saidBy(draft, "Forty-two firms have joined the scheme.")).toHaveLength(1);
    expect(saidBy(draft, "Forty-two firms have joined the scheme.")[0]).toMatch(/Harrow/u);
    expect(saidBy(draft, "mills in my constituency")).toEqual(["Ralph MacAlder"]);
  });

  it("quotes the text itself: the words start where the label ends", () => {
    const t = transcriptOf(text)!;
    expect(t.turns.length).toBe(6);
    expect(text.slice(t.turns[0]!.words.start, t.turns[0]!.words.start + 12)).toBe("asked the Mi");
    expect(text.slice(t.turns[2]!.words.start, t.turns[2]!.words.start + 4)).toBe("Can ");
  });
});

describe("a peer's label, a label apart from its words and a name's prefix", () => {
  it("reads a peer's territorial title run into the words and a member's label before 'asked the'", () => {
    const text = lines(
      "§ Lord Hale of FenbyMy Lords, I beg to ask the question standing in my name on the Order Paper.",
      "§ Viscount OrmsbyMy Lords, the inquiry into the harbour dues will report in the spring.",
      "§ Mrs. Ann Tolley asked the Secretary of State for the Colonies what steps are being taken to restore the island's cable service?",
      "§ Mr. McBrideThe cable will be restored by the end of the month.",
    );
    const t = transcriptOf(text)!;
    const speakers = t.turns.map((turn) => (t.readable ?? text).slice(turn.speaker.start, turn.speaker.end));
    expect(speakers).toEqual(["Lord Hale of Fenby", "Viscount Ormsby", "Mrs. Ann Tolley", "Mr. McBride"]);
    expect(text.slice(t.turns[2]!.words.start, t.turns[2]!.words.start + 5)).toBe("asked");
  });
});

describe("what is still refused", () => {
  it("a statute's sections and a single run-on paragraph make no transcript", () => {
    expect(
      transcriptOf(
        lines(
          "§ 3. The Secretary shall publish a list of approved harbours each year.",
          "§ 4. Definitions. In this part, a harbour is any port with a pilot service.",
          "§ 5. Mr. Justice Hale held in the earlier case that the dues were lawful.",
        ),
      ),
    ).toBeUndefined();
    expect(
      transcriptOf(lines("§ Mr. Fenwickasked the Minister of Supply whether the scheme will be extended?", "No.")),
    ).toBeUndefined();
  });

  it("a name with a capital inside and nothing run on is no label's end", () => {
    const text = lines(
      "§ Mr. MacAlder Will the Minister say when the scheme opens?",
      "§ Mr. DeLuca Since the scheme opened, forty firms have joined.",
    );
    expect(transcriptOf(text)).toBeUndefined();
  });
});
