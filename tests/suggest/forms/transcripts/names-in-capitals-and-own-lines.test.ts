// Round 13: transcript forms whose labels write names in capitals or put them on lines of their own: a US
// congressional hearing ("Chairman HALDANE.", "Mr. REYES."), Australia's Hansard committee transcripts ("CHAIR:",
// "Senator McQUARRIE:", a witness list "SURNAME, Ms Given, Role, Org"), New Zealand's Hansard ("Hon ALICE NAME
// (Minister of X):") and openparliament.ca's speaker blocks (a time, the party, then "Name Party Riding, PROV"; round 14
// rewrote these texts to the site's real layout, round 13's name / party / riding lines being none of its). Each describe is
// one form, written from how that form is laid out; every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import {
  chairsIn,
  directQuotesIn as quotesOf,
  draftOf,
  labelIn,
  paragraphsText as lines,
  peopleIn,
  quoteRelationsIn as relationsOf,
  saidByIn as saidBy,
  transcriptOf,
} from "../../../helpers/draft.js";

describe("a US congressional hearing: labels ending in a full stop, surnames in capitals", () => {
  const text = lines(
    "COASTAL FISHERIES AND THE SHRIMP FLEET",
    "HEARING BEFORE THE COMMITTEE ON COASTAL RESOURCES",
    "UNITED STATES SENATE",
    "MARCH 14, 2028",
    "Present: Senators Haldane, Pruett, and Okonkwo.",
    "Chairman Haldane presiding.",
    "OPENING STATEMENT OF HON. MARGARET HALDANE, U.S. SENATOR FROM OREGON",
    "Chairman HALDANE. The committee will come to order. Today we hear from the Department and from the fleet itself.",
    "STATEMENT OF HON. DANIEL REYES, SECRETARY, DEPARTMENT OF COASTAL AFFAIRS",
    "Mr. REYES. Thank you, Madam Chairman. The shrimp catch in the Gulf has fallen by a third since 2020.",
    "We will publish a recovery plan for the fleet before the end of the year.",
    "[The prepared statement of Mr. Reyes follows:]",
    "Prepared Statement of Hon. Daniel Reyes",
    "The Department has three priorities for the coming season.",
    "Senator PRUETT. Mr. Secretary, how many boats have left the fleet since 2020?",
    "Mr. REYES. About four hundred, Senator.",
    "STATEMENT OF LOUISA FAIRBANK, PRESIDENT, GULF SHRIMPERS ASSOCIATION",
    "Ms. FAIRBANK. Thank you. Our members cannot sell at the dock for what it costs to catch the shrimp.",
    "Senator OKONKWO. Would a loan program keep the boats working?",
    "Ms. FAIRBANK. It would keep most of them working for another season.",
    "The CHAIRMAN. Thank you both. The hearing is adjourned.",
  );
  const draft = draftOf(text);

  it("gives each capitalised surname's turns to the person named in full on the STATEMENT OF line", () => {
    expect(saidBy(draft, "The shrimp catch in the Gulf has fallen")).toEqual(["Daniel Reyes"]);
    expect(saidBy(draft, "We will publish a recovery plan")).toEqual(["Daniel Reyes"]);
    expect(saidBy(draft, "About four hundred, Senator.")).toEqual(["Daniel Reyes"]);
    expect(saidBy(draft, "Our members cannot sell at the dock")).toEqual(["Louisa Fairbank"]);
  });

  it("makes the one presiding the chair, and gives her the Chairman's turns", () => {
    expect(chairsIn(draft)).toEqual(["Margaret Haldane"]);
    expect(saidBy(draft, "The committee will come to order.")).toEqual(["Margaret Haldane"]);
    expect(saidBy(draft, "The hearing is adjourned.")).toEqual(["Margaret Haldane"]);
  });

  it("keeps the Senators' questions apart from the witnesses' answers", () => {
    expect(transcriptOf(text)?.form).toBe("committee");
    expect(saidBy(draft, "how many boats have left the fleet")).toEqual(["Senator Pruett"]);
    expect(relationsOf(draft, "Senator Pruett")).toEqual(["mentions"]);
    expect(relationsOf(draft, "Senator Okonkwo")).toEqual(["mentions"]);
    expect(relationsOf(draft, "Daniel Reyes")).not.toContain("mentions");
    expect(relationsOf(draft, "Louisa Fairbank")).not.toContain("mentions");
  });

  it("quotes no one for the prepared statement's note, nor the statement printed under it", () => {
    expect(quotesOf(draft).some(([, , q]) => q.includes("prepared statement"))).toBe(false);
    expect(saidBy(draft, "three priorities for the coming season")).toEqual([]);
  });

  it("reads the witness's post and organisation from the STATEMENT OF line", () => {
    const affiliations = draft.claims
      .filter((c) => c.relation === "affiliated-with")
      .map((c) => [labelIn(draft, c.from), labelIn(draft, c.to)]);
    expect(affiliations).toContainEqual(["Louisa Fairbank", "Gulf Shrimpers Association"]);
  });

  it("makes no person of a title line in capitals", () => {
    expect(peopleIn(draft).some((p) => /hearing|statement|senate/iu.test(p))).toBe(false);
  });
});

