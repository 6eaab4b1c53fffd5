// Speaker → theme (`spoke-on`) in the forms real texts use, each on a small text written for this test (people,
// places, organisations and themes invented): a speaker's words that name a theme and a narrower one of it are on the
// narrower one; new candidate themes with an empty registry are the text's recurring subjects.
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../../src/suggest/suggest.js";
import { draftOf, labelIn } from "../../../helpers/draft.js";

const label = labelIn;
/** Who spoke on which theme the draft found: not the title's new theme, which words on no theme are on (stop 42). */
const spokeOn = (draft: Draft) =>
  draft.claims
    .filter((c) => c.relation === "spoke-on" && label(draft, c.to) !== "Test source")
    .map((c) => `${label(draft, c.from)} → ${label(draft, c.to)}`)
    .sort();
const quotes = (draft: Draft) =>
  draft.claims
    .filter((c) => c.relation === "spoke-on")
    .flatMap((c) => c.evidence.filter((e) => e.kind === "direct-quote").map((e) => e.quote))
    .sort();

const theme = (id: string, label: string, aliases: string[], parent?: string) => ({
  id,
  type: "theme" as const,
  label,
  aliases,
  ...(parent ? { parent } : {}),
});
const FERRIES = [
  theme("island-ferries", "Island ferries", ["ferry services", "ferries"]),
  theme("ferry-timetables", "Ferry timetables", ["timetables", "sailing times"], "island-ferries"),
  theme("ferry-fares", "Ferry fares", ["fares"], "island-ferries"),
];

describe("a speaker's words that name a theme and a narrower one of it", () => {
  it("are on the narrower theme; the broader one stays where the speaker names it alone", () => {
    const draft = draftOf(
      [
        "Islanders want better ferries, the Harbour Committee heard on Monday.",
        'Fiona Tavish said: "The ferry services are fine on paper, but the timetables change every winter without warning."',
        'Callum Brodie said: "Ferry services have carried this island for a century."',
        'He added: "Our fares are the highest in the country."',
      ].join("\n\n"),
      FERRIES,
    );
    expect(spokeOn(draft)).toEqual([
      "Callum Brodie → ferry-fares",
      "Callum Brodie → island-ferries",
      "Fiona Tavish → ferry-timetables",
    ]);
    // Every quote is still some claim's evidence.
    expect(quotes(draft)).toEqual([
      "Ferry services have carried this island for a century.",
      "Our fares are the highest in the country.",
      "The ferry services are fine on paper, but the timetables change every winter without warning.",
    ]);
  });

  it("keeps both when the registry does not say one is narrower", () => {
    const flat = FERRIES.map(({ parent: _, ...t }) => t);
    const draft = draftOf(
      'Fiona Tavish said: "The ferry services are fine on paper, but the timetables change every winter without warning."',
      flat,
    );
    expect(spokeOn(draft)).toEqual(["Fiona Tavish → ferry-timetables", "Fiona Tavish → island-ferries"]);
  });
});

const newThemes = (draft: Draft) => draft.entities.filter((e) => e.section === "themes").map((e) => e.label);

describe("new candidate themes with an empty registry", () => {
  it("are never a kind of organisation: the committee, schools, local authorities", () => {
    const draft = draftOf(
      [
        "The Harbour Committee met on Monday. The committee heard from schools and local authorities.",
        "Fiona Tavish said the schools had no money left for harbour repairs, and the committee agreed.",
        "Callum Brodie said local authorities could not pay for harbour repairs either.",
      ].join("\n\n"),
    );
    expect(newThemes(draft)).toEqual(["Harbour repairs"]);
  });
});

