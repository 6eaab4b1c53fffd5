// Stop 41 (walkthrough w42, a fact-checker's committee transcript): a title before a surname with its particle — Irish
// "Ní", "Ó", "Nic", "Mac", Dutch or German "van der", "von", French or Portuguese "de", "da" — as a hearing's speaker
// label gives a witness the list names in full ("Ms Ní Bhriain:" for "Zoë Ní Bhriain"). It was read as a person of its
// own ("Ní Bhriain"), who took all the witness's turns. Texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText, peopleIn, saidByIn } from "../../../helpers/draft.js";

const hearing = (witnesses: string, ...turns: string[]) =>
  paragraphsText(
    "Marlow Housing Committee",
    "Oral evidence: Rural homelessness, HC 512",
    "Tuesday 14 January 2025",
    "Members present: Ifan Trelawny (Chair); Rhian Caddick.",
    "Witnesses",
    `I: ${witnesses}.`,
    "Examination of witnesses",
    "Q1 The Chair: Good morning and welcome. Could you introduce yourselves?",
    ...turns,
  );

describe("a speaker label of a title and a surname with its particle", () => {
  it("gives the turns to the witness the list names in full (Irish 'Ní', 'Ó')", () => {
    const draft = draftOf(
      hearing(
        "Zoë Ní Bhriain, Director of Policy, Fenby Trust; and Tomás Ó Briain, Chief Executive, Glanmor Housing Association",
        "Ms Ní Bhriain: The Welsh Government should fund a rural homelessness officer in every county.",
        "Mr Ó Briain: Councils should release land for village homes.",
      ),
    );
    const people = peopleIn(draft);
    expect(people).toContain("Zoë Ní Bhriain");
    expect(people).toContain("Tomás Ó Briain");
    expect(people).not.toContain("Ní Bhriain");
    expect(people).not.toContain("Ó Briain");
    expect(saidByIn(draft, "rural homelessness officer")).toEqual(["Zoë Ní Bhriain"]);
    expect(saidByIn(draft, "release land")).toEqual(["Tomás Ó Briain"]);
  });

  it("reads a label whose accent a PDF dropped ('Ms Ni Bhriain:')", () => {
    const draft = draftOf(
      hearing(
        "Zoë Ní Bhriain, Director of Policy, Fenby Trust",
        "Ms Ni Bhriain: Three councils have stopped taking referrals.",
      ),
    );
    expect(peopleIn(draft)).not.toContain("Ni Bhriain");
    expect(saidByIn(draft, "stopped taking referrals")).toEqual(["Zoë Ní Bhriain"]);
  });

  it("reads 'van der', 'Nic' and 'Mac' the same way", () => {
    const draft = draftOf(
      hearing(
        "Dr Jan van der Berg, Lecturer, Fenby University; Áine Nic Dhonnchadha, Fenby Trust; and Ciarán Mac Giolla, Marlow Tenants",
        "Dr van der Berg: Land is the first thing to fix.",
        "Ms Nic Dhonnchadha: Three councils have stopped taking referrals.",
        "Mr Mac Giolla: Tenants have waited two years for repairs.",
      ),
    );
    const people = peopleIn(draft);
    expect(people).not.toContain("van der Berg");
    expect(people).not.toContain("Nic Dhonnchadha");
    expect(people).not.toContain("Mac Giolla");
    expect(saidByIn(draft, "Land is the first")).toEqual(["Jan van der Berg"]);
    expect(saidByIn(draft, "stopped taking referrals")).toEqual(["Áine Nic Dhonnchadha"]);
    expect(saidByIn(draft, "waited two years")).toEqual(["Ciarán Mac Giolla"]);
  });

  it("reads the same form in prose", () => {
    const text = paragraphsText(
      "Zoë Ní Bhriain, director of policy at the Fenby Trust, gave evidence on Tuesday.",
      "Ms Ní Bhriain told the committee that three councils had stopped taking referrals.",
    );
    expect(peopleIn(draftOf(text))).toEqual(["Zoë Ní Bhriain"]);
  });
});

describe("refusals: a particle's surname that is no one's of the text, or two people's", () => {
  it("does not give 'Ms Ní Bhriain' to a man of another form of the surname ('Ó Briain')", () => {
    const draft = draftOf(
      hearing(
        "Tomás Ó Briain, Chief Executive, Glanmor Housing Association",
        "Ms Ní Bhriain: Councils should release land for village homes.",
      ),
    );
    expect(saidByIn(draft, "release land")).not.toEqual(["Tomás Ó Briain"]);
  });

  it("gives the label to neither of two people of that surname", () => {
    const draft = draftOf(
      hearing(
        "Zoë Ní Bhriain, Director of Policy, Fenby Trust; and Aoife Ní Bhriain, Chief Executive, Glanmor Housing Association",
        "Ms Ní Bhriain: Councils should release land for village homes.",
      ),
    );
    const said = saidByIn(draft, "release land");
    expect(said).not.toContain("Zoë Ní Bhriain");
    expect(said).not.toContain("Aoife Ní Bhriain");
  });

  it("still reads a title before a given name and a surname as that person ('Dr Da Silva' is no 'Ann da Silva' then)", () => {
    const text = paragraphsText(
      "Dr Ann Da Silva and Dr Tom Da Silva led the survey.",
      "Dr Da Silva said the sample was small.",
    );
    const people = peopleIn(draftOf(text));
    expect(people).toContain("Ann Da Silva");
    expect(people).toContain("Tom Da Silva");
  });
});