describe("a House hearing: Representatives labelled 'Mr.' and 'Ms.' like the witnesses", () => {
  const text = lines(
    "HEARING BEFORE THE SUBCOMMITTEE ON RURAL BROADBAND",
    "Present: Representatives Castellano, Whitcombe, and Ambrose.",
    "Mr. CASTELLANO. The subcommittee will come to order. I welcome our witness.",
    "STATEMENT OF PRIYA NANDAKUMAR, DIRECTOR, PRAIRIE CONNECT COOPERATIVE",
    "Ms. NANDAKUMAR. Thank you, Mr. Chairman. Half of the farms in our county still have no fixed line.",
    "Ms. WHITCOMBE. Why has the grant money not reached them?",
    "Ms. NANDAKUMAR. The maps the grants are drawn from count a county as served when one house in it is.",
    "Mr. AMBROSE. Who draws those maps?",
    "Ms. NANDAKUMAR. The carriers draw them.",
  );
  const draft = draftOf(text);

  it("makes the members' 'Ms.' and 'Mr.' turns questions and the witness's answers", () => {
    expect(relationsOf(draft, "Ms. Whitcombe")).toEqual(["mentions"]);
    expect(saidBy(draft, "Who draws those maps?")).toEqual(["Mr. Ambrose"]);
    expect(saidBy(draft, "The carriers draw them.")).toEqual(["Priya Nandakumar"]);
    expect(relationsOf(draft, "Priya Nandakumar")).not.toContain("mentions");
  });
});

