// Speaker labels and turns of transcript layouts, widened to the families of wordings read from the misses of the
// released sets 24–27 (round 19), each on a small text written for this test (names, bodies and sentences invented),
// with an empty registry.
import { describe, expect, it } from "vitest";
import {
  chairsIn,
  directQuotesIn,
  draftOf,
  organisationsIn,
  paragraphsText,
  peopleIn,
} from "../../../helpers/draft.js";

const people = (text: string) => peopleIn(draftOf(text));
const speakers = (text: string) => [...new Set(directQuotesIn(draftOf(text)).map(([who]) => who))].sort();

describe("openparliament.ca's page with one headline, under its party's line", () => {
  const page = (headline: string, party = "Liberal") =>
    paragraphsText(
      "Evidence of meeting #12 for Harbours and Fisheries in the 45th Parliament, 2nd Session.",
      "Also speaking",
      "Ann Frith  President, Fenby Growers",
      "10:05 a.m.",
      party,
      headline,
      "Welcome, everyone.",
      "We will begin our study of the harbour dues with two witnesses.",
    );

  it.each([
    ["The Chair Liberal Tom Reed", "Liberal"],
    ["The Vice-Chair Conservative Tom Reed", "Conservative"],
    ["The Acting Chair NDP Tom Reed", "NDP"],
  ])("reads the office's holder in %s as the chair and the speaker", (headline, party) => {
    const draft = draftOf(page(headline, party));
    expect(peopleIn(draft)).toContain("Tom Reed");
    expect(peopleIn(draft).filter((p) => /Liberal|Conservative|NDP/u.test(p))).toEqual([]);
    expect(speakers(page(headline, party))).toEqual(["Tom Reed"]);
  });

  it("reads a member's headline with a riding the same way ('Tom Reed Liberal Fenby—Marlow, ON')", () => {
    expect(speakers(page("Tom Reed Liberal Fenby—Marlow, ON"))).toEqual(["Tom Reed"]);
  });

  it("reads the chair's one headline as the chair", () => {
    expect(chairsIn(draftOf(page("The Chair Liberal Tom Reed")))).toEqual(["Tom Reed"]);
  });

  it("still reads no page from one headline alone, with no party's line above it", () => {
    const text = paragraphsText(
      "The panel was chaired by a local member.",
      "The Chair Liberal Tom Reed",
      "Welcome, everyone.",
    );
    expect(speakers(text)).toEqual([]);
  });
});

describe("openparliament.ca's riding with an abbreviation ('Fenby—St. Marlow, MB')", () => {
  const page = (riding: string) =>
    paragraphsText(
      "Evidence of meeting #7 for Harbours in the 45th Parliament, 2nd Session.",
      "The Chair Liberal Tom Reed",
      "Ms. Frith, you have the floor.",
      "11:25 a.m.",
      "Conservative",
      `Ann Frith Conservative ${riding}`,
      "Mr. Chair, my hand was up first.",
      "The Chair Liberal Tom Reed",
      "You are, go ahead.",
    );

  it.each(["Fenby—St. Marlow, MB", "St. Kettle's East, NL", "Ste. Agathe—Fenby, QC", "Mt. Harrow, BC"])(
    "reads the member of %s and no person in the riding",
    (riding) => {
      expect(speakers(page(riding))).toEqual(["Ann Frith", "Tom Reed"]);
      const found = people(page(riding));
      expect(found).toContain("Ann Frith");
      expect(found.filter((p) => /Marlow|Kettle|Agathe|Harrow/u.test(p))).toEqual([]);
    },
  );

  it("still reads no headline from a sentence ending in a full stop ('Ann Frith Conservative Fenby. She spoke.')", () => {
    const text = paragraphsText(
      "The Chair Liberal Tom Reed",
      "Welcome.",
      "Ann Frith Conservative Fenby. She spoke, MB",
      "Thank you.",
    );
    expect(speakers(text)).not.toContain("Ann Frith");
  });
});

describe("names in capitals before a colon, the full name once and the surname after ('TOM REED:' … 'REED:')", () => {
  it.each([
    ["TOM REED:", "ANN FRITH, HARBOUR MINISTER:", "REED:", "FRITH:"],
    ["TOM REED, HOST:", "ANN FRITH:", "REED:", "FRITH:"],
    ["TOM REED:", "ANN FRITH:", "REED:", "ANN FRITH:"],
  ])("reads %s, %s, %s and %s as turns", (a, b, c, d) => {
    const text = paragraphsText(
      "Harbour Summit - Fenby - 12/03/2026",
      "Subjects: harbour dues; fishing quotas.",
      `${a} Well, Minister, thank you for being here today.`,
      `${b} Thank you, glad to be back in Fenby.`,
      `${c} Shall we start with the summit last week?`,
      `${d} We met every partner and agreed the quotas.`,
    );
    expect(speakers(text)).toEqual(["Ann Frith", "Tom Reed"]);
    expect(people(text)).toEqual(expect.arrayContaining(["Ann Frith", "Tom Reed"]));
  });

  it.each(["HARBOUR MINISTER", "FOREIGN MINISTER", "SHADOW TREASURER"])(
    "reads no body in a post in capitals after the name ('ANN FRITH, %s:')",
    (post) => {
      const text = paragraphsText(
        "Harbour Summit - Fenby - 12/03/2026",
        "TOM REED: Well, Minister, thank you for being here today.",
        `ANN FRITH, ${post}: Thank you, glad to be back in Fenby.`,
        "REED: Shall we start with the summit last week?",
        "FRITH: We met every partner and agreed the quotas.",
      );
      expect(organisationsIn(draftOf(text))).toEqual([]);
    },
  );

  it("still reads no turns from notices in capitals ('WARNING:', 'UPDATE:')", () => {
    const text = paragraphsText(
      "WARNING: the pier is closed to the public today.",
      "HARBOUR NEWS: the dues rise in May.",
      "UPDATE: the pier has reopened.",
      "NEWS: the ferry runs again.",
    );
    expect(speakers(text)).toEqual([]);
  });
});

