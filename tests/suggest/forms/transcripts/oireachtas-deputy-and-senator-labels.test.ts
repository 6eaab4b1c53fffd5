// Stop 42 (fxs42 #4): an Irish parliamentary (Oireachtas-style) committee's members, listed as "Deputy Ann Bell",
// "Senator Kit Lamb" or "Deputies Ann Bell and Tom Reed; Senators Kit Lamb and Ian Bell", and labelled "Deputy Bell:",
// "Senator Lamb:" over their turns, as "Mr Bell:" is: each label is the listed member of that surname, whose name
// carries no "Senator". A "Deputy Bell:" with two listed members named Bell is left unresolved, and "Senators Haldane,
// Pruett" (surnames alone) is read as before. The texts, people and bodies are invented for this test.
import { describe, expect, it } from "vitest";
import { directQuotesIn, draftOf, paragraphsText, peopleIn } from "../../../helpers/draft.js";

const hearing = (members: string) =>
  paragraphsText(
    "Joint Committee on Harbours",
    members,
    "In attendance: Ms Jane Pike, Chief Executive, Fenby Trust.",
    "Chairman: I welcome Ms Pike from the Fenby Trust to discuss the harbour pier.",
    "Ms Jane Pike: The harbour pier needs repairs before winter, and the pier repairs will cost money.",
    "Deputy Bell: Who will pay for the pier repairs? The harbour pier matters to the town.",
    "Ms Jane Pike: The Fenby Trust will pay for most of the pier repairs.",
    "Senator Lamb: I welcome that. The harbour pier is the heart of the town and the pier repairs cannot wait.",
    "Deputy Reed: What about the harbour walls?",
  );

/** Who each of the members' questions is given to. */
const askers = (text: string, known: Parameters<typeof draftOf>[1] = []) => {
  const quotes = directQuotesIn(draftOf(text, known));
  const by = (words: string) => [...new Set(quotes.filter(([, , q]) => q.includes(words)).map(([who]) => who))];
  return { bell: by("Who will pay"), lamb: by("I welcome that"), reed: by("harbour walls") };
};

describe("an Oireachtas committee's 'Deputy Surname:' and 'Senator Surname:' labels", () => {
  it("gives each label's turns to the listed member of that surname, named without 'Senator'", () => {
    const text = hearing("Members present:\nDeputy Ann Bell\nDeputy Tom Reed\nSenator Kit Lamb");
    expect(peopleIn(draftOf(text)).sort()).toEqual(["Ann Bell", "Jane Pike", "Kit Lamb", "Tom Reed"]);
    expect(askers(text)).toEqual({ bell: ["Ann Bell"], lamb: ["Kit Lamb"], reed: ["Tom Reed"] });
  });

  it("gives them to the registry's member where the registry knows the listed one", () => {
    const text = hearing("Members present:\nDeputy Ann Bell\nDeputy Tom Reed\nSenator Kit Lamb");
    const draft = draftOf(text, [{ id: "kit-lamb", type: "person", label: "Kit Lamb", aliases: [] }]);
    expect(peopleIn(draft)).not.toContain("Senator Kit Lamb");
    expect(draft.claims.filter((c) => c.from === "kit-lamb").length).toBeGreaterThan(0);
  });

  it("reads a list's 'Deputies …; Senators …', and leaves a surname two listed members share unresolved", () => {
    const text = hearing("Members present: Deputies Ann Bell and Tom Reed; Senators Kit Lamb and Ian Bell.");
    expect(peopleIn(draftOf(text))).not.toContain("Senators Kit Lamb");
    const asked = askers(text);
    expect(asked.lamb).toEqual(["Kit Lamb"]);
    expect(asked.reed).toEqual(["Tom Reed"]);
    expect(asked.bell).not.toContain("Ann Bell");
    expect(asked.bell).not.toContain("Ian Bell");
  });

  it("keeps 'Senator' on a member no list names in full, and reads 'Senators Haldane, Pruett' as before", () => {
    expect(peopleIn(draftOf(hearing("Members present: the committee.")))).toContain("Senator Lamb");
    const us = paragraphsText(
      "Present: Senators Haldane, Pruett [presiding].",
      "Senator Haldane: Why is the harbour pier still closed? The harbour pier matters.",
      "Ms Jane Pike: The harbour pier needs repairs.",
    );
    // (Surnames alone after "Senators" are not taken as names whose title is dropped: no "Haldane", no "Pruett".)
    expect(peopleIn(draftOf(us)).filter((label) => !label.includes(" "))).toEqual([]);
  });
});