describe("Australia's Hansard committee transcript: 'CHAIR:', names in capitals, a witness list surname first", () => {
  const text = lines(
    "COMMONWEALTH OF AUSTRALIA",
    "Proof Committee Hansard",
    "SENATE",
    "RURAL AND REGIONAL AFFAIRS REFERENCES COMMITTEE",
    "Regional water security",
    "Committee members in attendance: Senators Brackenridge (Chair), McQuarrie, Tolland",
    "MERRIWEATHER, Ms Joanne, Chief Executive Officer, Murray Plains Irrigators",
    "DUNSTAN, Mr Keith, General Manager, Lachlan Valley Water",
    "CHAIR: Welcome. I now call Ms Merriweather and Mr Dunstan. Would either of you like to make an opening statement?",
    "Ms Merriweather: Thank you, Chair. Our members have had a third of their water allocation cut in two years.",
    "Senator McQUARRIE: How many farms have stopped irrigating altogether?",
    "Ms MERRIWEATHER: About sixty in the last season.",
    "Senator TOLLAND: Mr Dunstan, do you see the same in the Lachlan?",
    "Mr Dunstan: We see fewer, because our storages were fuller.",
    "CHAIR: Thank you both for your evidence.",
  );
  const draft = draftOf(text);

  it("gives a witness's turns, in capitals or not, to the one the witness list names", () => {
    expect(saidBy(draft, "a third of their water allocation cut")).toEqual(["Joanne Merriweather"]);
    expect(saidBy(draft, "About sixty in the last season.")).toEqual(["Joanne Merriweather"]);
    expect(saidBy(draft, "We see fewer, because our storages")).toEqual(["Keith Dunstan"]);
  });

  it("reads the witness's post at the organisation from the list", () => {
    const affiliations = draft.claims
      .filter((c) => c.relation === "affiliated-with")
      .map((c) => [labelIn(draft, c.from), labelIn(draft, c.to)]);
    expect(affiliations).toContainEqual(["Keith Dunstan", "Lachlan Valley Water"]);
  });

  it("makes the Senator marked '(Chair)' the chair and gives the CHAIR's turns to her", () => {
    expect(chairsIn(draft)).toEqual(["Senator Brackenridge"]);
    expect(saidBy(draft, "I now call Ms Merriweather and Mr Dunstan.")).toEqual(["Senator Brackenridge"]);
  });

  it("keeps the Senators' questions apart from the witnesses' answers", () => {
    expect(transcriptOf(text)?.form).toBe("committee");
    expect(saidBy(draft, "How many farms have stopped")).toEqual(["Senator McQuarrie"]);
    expect(relationsOf(draft, "Senator McQuarrie")).toEqual(["mentions"]);
    expect(relationsOf(draft, "Senator Tolland")).toEqual(["mentions"]);
    expect(relationsOf(draft, "Keith Dunstan")).not.toContain("mentions");
  });

  it("names the chair from 'CHAIR (Senator X)' in the title block", () => {
    const other = lines(
      "ECONOMICS LEGISLATION COMMITTEE",
      "CHAIR (Senator Quinlivan)",
      "HARGRAVE, Dr Simon, Chief Economist, Southern Cross Bank",
      "CHAIR: Dr Hargrave, would you like to make an opening statement?",
      "Dr HARGRAVE: Yes. Household savings have fallen for six quarters in a row.",
      "Senator ABERNETHY: Will they fall again?",
      "Dr Hargrave: I expect them to rise next year.",
      "CHAIR: Thank you, Dr Hargrave.",
    );
    const d = draftOf(other);
    expect(chairsIn(d)).toEqual(["Senator Quinlivan"]);
    expect(saidBy(d, "Household savings have fallen")).toEqual(["Simon Hargrave"]);
    expect(relationsOf(d, "Senator Abernethy")).toEqual(["mentions"]);
  });
});

describe("New Zealand's Hansard: names in capitals with an office or a party and electorate in brackets", () => {
  const text = lines(
    "Questions for Oral Answer",
    "Housing—Rental Supply",
    "1. TAMATI WHAANGA (Labour—Te Awaroa) to the Minister of Housing: What progress has the Government made on rental supply?",
    "Hon RUTH TAMSIN (Minister of Housing): Building consents for rental homes rose by a fifth last year.",
    "TAMATI WHAANGA: Why, then, have rents in Te Awaroa risen by twelve percent?",
    "Hon Member: Shame!",
    "Hon RUTH TAMSIN: Rents rose fastest in the six months before the new homes were finished.",
    "SPEAKER: Order! Members will keep their interjections down.",
    "GRETA FAIRWEATHER (Green): Will the Minister build public homes in Te Awaroa?",
    "Hon RUTH TAMSIN: We will build three hundred there by 2030.",
  );
  const draft = draftOf(text);

  it("gives each turn to the member whose name the label writes in capitals", () => {
    expect(saidBy(draft, "Building consents for rental homes")).toEqual(["Ruth Tamsin"]);
    expect(saidBy(draft, "have rents in Te Awaroa risen")).toEqual(["Tamati Whaanga"]);
    expect(saidBy(draft, "We will build three hundred there")).toEqual(["Ruth Tamsin"]);
    expect(saidBy(draft, "Will the Minister build public homes")).toEqual(["Greta Fairweather"]);
  });

  it("gives the Speaker's and an unnamed member's words to no one", () => {
    expect(saidBy(draft, "Members will keep their interjections down.")).toEqual([]);
    expect(saidBy(draft, "Shame!")).toEqual([]);
    expect(peopleIn(draft).some((p) => /member|speaker/iu.test(p))).toBe(false);
  });
});

