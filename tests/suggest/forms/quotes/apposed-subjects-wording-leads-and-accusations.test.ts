// Stop 46: quote attribution and people read from released sets 72–76. A pronoun pointing back to a sentence whose
// subject is a name set off by commas after a description ("The trust's chief executive, Ann Bell, wrote to …"); a
// news lead whose described speaker words something ("An MP has branded the hotels “greedy”"); fragments after
// "accused … of" and after a participle of speech ("noting that …"); a described speaker's tail with when or how it was
// said ("…, the head of the college said today."); words of a scheme's name or a faith's members read as no one's name.
// Every person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, peopleIn, saidBy } from "../../../helpers/draft.js";

describe("a pronoun after a sentence whose subject is a name in apposition to an opening description", () => {
  it.each([
    "The Harbour Trust's chief executive, Orla Pennick, wrote to the harbour master, Lena Frith, about the winter moorings.",
    "Its chair, Orla Pennick, has told the harbour master Lena Frith about the winter moorings.",
    "A former port director, Orla Pennick, said in a letter to the port's manager Lena Frith that the moorings were full.",
  ])("gives the words to the named subject, not to the last one named: %s", (first) => {
    const text = lines(
      first,
      "According to the letter, she wrote: “Naming the berths puts the crews who sleep aboard at risk.”",
    );
    expect(saidBy(text, "Naming the berths puts the crews")).toEqual(["Orla Pennick"]);
  });

  it("not to a description that is someone else's ('The letter to the harbour master, Kit Lamb, …')", () => {
    const text = lines(
      "Orla Pennick runs the Harbour Trust.",
      "The letter to the harbour master, Kit Lamb, was sent on Monday.",
      "According to the trust, she wrote: “Naming the berths puts the crews who sleep aboard at risk.”",
    );
    expect(saidBy(text, "Naming the berths puts the crews")).toEqual(["Orla Pennick"]);
  });
});

describe("a news lead whose described speaker words something, named after it", () => {
  it.each([
    "An MP has branded the harbour hotels “grasping”",
    "An MP has described the dredging plan as “shambolic”",
    "An MP has called the new mooring fees “daylight robbery”",
    "A council leader has accused the port authority of “quiet sabotage”",
  ])("gives the words to the one named with that office: %s", (lead) => {
    const text = lines(
      `${lead} and said she would raise it again in the House.`,
      "Ann Frith, who is the Labour MP for Fenby Marsh, posted a long statement on the harbour, badly run for years.",
    );
    const words = /“([^”]+)”/u.exec(lead)![1]!;
    expect(saidBy(text, words)).toEqual(["Ann Frith"]);
  });
});

describe("a fragment quoted after 'accused … of' or a participle of speech", () => {
  it.each([
    "She accused the government of a “dereliction of its duty” over the harbours.",
    "She accused ministers of “quiet sabotage” over the harbours.",
    "She has accused the harbour board of “wilful neglect”.",
  ])("is the accuser's words: %s", (sentence) => {
    const text = lines("Ann Reed, the shadow harbours minister, spoke on Monday.", sentence);
    const words = /“([^”]+)”/u.exec(sentence)![1]!;
    expect(saidBy(text, words)).toEqual(["Ann Reed"]);
  });

  it.each(["noting", "recalling", "stressing", "explaining"])(
    "a second fragment in a sentence after '%s that … and that …' is the speaker's too",
    (participle) => {
      const text = lines(
        `Tom Reed, founder of Fenby Ferries, talked about his childhood, ${participle} that his teachers “never once asked about home” and that his early years set him on a “crooked, lonely road”.`,
      );
      expect(saidBy(text, "crooked, lonely road")).toEqual(["Tom Reed"]);
    },
  );
});

describe("a tail describing the speaker, with when or how it was said", () => {
  it.each(["said today", "said on Monday", "said in a statement", "said last night"])(
    "gives a fragment to the one the text names with that office: “…”, the head of the college %s.",
    (tail) => {
      const text = lines(
        `Ministers must close the smallest ports to save the “first-rate” harbour schools, the head of Fenby College ${tail}.`,
        "In an interview, Professor Ann Bell, the head of Fenby College, said the cuts would hurt the harbour schools.",
      );
      expect(saidBy(text, "first-rate")).toEqual(["Ann Bell"]);
    },
  );
});

describe("a scheme's name or a faith's members in the plural, read as no one's name", () => {
  it.each([
    "The seven years since the last Research Harbour Framework (RHF) results have passed.",
    "Money from the Local Growth Scheme (LGS) was spent on the harbour cottages.",
    "The review of the National Harbours Initiative (NHI) sets out a history of the grants.",
    "The ferry pass now goes to Roman Catholics and pupils of the island school as well.",
    "The chapel was built by Grace Baptists in the harbour town.",
  ])("%s", (sentence) => {
    const draft = draftOf(lines(sentence, "Ann Bell said the cuts would hurt the harbour schools."));
    expect(peopleIn(draft)).toEqual(["Ann Bell"]);
  });
});

describe("a quotation opening a news lead, its speaker named in the next sentence as the one who delivered it", () => {
  it.each([
    "delivered this line as she opened the harbour forum.",
    "offered those words as she opened the harbour forum.",
    "made the remarks as she opened the harbour forum.",
  ])("gives the words to that person, past a credit in brackets and a description: Name, …, %s", (tail) => {
    const text = lines(
      `FENBY, UK (Kit Lamb/Fenby TV) - “The tide has turned for the harbour. Nothing here works the way it did.” Ann Bell, the dean of the Fenby School of Shipping, ${tail}`,
    );
    expect(saidBy(text, "The tide has turned for the harbour")).toEqual(["Ann Bell"]);
    expect(saidBy(text, "Nothing here works the way it did")).toEqual(["Ann Bell"]);
  });
});

describe("an event's title in title case, set off by a comma after the event's noun", () => {
  it.each([
    "She opened a panel, “When Small Ports are Gone,” at the Fenby Gazette.",
    "She chaired a webinar, “Small Ports and the Sea,” on Monday.",
    "She spoke at the conference, “Harbours Beyond the Brink,” in Marlow.",
  ])("is no one's words: %s", (sentence) => {
    const text = lines(`Ann Bell, the dean of the Fenby School of Shipping, spoke on Monday. ${sentence}`);
    const title = /“([^”]+?),?”/u.exec(sentence)![1]!;
    expect(saidBy(text, title)).toEqual([]);
  });

  it("but words told to the conference are the speaker's", () => {
    const text = lines("Ann Bell, the dean of the Fenby School, told the conference, “We Are Out Of Money.”");
    expect(saidBy(text, "We Are Out Of Money")).toEqual(["Ann Bell"]);
  });
});