describe("a known theme named by one word", () => {
  const PAY = [theme("care-pay", "Pay in care", ["pay"]), theme("harbour-repairs", "Harbour repairs", [])];

  it("is not named where that word is a verb: 'councils should pay the ferry firm', 'who pay for it'", () => {
    const draft = draftOf(
      [
        'Fiona Tavish said: "Councils should pay the ferry firm for the harbour repairs."',
        'Callum Brodie said: "Islanders who pay for the harbour repairs deserve a say."',
        'Morag Reid said: "Pay is so low that nobody stays."',
      ].join("\n\n"),
      PAY,
    );
    expect(spokeOn(draft)).toEqual([
      "Callum Brodie → harbour-repairs",
      "Fiona Tavish → harbour-repairs",
      "Morag Reid → care-pay",
    ]);
  });
});

describe("new candidate themes: the text's subjects as it names them", () => {
  it("counts 'safety in factories' as 'factory safety', and drops the occasion and the determiner after and before", () => {
    const draft = draftOf(
      [
        "Notes from our factory safety seminar",
        "Last week we held a seminar on safety in factories at our offices.",
        'Fiona Tavish said: "Nobody has paid for safety in factories since the fire."',
      ].join("\n\n"),
    );
    expect(newThemes(draft)).toEqual(["Safety in factories"]);
    expect(spokeOn(draft)).toEqual(["Fiona Tavish → Safety in factories"]);
  });

  it("reads the head word alone as the longer subject ('the subsidy' after 'ferry subsidies')", () => {
    const draft = draftOf(
      [
        "Councillors voted to cut ferry subsidies on Tuesday.",
        "Cllr Fiona Tavish said that money should be found elsewhere to protect the subsidy.",
        "The leader said the subsidy had grown every year, that the subsidy was too high, and that ferry subsidies could not rise again.",
      ].join("\n\n"),
    );
    expect(newThemes(draft)).toEqual(["Ferry subsidies"]);
    expect(spokeOn(draft)).toEqual(["Fiona Tavish → Ferry subsidies"]);
  });

  it("is not one word of a longer subject ('railway' beside 'railway timetables'), nor a word like 'approach'", () => {
    const draft = draftOf(
      [
        "The railway timetables seminar met at the railway museum. The railway had closed the line.",
        "Fiona Tavish said the approach to the railway was wrong, and the railway timetables had to change.",
        "Callum Brodie said a new approach was needed on the railway, and that the approach had failed.",
      ].join("\n\n"),
    );
    expect(newThemes(draft)).toEqual(["Railway timetables"]);
  });
});

describe("a passage that names a theme the corpus knows", () => {
  it("is on that theme, not on a new candidate it also names", () => {
    const draft = draftOf(
      [
        "Harbour pilots were the talk of the evening.",
        'Fiona Tavish said: "Island ferries need harbour pilots, and the harbour pilots need pay."',
        'Callum Brodie said: "Without harbour pilots nothing moves."',
      ].join("\n\n"),
      [theme("island-ferries", "Island ferries", ["ferries"])],
    );
    expect(newThemes(draft)).toEqual(["Harbour pilots"]);
    expect(spokeOn(draft)).toEqual(["Callum Brodie → Harbour pilots", "Fiona Tavish → island-ferries"]);
  });
});

describe("new candidate themes are never a place", () => {
  it("proposes no 'County' or 'Villages', however often the text names them", () => {
    const draft = draftOf(
      [
        "The bus firm will cut 18 services across the county, leaving villages without a bus.",
        "Fiona Tavish said the county had lost half its services and the villages would suffer most.",
        "Callum Brodie said the villages were already cut off and the county could not pay for bus services alone.",
      ].join("\n\n"),
    );
    expect(newThemes(draft)).not.toContain("County");
    expect(newThemes(draft)).not.toContain("Villages");
  });
});

describe("a writer's own piece, introduced by its standfirst", () => {
  it("reads 'Name, a long role and a second role, explores why …' as that person's view, with its themes", () => {
    const draft = draftOf(
      [
        "Jane Roe, director at Northgate Advisory and former chief executive officer and deputy finance officer, explores why emergency budget notices are not the answer to council debt.",
        "In a world where everyone has a view on emergency budget notices, here is mine: they achieve little.",
      ].join("\n\n"),
      [theme("budget-notices", "Emergency budget notices", [])],
    );
    expect(spokeOn(draft)).toEqual(["Jane Roe → budget-notices"]);
  });
});