describe("openparliament.ca's speaker blocks: a time, the party, then name, party and riding on one line", () => {
  const text = lines(
    "House of Commons Hansard #12 of the 46th Parliament, 1st Session.",
    "Rural Broadband",
    "4:05 p.m.",
    "Liberal",
    "Colette Marchand Liberal Baie-Verte—Lac-Dumoine, QC",
    "Mr. Speaker, families in my riding still wait for a connection fast enough to work from home.",
    "4:05 p.m.",
    "Liberal",
    "The Speaker Liberal Greg Ransome",
    "Order. The hon. member for Fenby—Marlow.",
    "4:05 p.m.",
    "Conservative",
    "Gordon Ashdown Conservative Fenby—Marlow, ON",
    "Mr. Speaker, the Government promised every home a connection by 2026 and has connected half.",
    "4:10 p.m.",
    "Liberal",
    "Colette Marchand Liberal Baie-Verte—Lac-Dumoine, QC",
    "The program connected more homes last year than in the five years before it.",
    "Sylvie Gendreau Bloc Rivière-Noire, QC",
    "Mr. Speaker, Quebec's regions were promised the same and are still waiting.",
  );
  const draft = draftOf(text);

  it("gives each speech to the speaker named above the party and riding lines", () => {
    expect(saidBy(draft, "families in my riding still wait")).toEqual(["Colette Marchand"]);
    expect(saidBy(draft, "has connected half")).toEqual(["Gordon Ashdown"]);
    expect(saidBy(draft, "connected more homes last year")).toEqual(["Colette Marchand"]);
    expect(saidBy(draft, "Quebec's regions were promised")).toEqual(["Sylvie Gendreau"]);
  });

  it("quotes no one for the Speaker, a party, a riding or a time", () => {
    expect(saidBy(draft, "The hon. member for Fenby—Marlow.")).toEqual([]);
    expect(quotesOf(draft).some(([, , q]) => /^(?:Liberal|Conservative|Fenby—Marlow|4:\d\d p\.m\.)$/u.test(q))).toBe(
      false,
    );
    expect(peopleIn(draft)).not.toContain("The Speaker");
  });

  it("gives the Chair's block in a committee to the chair", () => {
    const committee = lines(
      "Evidence of meeting #4 for Agriculture in the 46th Parliament, 1st Session.",
      "Also speaking",
      "Odile Brassard  President, Fenby Grain Growers",
      "3:30 p.m.",
      "Liberal",
      "The Chair Liberal Colette Marchand",
      "I call this meeting to order. We welcome Ms. Odile Brassard of the Fenby Grain Growers.",
      "3:30 p.m.",
      "President, Fenby Grain Growers",
      "Odile Brassard",
      "Thank you, Madam Chair. Our growers lost a fifth of their harvest to drought.",
      "3:35 p.m.",
      "Conservative",
      "Gordon Ashdown Conservative Fenby—Marlow, ON",
      "What would a drought fund cost the Treasury?",
      "3:35 p.m.",
      "President, Fenby Grain Growers",
      "Odile Brassard",
      "About two hundred million dollars a year.",
    );
    const d = draftOf(committee);
    expect(chairsIn(d)).toEqual(["Colette Marchand"]);
    expect(saidBy(d, "I call this meeting to order.")).toEqual(["Colette Marchand"]);
    expect(saidBy(d, "About two hundred million dollars a year.")).toEqual(["Odile Brassard"]);
    expect(relationsOf(d, "Gordon Ashdown")).toEqual(["mentions"]);
  });
});

