// Stop 38: officers named with a rank, a knight's title and their letters (set 57, two texts):
// - a rank before a title ("Lieutenant General Sir Tom Reed, Deputy Chief of …, echoed these concerns"): the name was
//   not read at all, so his quotation went to the last person named; "General Sir Kit Lamb" was read with the rank;
// - a witness line in capitals with letters after the name ("GENERAL SIR KIT LAMB GCB CMG CBE"): the letters were read
//   as words of the name ("Kit Lamb Gcb Cmg");
// - a staff office ("Chief of the General Staff Tom Reed", "Deputy Chief of the Harbour Staff for Fleet Capability"):
//   "the General Staff" was read as the officer's body.
// Refused: a rank before a name with no title (read as before), a body whose name ends in "Staff" with no chief's
// office before it. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { nameCandidates } from "../../../../src/suggest/names.js";
import { paragraphsOf } from "../../../../src/suggest/text.js";
import { affiliationsIn, draftOf, paragraphsText, peopleIn, saidByIn } from "../../../helpers/draft.js";

const namesIn = (text: string) => nameCandidates(text, paragraphsOf(text)).map((c) => c.label);

describe("a rank before a knight's or a dame's title", () => {
  it("reads the name after 'Lieutenant General Sir' and gives the officer the quotation", () => {
    const text = paragraphsText(
      "Ann Bell, the permanent secretary at the Harbour Office, told MPs the fleet was short of crews.",
      "Lieutenant General Sir Tom Reed, Deputy Chief of the Harbour Staff for Fleet Capability, echoed these concerns. “Crews are critical for our capability. We need to train more,” he said.",
    );
    const draft = draftOf(text);
    expect(peopleIn(draft)).toContain("Tom Reed");
    expect(saidByIn(draft, "Crews are critical")).toEqual(["Tom Reed"]);
  });

  it("reads 'General Sir Kit Lamb' and 'Rear Admiral Dame Jo Pratt' without the rank", () => {
    const names = namesIn("General Sir Kit Lamb and Rear Admiral Dame Jo Pratt gave evidence on Tuesday.");
    expect(names).toEqual(expect.arrayContaining(["Kit Lamb", "Jo Pratt"]));
    expect(names).not.toContain("General Sir Kit Lamb");
  });

  it("still reads a rank before a name with no title as before ('Lieutenant General Tom Reed')", () => {
    expect(namesIn("Later, Lieutenant General Tom Reed said so.")).toEqual(["Tom Reed"]);
  });
});

describe("letters after a name written in capitals", () => {
  it("reads 'GENERAL SIR KIT LAMB GCB CMG CBE ADC' as Kit Lamb", () => {
    const names = namesIn("SIR TOM REED KCB CMG and GENERAL SIR KIT LAMB GCB CMG CBE ADC Gen\n");
    expect(names).toEqual(expect.arrayContaining(["Tom Reed", "Kit Lamb"]));
    expect(names.filter((n) => /Gcb|Kcb|Cmg/u.test(n))).toEqual([]);
  });
});

describe("a chief's staff office is no body", () => {
  it("ties no one to 'the General Staff' or 'the Harbour Staff'", () => {
    const text = paragraphsText(
      "Speaking in the House of Tides, Ann Bell said the Chief of the General Staff Tom Reed had warned of the gap in crews.",
      "Rear Admiral Jo Pratt, Deputy Chief of the Harbour Staff for Fleet Capability, said the gap was closing.",
    );
    const draft = draftOf(text);
    const bodies = affiliationsIn(draft).map(([, , body]) => body);
    expect(bodies).not.toContain("General Staff");
    expect(bodies).not.toContain("Harbour Staff");
  });

  it("still ties a member of staff to a body whose name ends in 'Staff' with no chief's office ('director of the Fenby Staff College')", () => {
    const text = paragraphsText("Ann Bell, director of the Fenby Staff College, said the course would reopen in May.");
    expect(affiliationsIn(draftOf(text)).map(([, , body]) => body)).toContain("Fenby Staff College");
  });
});