describe("a speaker's words that name only a broad theme, in a paragraph on a narrower one", () => {
  it("are on the narrower theme the paragraph names; elsewhere they stay on the broad one", () => {
    const draft = draftOf(
      [
        "Islanders told the Harbour Committee that the winter timetables leave them stranded. " +
          'Fiona Tavish said: "Ferry services are a lifeline, and we are cut off for days."',
        'Callum Brodie said: "Ferry services have carried this island for a century."',
      ].join("\n\n"),
      FERRIES,
    );
    expect(spokeOn(draft)).toEqual(["Callum Brodie → island-ferries", "Fiona Tavish → ferry-timetables"]);
    expect(quotes(draft)).toEqual([
      "Ferry services are a lifeline, and we are cut off for days.",
      "Ferry services have carried this island for a century.",
    ]);
  });
});

describe("a known theme named by one common word of its names", () => {
  const CARE = [
    theme("care-workforce", "Social care workforce", ["care workforce", "care workers"]),
    theme("care-pay", "Pay in social care", ["pay", "hourly rate"], "care-workforce"),
    theme("unpaid-carers", "Unpaid carers", ["carers", "families"]),
    theme("young-carers", "Young carers", ["young carers"], "unpaid-carers"),
  ];

  it("is not that theme in a text on another subject: 'a pay cut' among prison tutors is not 'Pay in social care'", () => {
    const draft = draftOf(
      [
        "Prison tutors gave evidence to the Justice Committee on Tuesday.",
        'Colin Ash said: "You cannot ask a tutor to take a pay cut every year and still come back in September."',
        'Dana Pike said: "Our families are proud of what the learners achieve."',
      ].join("\n\n"),
      CARE,
    );
    expect(spokeOn(draft)).toEqual([]);
  });

  it("is that theme where the text names its subject by a longer name, or uses its words more than once", () => {
    const draft = draftOf(
      [
        "Care workers gave evidence to the Health Committee on Tuesday.",
        'Colin Ash said: "You cannot ask anyone to take a pay cut every year and still come back."',
        'Dana Pike said: "Our families do the caring the state will not pay for, and families are tired."',
      ].join("\n\n"),
      CARE,
    );
    expect(spokeOn(draft)).toEqual(["Colin Ash → care-pay", "Dana Pike → unpaid-carers"]);
  });
});