describe("variants of these forms", () => {
  it("gives a witness labelled by post ('Secretary REYES.') the turns of the one the STATEMENT OF line names", () => {
    const text = lines(
      "HEARING BEFORE THE COMMITTEE ON COASTAL RESOURCES",
      "Senator Haldane (chairman of the committee) presiding.",
      "STATEMENT OF THE HONORABLE DANIEL J. REYES, SECRETARY, DEPARTMENT OF COASTAL AFFAIRS",
      "The CHAIRMAN. Good morning. Secretary Reyes, please begin.",
      "Secretary REYES. Thank you, Madam Chairman. The shrimp catch has fallen by a third.",
      "Senator PRUETT. Why has the catch fallen?",
      "Secretary REYES. The water is warmer.",
    );
    const draft = draftOf(text);
    expect(peopleIn(draft).filter((p) => /Reyes/u.test(p))).toEqual(["Daniel J. Reyes"]);
    expect(saidBy(draft, "The water is warmer.")).toEqual(["Daniel J. Reyes"]);
    expect(chairsIn(draft)).toEqual(["Senator Haldane"]);
  });

  it("keeps a Representative apart from a witness of the same surname", () => {
    const text = lines(
      "HEARING BEFORE THE COMMITTEE ON COASTAL RESOURCES",
      "Present: Representatives Haldane and Pruett.",
      "STATEMENT OF WALTER PRUETT, PRESIDENT, GULF SHRIMPERS ASSOCIATION",
      "Chairman HALDANE. Welcome, Mr. Pruett. Please begin.",
      "Mr. PRUETT. Thank you. Our boats cannot sell at the dock for what the catch costs.",
      "Representative PRUETT. No relation, I should say. How many boats have stopped fishing?",
      "Mr. PRUETT. About four hundred.",
    );
    const member = transcriptOf(text)!.turns.find((t) =>
      text.slice(t.label.start, t.label.end).startsWith("Representative"),
    );
    expect(member?.member).toBe(true);
  });

  it("makes the one labelled 'Chairman HALDANE.' the chair when no line says who presides", () => {
    const text = lines(
      "HEARING BEFORE THE COMMITTEE ON COASTAL RESOURCES",
      "OPENING STATEMENT OF HON. MARGARET HALDANE, U.S. SENATOR FROM OREGON",
      "Chairman HALDANE. The committee will come to order. I welcome Mr. Reyes.",
      "STATEMENT OF DANIEL REYES, SECRETARY, DEPARTMENT OF COASTAL AFFAIRS",
      "Mr. REYES. Thank you, Madam Chairman. The catch has fallen by a third.",
      "Senator PRUETT. Why has it fallen?",
      "Mr. REYES. The water is warmer.",
    );
    const draft = draftOf(text);
    expect(chairsIn(draft)).toEqual(["Margaret Haldane"]);
    expect(saidBy(draft, "I welcome Mr. Reyes.")).toEqual(["Margaret Haldane"]);
  });

  it("reads a STATEMENT OF line printed in small letters as a witness's heading, no one's words", () => {
    const text = lines(
      "Hearing before the Committee on Coastal Resources",
      "Chairman Haldane presiding.",
      "Chairman HALDANE. The committee will come to order. I welcome our first witness.",
      "Statement of Hon. Daniel Reyes, Assistant Secretary for Fisheries and Coastal Affairs, Department of Coastal Affairs, Washington, DC",
      "Mr. REYES. Thank you, Madam Chairman. The catch has fallen by a third.",
      "Senator PRUETT. Why has it fallen?",
      "Mr. REYES. The water is warmer.",
    );
    const draft = draftOf(text);
    const chairsTurn = transcriptOf(text)!.turns[0]!;
    expect(text.slice(chairsTurn.words.start, chairsTurn.words.end)).not.toContain("Statement of Hon.");
    expect(relationsOf(draft, "Daniel Reyes")).not.toContain("mentions");
  });

  it("makes the Senator marked '[presiding]' in the members list the chair", () => {
    const text = lines(
      "HEARING BEFORE THE COMMITTEE ON COASTAL RESOURCES",
      "Present: Senators Haldane [presiding], Pruett, and Okonkwo.",
      "STATEMENT OF DANIEL REYES, SECRETARY, DEPARTMENT OF COASTAL AFFAIRS",
      "The CHAIRMAN. The committee will come to order. I welcome Mr. Reyes.",
      "Mr. REYES. Thank you, Madam Chairman. The catch has fallen by a third.",
      "Senator PRUETT. Why has it fallen?",
      "Mr. REYES. The water is warmer.",
    );
    const draft = draftOf(text);
    expect(chairsIn(draft)).toEqual(["Senator Haldane"]);
    expect(saidBy(draft, "I welcome Mr. Reyes.")).toEqual(["Senator Haldane"]);
  });

  it("reads a New Zealand label with two titles before the name in capitals", () => {
    const text = lines(
      "Questions for Oral Answer",
      "1. TAMATI WHAANGA (Labour—Te Awaroa) to the Minister of Health: How many nurses has the Government hired?",
      "Hon Dr MERE TAUROA (Minister of Health): Four hundred since March.",
      "TAMATI WHAANGA: How many have left?",
      "Hon Dr MERE TAUROA: Fewer than last year.",
    );
    expect(saidBy(draftOf(text), "Fewer than last year.")).toEqual(["Mere Tauroa"]);
  });

  it("reads Australia's 'CHAIR (Senator X):' label, an acting chair and a bracketed time", () => {
    const text = lines(
      "ECONOMICS LEGISLATION COMMITTEE",
      "HARGRAVE, Dr Simon, Chief Economist, Southern Cross Bank",
      "CHAIR (Senator Quinlivan): I declare open this hearing. Dr Hargrave, would you like to make an opening statement?",
      "Dr HARGRAVE: Yes. Household savings have fallen for six quarters in a row.",
      "[10:15]",
      "ACTING CHAIR: Dr Hargrave, will they fall again?",
      "Dr Hargrave: I expect them to rise next year.",
    );
    const draft = draftOf(text);
    expect(chairsIn(draft)).toEqual(["Senator Quinlivan"]);
    expect(saidBy(draft, "I declare open this hearing.")).toEqual(["Senator Quinlivan"]);
    expect(peopleIn(draft).some((p) => /chair/iu.test(p))).toBe(false);
    expect(quotesOf(draft).some(([, , q]) => q.includes("[10:15]"))).toBe(false);
    // The time ends the turn before it.
    const transcript = transcriptOf(text)!;
    const answer = transcript.turns.find((t) => text.slice(t.words.start, t.words.end).startsWith("Yes. Household"))!;
    expect(text.slice(answer.words.start, answer.words.end)).not.toContain("[10:15]");
  });

  it("reads New Zealand's assistant Speaker as the one presiding, not a person called 'Assistant Speaker'", () => {
    const text = lines(
      "Questions for Oral Answer",
      "1. TAMATI WHAANGA (Labour—Te Awaroa) to the Minister of Housing: What progress has the Government made?",
      "Rt Hon ARIHIA KEREPETI (Prime Minister): On behalf of the Minister, a great deal of progress.",
      "TAMATI WHAANGA: Why, then, have rents risen?",
      "ASSISTANT SPEAKER (Greg Ransome): Order! The member will be heard.",
      "Rt Hon ARIHIA KEREPETI: Rents rose fastest before the new homes were finished.",
    );
    const draft = draftOf(text);
    expect(peopleIn(draft).some((p) => /speaker/iu.test(p))).toBe(false);
    expect(saidBy(draft, "What progress has the Government made?")).toEqual(["Tamati Whaanga"]);
    expect(saidBy(draft, "Rents rose fastest")).toEqual(["Arihia Kerepeti"]);
  });

  it("reads openparliament.ca's Speaker block with the holder's name, and makes no person of 'Mr. Speaker'", () => {
    const text = lines(
      "House of Commons Hansard #12 of the 46th Parliament, 1st Session.",
      "2:15 p.m.",
      "Liberal",
      "The Speaker Liberal Greg Ransome",
      "Order. Oral questions.",
      "2:15 p.m.",
      "Liberal",
      "Colette Marchand Liberal Baie-Verte—Lac-Dumoine, QC",
      "Mr. Speaker, families in my riding still wait for a connection.",
      "2:15 p.m.",
      "Conservative",
      "Gordon Ashdown Conservative Fenby—Marlow, ON",
      "Mr. Speaker, the Government promised every home a connection by 2026 and has connected half.",
    );
    const draft = draftOf(text);
    expect(peopleIn(draft)).not.toContain("Mr. Speaker");
    expect(saidBy(draft, "Oral questions.")).toEqual([]);
    // The Speaker's words are a turn of no one's, which ends no one's speech wrongly.
    const turns = transcriptOf(text)!.turns;
    expect(turns.some((t) => t.anonymous && text.slice(t.words.start, t.words.end).startsWith("Order. Oral"))).toBe(
      true,
    );
    expect(saidBy(draft, "families in my riding still wait")).toEqual(["Colette Marchand"]);
  });
});

