// Round 14: quote attribution in transcript forms read from the blind misses of set 15 and what sets 13 and 14 still
// missed: openparliament.ca's committee page as the site prints it (a time, the party or post on its line, then a
// headline "Name Party Riding, PROV" or "The Chair Party Name", or a witness's name alone under their post), and a
// hearing's excerpt with only the chair's opening, a "WITNESS" heading over the witness line and the chair naming
// herself in her own turn. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import {
  chairsIn,
  directQuotesIn as quotesOf,
  draftOf,
  paragraphsText as lines,
  peopleIn,
  quoteRelationsIn as relationsOf,
  saidByIn as saidBy,
  transcriptOf,
} from "../../../helpers/draft.js";

describe("openparliament.ca's committee page: time, party or post, then the headline", () => {
  const text = lines(
    "Evidence of meeting #12 for Coastal Affairs in the 46th Parliament, 1st Session. The winning word was harbour.",
    "On the agenda",
    "MPs speaking",
    "Also speaking",
    "Odile Brassard  President, Fenby Harbour Growers\nTomas Quill  Director General, Harbour Science Branch, Department of Coastal Affairs\nInes Farrow  Scientist Emeritus, Fenby Region, Department of Coastal Affairs\nClerk of the Committee  Ms. Ann Leclair",
    "4:05 p.m.",
    "Liberal",
    "The Chair Liberal Colette Marchand",
    "Welcome back. Mr. Ashdown, you have the floor.",
    "4:05 p.m.",
    "Conservative",
    "Gordon Ashdown Conservative Fenby—Marlow, NL",
    "Have the harbour fees risen since the new rules came in? Has any grower left the harbour because of them?",
    "4:05 p.m.",
    "President, Fenby Harbour Growers",
    "Odile Brassard",
    "They have, yes.",
    "Two of our growers have moved their boats south.",
    "4:10 p.m.",
    "Conservative",
    "Gordon Ashdown Conservative Fenby—Marlow, NL",
    "Thank you. Mr. Quill, does the department know the cost?",
    "The Chair Liberal Colette Marchand",
    "Be brief, please.",
    "Tomas Quill",
    "We do not have that figure yet.",
    "4:10 p.m.",
    "Some hon. members",
    "Oh, oh!",
  );
  const draft = draftOf(text);

  it("gives each speech to the one its headline names", () => {
    expect(saidBy(draft, "Have the harbour fees risen")).toEqual(["Gordon Ashdown"]);
    expect(saidBy(draft, "They have, yes.")).toEqual(["Odile Brassard"]);
    expect(saidBy(draft, "Two of our growers have moved")).toEqual(["Odile Brassard"]);
    expect(saidBy(draft, "We do not have that figure yet.")).toEqual(["Tomas Quill"]);
  });

  it("makes the holder of 'The Chair' the chair, and a member's questions mentions", () => {
    expect(chairsIn(draft)).toEqual(["Colette Marchand"]);
    expect(saidBy(draft, "Be brief, please.")).toEqual(["Colette Marchand"]);
    expect(relationsOf(draft, "Gordon Ashdown")).toEqual(["mentions"]);
  });

  it("reads the 'Also speaking' list as the witnesses, one who does not speak in the excerpt included", () => {
    expect(peopleIn(draft)).toContain("Ines Farrow");
    const t = transcriptOf(text)!;
    expect(t.witnesses.map((w) => text.slice(w.start, w.end).split("  ")[0])).toEqual([
      "Odile Brassard",
      "Tomas Quill",
      "Ines Farrow",
    ]);
  });

  it("quotes no one for a time, a party, a post, a headline or the House's voices", () => {
    expect(quotesOf(draft).some(([, , q]) => /p\.m\.|^Conservative$|^President,|Fenby—Marlow/u.test(q))).toBe(false);
    expect(saidBy(draft, "Oh, oh!")).toEqual([]);
    expect(peopleIn(draft).some((p) => /Conservative|hon\. members/u.test(p))).toBe(false);
  });

  it("reads no headlines from a write-up's list of panellists, each 'Name Party MP for Seat' on a line", () => {
    const writeup = lines(
      "Harbours after the reforms: a panel",
      "Ann Bell Conservative MP for Fenby",
      "Ann Bell chaired the all-party group on harbours for five years and spoke first on the fund.",
      "Tom Reed Liberal Democrat Peer for Marlow",
      "Tom Reed said the fund had been spent on the wrong ports and asked for a review of it.",
    );
    const transcript = transcriptOf(writeup);
    expect(transcript?.turns.some((t) => writeup.slice(t.speaker.start, t.speaker.end) === "Ann Bell")).not.toBe(true);
  });

  it("reads no headlines from a profile with one name, party and riding line", () => {
    const profile = lines(
      "Gordon Ashdown Conservative Fenby—Marlow, NL",
      "Gordon Ashdown has represented the riding since 2029. He sits on the coastal affairs committee.",
      "He was a harbour pilot for twenty years before he was elected.",
    );
    expect(transcriptOf(profile)).toBeUndefined();
  });
});