describe("a registry theme worded otherwise in the speaker's words", () => {
  it("is found with its words inflected and in another order: “subsidise bus routes” for Bus subsidies", () => {
    const draft = draftOf(
      'Moira Keddie, leader of Glenholm Council, said: "We cannot keep subsidising bus routes that carry four people a day."',
      [theme("bus-subsidies", "Bus subsidies", [])],
    );
    expect(spokeOn(draft)).toEqual(["Moira Keddie → bus-subsidies"]);
  });

  it("is found by all the words of its label anywhere in the sentence: “reporting … their pay gap”", () => {
    const draft = draftOf(
      'Tomas Verney said: "Reporting has made every large firm look hard at the gender gap in pay."',
      [theme("gender-pay-gap-reporting", "Gender pay gap reporting", [])],
    );
    expect(spokeOn(draft)).toEqual(["Tomas Verney → gender-pay-gap-reporting"]);
  });

  it("is found by one part of a label that joins two subjects: “X and Y reform”, “X and Y”", () => {
    const known = [
      theme("voting-reform", "Constitutional and electoral reform", []),
      theme("fraud", "Frauds and consumer advice", []),
    ];
    const draft = draftOf(
      [
        'Ailsa Moodie said: "Nobody will trust constitutional reform that is handed down from above."',
        'Ruairi Penman said: "Consumers need advice before they sign anything, not after."',
        // One word of a part is too common to name the subject alone.
        'Isla Munro said: "Doorstep frauds are getting cleverer every winter."',
      ].join("\n\n"),
      known,
    );
    expect(spokeOn(draft)).toEqual(["Ailsa Moodie → voting-reform", "Ruairi Penman → fraud"]);
  });

  it("is found by its subject before “of”, “in”: “extreme breeding” for Extreme breeding of animals", () => {
    const draft = draftOf(
      'Delyth Prosser said: "Extreme breeding has gone on for too long without anyone stopping it."',
      [theme("extreme-breeding", "Extreme breeding of animals", []), theme("animal-welfare", "Animal welfare", [])],
    );
    expect(spokeOn(draft)).toEqual(["Delyth Prosser → extreme-breeding"]);
  });

  it("is not found by a generic word alone, nor from words split between names and text", () => {
    const draft = draftOf(
      [
        'Delyth Prosser said: "The state of the harbour wall is a worry, and so is the state of the pier."',
        'Owain Rhys of the Bus Users Trust said: "Fares went up again."',
        // Three words of a label are a subject only close together.
        'Nia Bevan said: "Small villages lost their last bus, and the firms that ran them have gone."',
      ].join("\n\n"),
      [
        theme("voluntary-sector", "The state of the voluntary sector", []),
        theme("bus-trust", "Trust in buses", []),
        theme("small-firms", "Small bus firms", []),
      ],
    );
    expect(spokeOn(draft)).toEqual([]);
  });

  it("prefers the theme whose words the sentence names in full over one named by fewer of them", () => {
    const draft = draftOf(
      'Moira Keddie said: "Funding for social care has fallen in every one of the last ten years."',
      [theme("social-care", "Social care", []), theme("social-care-funding", "Social care funding", [])],
    );
    expect(spokeOn(draft)).toEqual(["Moira Keddie → social-care-funding"]);
  });
});

describe("the sentence that gives a speaker's short quoted words", () => {
  it("is the speaker's reported speech on the themes it names: “X described the ban on Y as “long overdue””", () => {
    const draft = draftOf(
      [
        "Members of the Rural Affairs Committee met in Aberteg on Thursday.",
        "Fellow councillor Bethan Lloyd described the ban on hedge burning as “long overdue”, while the Greens’ Ifan Rees urged the county to fund more wardens.",
      ].join("\n\n"),
      [theme("hedge-burning", "Hedge burning", [])],
    );
    expect(spokeOn(draft)).toEqual(["Bethan Lloyd → hedge-burning"]);
  });
});

describe("new candidate themes are subjects, not the people or bodies a text speaks of", () => {
  it("proposes no 'Residents', 'Government' or 'Consumers', however often the text names them", () => {
    const draft = draftOf(
      [
        "Residents packed the hall in Marlow Vale on Monday to hear about flood defences.",
        'Gwen Astley said: "Residents have waited ten years for flood defences, and the government keeps moving the date."',
        'Peter Oduya said: "The government promised residents a plan, and consumers pay for it in their insurance."',
        'Gwen Astley added: "Consumers and the government both know the flood defences are overdue."',
      ].join("\n\n"),
    );
    expect(newThemes(draft)).toEqual(["Flood defences"]);
  });
});

describe("a text that repeats no subject but who it speaks of", () => {
  it("keeps that as its candidate, so its speakers' words are still drafted", () => {
    const draft = draftOf(
      [
        "Consumers in Marlow Vale were warned on Monday.",
        'Gwen Astley said: "Consumers should check every letter, because consumers are the ones who lose out."',
      ].join("\n\n"),
    );
    expect(newThemes(draft)).toEqual(["Consumers"]);
    expect(spokeOn(draft)).toEqual(["Gwen Astley → Consumers"]);
  });
});