describe("prose that only looks like these forms is no transcript", () => {
  it("reads no transcript from prose with 'Mr. JONES.' or a surname in capitals inside it", () => {
    const text = lines(
      "The committee's report names the witness only as Mr. JONES. He did not attend the second day.",
      "Mr. JONES. That is how the record prints him, and the clerk could not say why.",
      "Reporters asked the chairman about it. He said the name was a typing error.",
    );
    expect(transcriptOf(text)).toBeUndefined();
  });

  it("reads no transcript from a capitalised word before a colon in prose", () => {
    const text = lines(
      "WARNING: the figures below are provisional and will change when the survey ends.",
      "UPDATE: the survey ended on Friday, and the council published its figures on Monday.",
      "NOTE: the council counts a household once, however many people live in it.",
      "The council's housing officer, Dana Whitlock, said the figures were the best they had.",
    );
    expect(transcriptOf(text)).toBeUndefined();
  });

  it("reads no turns from sentences that open with a title and a surname in capitals", () => {
    const text = lines(
      "Senator WARREN. The name on the ballot was printed in capitals, as the state's law requires.",
      "Voters in three counties said the capitals made the ballot hard to read.",
      "The county clerk said the printer had followed the law.",
    );
    expect(transcriptOf(text)).toBeUndefined();
  });

  it("reads no witness's block from a heading over a debate's title and its first words", () => {
    const text = lines(
      "Oral Questions",
      "Rural Broadband",
      "Members asked about rural connections for most of the hour.",
      "2:15 p.m.",
      "Liberal",
      "Colette Marchand Liberal Baie-Verte—Lac-Dumoine, QC",
      "Mr. Speaker, families in my riding still wait for a connection.",
      "2:15 p.m.",
      "Conservative",
      "Gordon Ashdown Conservative Fenby—Marlow, ON",
      "Mr. Speaker, the Government promised every home a connection by 2026 and has connected half.",
    );
    expect(peopleIn(draftOf(text))).not.toContain("Oral Questions");
    expect(transcriptOf(text)!.turns.map((t) => text.slice(t.speaker.start, t.speaker.end))).toEqual([
      "Colette Marchand",
      "Gordon Ashdown",
    ]);
  });

  it("reads no speaker block from a profile's one name, party and riding lines", () => {
    const text = lines(
      "Meet your new MP",
      "Colette Marchand",
      "Liberal",
      "Baie-Verte—Lac-Dumoine",
      "Colette Marchand taught school for twenty years before she ran for Parliament. She says broadband is her first priority.",
      "She lives in Lac-Dumoine with her two children.",
    );
    expect(transcriptOf(text)).toBeUndefined();
  });
});