describe("openparliament.ca's debate page", () => {
  const text = lines(
    "House of Commons Hansard #40 of the 46th Parliament, 1st Session.",
    "Topics",
    "4:40 p.m.",
    "Liberal",
    "Colette Marchand Liberal Baie-Verte—Lac-Dumoine, QC",
    "Madam Speaker, the harbour fund reached every port in my riding last year.",
    "Harbours ActGovernment Orders",
    "4:45 p.m.",
    "NDP",
    "The Assistant Deputy Speaker NDP Lise Gauvreau",
    "Order. The hon. member for Fenby—Marlow.",
    "4:45 p.m.",
    "Conservative",
    "Gordon Ashdown Conservative Fenby—Marlow, ON",
    "Madam Speaker, half of the ports in my riding have had nothing from the fund.",
  );
  const draft = draftOf(text);

  it("reads the member's name apart from the party and riding written after it", () => {
    expect(peopleIn(draft)).toContain("Colette Marchand");
    expect(peopleIn(draft).some((p) => /Liberal|Baie/u.test(p))).toBe(false);
    expect(saidBy(draft, "the harbour fund reached every port")).toEqual(["Colette Marchand"]);
  });

  it("ends a speech at the topic line over the next block's time, and gives the presiding officer's words to no one", () => {
    expect(quotesOf(draft).some(([, , q]) => q.includes("Government Orders"))).toBe(false);
    expect(saidBy(draft, "The hon. member for Fenby—Marlow.")).toEqual([]);
    expect(saidBy(draft, "half of the ports in my riding")).toEqual(["Gordon Ashdown"]);
  });
});

describe("a hearing's excerpt with only the chair's opening", () => {
  const text = lines(
    "TRANSCRIPT",
    "LEGISLATIVE COUNCIL COASTAL AFFAIRS COMMITTEE",
    "Inquiry into Harbour Fees",
    "Fenby—Tuesday, 4 May 2028",
    "WITNESS",
    "Ms Odile Brassard, President, Fenby Harbour Growers.",
    "The CHAIR: Good morning, everyone. I declare open this public hearing of the Inquiry into Harbour Fees. Thank you to Odile Brassard for joining us. With me today are Gordon Ashdown and Tomas Quill. And I am Colette Marchand, the Chair of the committee.",
    "Odile, what you say at this hearing is covered by parliamentary privilege. We are recording the hearing, and you will be sent a transcript.",
  );
  const draft = draftOf(text);

  it("reads the 'WITNESS' heading as a hearing's, so the single turn is a transcript's", () => {
    expect(transcriptOf(text)).toBeDefined();
  });

  it("gives the chair's turn to the one who names herself as the chair in it", () => {
    expect(chairsIn(draft)).toEqual(["Colette Marchand"]);
    expect(saidBy(draft, "I declare open this public hearing")).toEqual(["Colette Marchand"]);
    expect(saidBy(draft, "what you say at this hearing is covered")).toEqual(["Colette Marchand"]);
  });
});