describe("a hearing's chair announcing its subject mentions the theme, as the hand annotations read it", () => {
  const dues = { id: "harbour-dues", type: "theme" as const, label: "Harbour dues", aliases: ["harbour dues"] };
  const claimsOn = (text: string, relation: string) => {
    const draft = draftOf(text, [dues]);
    const label = (id: string) => draft.entities.find((e) => e.id === id)?.label ?? id;
    return draft.claims
      .filter((c) => c.relation === relation && c.to === "harbour-dues")
      .map((c) => label(c.from))
      .sort();
  };

  it.each([
    "We'll continue our study of harbour dues.",
    "Today we resume our inquiry into harbour dues with two witnesses.",
    "This meeting is on harbour dues, and we have an hour.",
  ])("reads the chair's '%s' as mentions, not spoke-on", (opening) => {
    const text = paragraphsText(
      "Evidence of meeting #12 for Harbours and Fisheries in the 45th Parliament, 2nd Session.",
      "10:05 a.m.",
      "Liberal",
      "The Chair Liberal Tom Reed",
      "Welcome, everyone.",
      opening,
      "Good to have you both with us.",
    );
    expect(claimsOn(text, "spoke-on")).toEqual([]);
    expect(claimsOn(text, "mentions")).toEqual(["Tom Reed"]);
  });
});

describe("the one whose words open the sitting chairs it, in an inquiry's layout as in a committee's", () => {
  const inquiry = (opening: string) =>
    paragraphsText(
      "Transcript of Module 4 Preliminary Hearing, on 12 May 2026",
      "(10.30 am)",
      "Lady Marlow: Good morning, everyone.",
      opening,
      "Ms Frith: Thank you, my Lady.",
      "My Lady, the storm's effect on the harbours needs little introduction.",
      "Lady Marlow: Thank you, Ms Frith.",
    );

  it.each([
    "This is the opening preliminary hearing of Phase 2, on the harbours.",
    "This is the third public hearing of the inquiry, on the harbours.",
    "The subcommittee will come to order. We look today at the harbours.",
    "I call this meeting to order. We look today at the harbours.",
    "I now open this hearing on the harbours.",
  ])("reads the chair from '%s'", (opening) => {
    expect(chairsIn(draftOf(inquiry(opening)))).toEqual(["Lady Marlow"]);
  });

  it.each([
    "The first hearing on the harbours was held last spring.",
    "We will hear about the harbours first.",
    "Our order of business is long today.",
  ])("still reads no chair from '%s'", (opening) => {
    expect(chairsIn(draftOf(inquiry(opening)))).toEqual([]);
  });
});

describe("an inquiry's excerpt of two turns, the first opening the sitting or under the chair's remarks", () => {
  const excerpt = (...head: string[]) =>
    paragraphsText(
      "Transcript of Module 4 Preliminary Hearing, on 12 May 2026",
      "(10.30 am)",
      ...head,
      "Lady Marlow: Good morning, everyone.",
      "We have a full day, and I shall be brief.",
      "Ms Frith: Thank you, my Lady.",
      "My Lady, the storm's effect on the harbours needs little introduction.",
    );

  it.each([["Introductory Remarks by the Chair"], ["Opening statement of the Chairman"], ["Chair's opening remarks"]])(
    "reads the turns and the chair under '%s'",
    (heading) => {
      const draft = draftOf(excerpt(heading));
      expect(chairsIn(draft)).toEqual(["Lady Marlow"]);
      expect(speakers(excerpt(heading))).toEqual(["Lady Marlow", "Ms Frith"]);
    },
  );

  it("reads the turns where the first opens the sitting ('This is the opening preliminary hearing of …')", () => {
    const text = paragraphsText(
      "Transcript of Module 4 Preliminary Hearing, on 12 May 2026",
      "Lady Marlow: Good morning, everyone.",
      "This is the opening preliminary hearing of Phase 2, on the harbours.",
      "Ms Frith: Thank you, my Lady.",
    );
    expect(chairsIn(draftOf(text))).toEqual(["Lady Marlow"]);
  });

  it("still reads no transcript from two labels under another heading", () => {
    expect(chairsIn(draftOf(excerpt("Summary of the day")))).toEqual([]);
  });
});

describe("a transcript's note in brackets ends the body a speaker names ('[Inaudible.]', '[Interruption.]')", () => {
  it("reads 'I am a policy manager at the Fenby Council[Inaudible.]' as the Fenby Council", () => {
    const text = paragraphsText(
      "Witnesses: Ann Frith, Policy Manager, Fenby Council; Tom Reed, Harbour Master, Orrin Port Authority.",
      "Q1 Chair: Welcome. Could you each introduce yourselves?",
      "Ann Frith: I am Ann Frith. I am a policy manager at the Fenby Council[Inaudible.]",
      "Tom Reed: I am the harbour master at the Orrin Port Authority [Interruption.] and have been for ten years.",
    );
    const orgs = organisationsIn(draftOf(text));
    expect(orgs).toEqual(expect.arrayContaining(["Fenby Council", "Orrin Port Authority"]));
    expect(orgs.filter((o) => o.includes("["))).toEqual([]);
  });
});
