// Affiliations and roles in the forms real UK texts use, each on a small text written for this test (names, places
// and organisations invented): posts after and before a name, second posts, lists of names, seats and offices that are
// no organisation, and the things set beside a name that are no organisation at all.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftEveryProposal, draftOf, labelIn } from "../../../helpers/draft.js";

const affiliations = (text: string, publisher?: string) => affiliationsIn(draftOf(text, [], publisher));

describe("no organisation where the words beside a name are not one", () => {
  it("reads a list of members with their letters as people, not as each other's organisations", () => {
    expect(
      affiliations("The panel included Kim Hale MP, Ben Lowe MP, Sara Dunn MP and the journalist Jo Pike."),
    ).toEqual([]);
    expect(affiliations("Guests were Dame Ruth Marr DBE, Tom Ashby OBE and Lena Holt.")).toEqual([]);
    // A name and its organisation in the same list still is one.
    expect(affiliations("Speakers: Kim Hale, Fenby Housing Trust; Ben Lowe MP; Sara Dunn, Marlow Institute.")).toEqual([
      ["Kim Hale", undefined, "Fenby Housing Trust"],
      ["Sara Dunn", undefined, "Marlow Institute"],
    ]);
  });

  it("reads a list of titled names, in capitals or not, as people, not as the first one's organisation", () => {
    expect(
      affiliations(
        "DR ANN FRITH, MR TOM REYES and MR SAM YEO\n\nWitnesses: Dr Ann Frith, Mr Tom Reyes and Mr Sam Yeo.",
      ),
    ).toEqual([]);
    expect(affiliations("The guests were Ann Frith, Professor Tom Reyes and Dr Sam Yeo.")).toEqual([]);
  });

  it("reads the place before 'MP' as the member's seat, not an organisation", () => {
    expect(affiliations("Fenby North MP Ann Frith said the buses were late.")).toEqual([]);
    // The seat still says who "the MP for Fenby North" is.
    const draft = draftEveryProposal(
      "‘Fix the buses’ Fenby North MP Ann Frith tells ministers\nThe MP for Fenby North has called for a “new bus regulator with real teeth”.",
    );
    expect(draft.claims.filter((c) => c.relation === "recommends").map((c) => labelIn(draft, c.from))).toEqual([
      "Ann Frith",
    ]);
    expect(affiliations("‘Fix the buses’, Upper Marlow MSP Ann Frith tells ministers")).toEqual([]);
    // A party before the letters is the member's party.
    expect(affiliations("Labour MP Ann Frith said the buses were late.")).toEqual([
      ["Ann Frith", "MP", "Labour Party"],
    ]);
  });

  it("reads a head of government or a royal office as an office, not a post at an organisation", () => {
    expect(affiliations("Ann Frith, former adviser to UK Prime Minister Tom Reyes, spoke first.")).toEqual([]);
    expect(affiliations("It heard from Sir Tom Reyes, Her Majesty’s Chief Inspector of Prisons, on Monday.")).toEqual(
      [],
    );
    expect(affiliations("It heard from Sir Tom Reyes, His Majesty's Chief Inspector of Probation, on Monday.")).toEqual(
      [],
    );
  });

  it("reads a link's file type and size in brackets after a name as no organisation", () => {
    expect(affiliations("The day closed with a lecture by Professor Ann Frith (PDF 88 KB).")).toEqual([]);
    expect(affiliations("Read the speech by Dr Tom Reyes (Word document, 1.2 MB) here.")).toEqual([]);
    expect(affiliations("The day closed with a lecture by Professor Ann Frith (Marlow Institute).")).toEqual([
      ["Ann Frith", undefined, "Marlow Institute"],
    ]);
  });
});

describe("posts after a name", () => {
  it("drops 'new' from a post: the post is the same one", () => {
    expect(
      affiliations("Opening the day, Tom Reyes, Fenwick Trust’s new Chief Executive, urged members to act."),
    ).toEqual([["Tom Reyes", "Chief Executive", "Fenwick Trust"]]);
    expect(affiliations("Tom Reyes, the new director of the Marlow Institute, spoke first.")).toEqual([
      ["Tom Reyes", "director", "Marlow Institute"],
    ]);
    expect(affiliations("Tom Reyes, newly appointed chair of the Fenby Housing Trust, spoke first.")).toEqual([
      ["Tom Reyes", "chair", "Fenby Housing Trust"],
    ]);
  });

  it("gives one post at two organisations named after it: 'Name, Role, Org and the Org2'", () => {
    expect(
      affiliations(
        "The closing talk was given by Maya Osei, Founder, Brightway Trust and the Harbour Mentoring Scheme.",
      ),
    ).toEqual([
      ["Maya Osei", "Founder", "Brightway Trust"],
      ["Maya Osei", "Founder", "Harbour Mentoring Scheme"],
    ]);
    expect(affiliations("We heard from Maya Osei, Director, BRIGHTWAY and the Harbour Mentoring Network.")).toEqual([
      ["Maya Osei", "Director", "BRIGHTWAY"],
      ["Maya Osei", "Director", "Harbour Mentoring Network"],
    ]);
  });

  it("reads a second post as 'and a <Org> <Post>'", () => {
    expect(
      affiliations("The event was hosted by Ben Lowe CBE, Chair of the Fenby History Society and a FHT Trustee."),
    ).toEqual([
      ["Ben Lowe", "Chair", "Fenby History Society"],
      ["Ben Lowe", "Trustee", "FHT"],
    ]);
    expect(
      affiliations("Ben Lowe, director of the Marlow Institute and an adviser to the Fenby Housing Trust, spoke."),
    ).toEqual([
      ["Ben Lowe", "adviser", "Fenby Housing Trust"],
      ["Ben Lowe", "director", "Marlow Institute"],
    ]);
  });

  it("reads a second post after 'as well as' or in a relative clause after the first", () => {
    expect(
      affiliations("Jane Pike, director of the Marlow Institute as well as a trustee of Fenby Homes, spoke."),
    ).toEqual([
      ["Jane Pike", "trustee", "Fenby Homes"],
      ["Jane Pike", "director", "Marlow Institute"],
    ]);
    expect(
      affiliations("Jane Pike, director of the Marlow Institute, who also chairs the Fenby Housing Trust, spoke."),
    ).toEqual([
      ["Jane Pike", "director", "Marlow Institute"],
      ["Jane Pike", "chairs", "Fenby Housing Trust"],
    ]);
    // Not a post the relative clause ends.
    expect(
      affiliations(
        "Jane Pike, director of the Marlow Institute, who chaired the Fenby Housing Trust until 2019, spoke.",
      ),
    ).toEqual([["Jane Pike", "director", "Marlow Institute"]]);
  });

  it("reads '<Org> <Post> and <Post>, <Org2>' as two posts, each at its own organisation", () => {
    expect(
      affiliations("The panel heard from Patty Shore, FHT Chair and CEO, Marlow Consulting, and from Tom Reyes."),
    ).toEqual([
      ["Patty Shore", "Chair", "FHT"],
      ["Patty Shore", "CEO", "Marlow Consulting"],
    ]);
    expect(
      affiliations("Ann Frith, Fenby Housing Trust Chair and Director of the Marlow Institute, spoke first."),
    ).toEqual([
      ["Ann Frith", "Chair", "Fenby Housing Trust"],
      ["Ann Frith", "Director", "Marlow Institute"],
    ]);
    // "Party Chair" names no party: the second post is the one at an organisation.
    expect(
      affiliations("Ann Frith MP, Party Chair and Chair of the Fenby Policy Review, spoke first.").map((a) => a[2]),
    ).toEqual(["Fenby Policy Review"]);
    // A post and a second post at one organisation stay one post there.
    expect(affiliations("Ann Frith, Chair and Chief Executive, Marlow Institute, spoke first.")).toEqual([
      ["Ann Frith", "Chair and Chief Executive", "Marlow Institute"],
    ]);
  });

  it("reads a post in a unit of the organisation, 'director of the Org's data unit', as that post at the organisation", () => {
    expect(affiliations("Ann Frith, director of the Fenby Commission's data protection unit, spoke.")).toEqual([
      ["Ann Frith", "director of the Fenby Commission's data protection unit", "Fenby Commission"],
    ]);
    expect(affiliations("Ann Frith, head of the Marlow Trust’s policy team, spoke.")).toEqual([
      ["Ann Frith", "head of the Marlow Trust’s policy team", "Marlow Trust"],
    ]);
  });

  it("reads 'Name, from the charity’s <unit>,' as the organisation named before, with no post", () => {
    expect(
      affiliations(
        "The Fenby Animal Trust held its debate in May. Kim Hale, from the charity’s public affairs unit, said: “We need action now for every animal.”",
      ),
    ).toEqual([["Kim Hale", undefined, "Fenby Animal Trust"]]);
    // A party named in between is no charity.
    expect(
      affiliations(
        "The Fenby Animal Trust held its debate in May. The minister repeated Labour’s pledge on welfare. Kim Hale, from the charity’s public affairs unit, said: “We need action now for every animal.”",
      ).map((a) => a[2]),
    ).toEqual(["Fenby Animal Trust"]);
    expect(
      affiliations(
        "The Marlow Institute published its report. Sam Yeo, of the Institute's research team, said it was late.",
      ),
    ).toEqual([["Sam Yeo", undefined, "Marlow Institute"]]);
  });

  it("reads a columnist's or correspondent's post at a possessive organisation", () => {
    expect(
      affiliations(
        "Andy Cole, Fenwick Trust’s personal finance columnist and contributor to the report, said it was hard.",
      ),
    ).toEqual([["Andy Cole", "personal finance columnist", "Fenwick Trust"]]);
  });
});

describe("posts before a name", () => {
  it("reads 'Our Head of <Field> Name' as a post at the publisher", () => {
    expect(affiliations("Our Head of Communications Mike Dunn spoke for the Society.", "Fenby Reform Society")).toEqual(
      [["Mike Dunn", "Head of Communications", "Fenby Reform Society"]],
    );
    expect(affiliations("Our Director of Policy Jane Pike opened the session.", "Marlow Institute")).toEqual([
      ["Jane Pike", "Director of Policy", "Marlow Institute"],
    ]);
  });
});

describe("posts in sentences of their own and author boxes", () => {
  it("reads an author box whose name has a social media handle after it", () => {
    expect(affiliations("Jane Pike (@janepike) is a senior fellow at the Marlow Institute.")).toEqual([
      ["Jane Pike", "senior fellow", "Marlow Institute"],
    ]);
    expect(affiliations("About the author\nJane Pike (@jpike_research) is Head of Research at Fenby Homes.")).toEqual([
      ["Jane Pike", "Head of Research", "Fenby Homes"],
    ]);
  });

  it("reads a second post after 'and' with no verb of its own: 'X is director of Org and a trustee of Org2'", () => {
    expect(
      affiliations(
        "Jane Pike spoke next. She is director of policy at the Marlow Institute and a trustee of Fenby Homes.",
      ),
    ).toEqual([
      ["Jane Pike", "trustee", "Fenby Homes"],
      ["Jane Pike", "director of policy", "Marlow Institute"],
    ]);
    expect(affiliations("Jane Pike is chair of the Marlow Institute and director of the Fenby Housing Trust.")).toEqual(
      [
        ["Jane Pike", "chair", "Marlow Institute"],
        ["Jane Pike", "director", "Fenby Housing Trust"],
      ],
    );
  });

  it("gives no post held no longer, 'Former' opening the sentence included", () => {
    expect(affiliations("Former Marlow Institute director Jane Pike spoke next.")).toEqual([]);
    expect(affiliations("Ex-Marlow Institute director Jane Pike spoke next.")).toEqual([]);
    expect(affiliations("The former Marlow Institute director Jane Pike spoke next.")).toEqual([]);
  });
});

describe("bylines and the publisher's own people", () => {
  const publisher = "Marlow Institute";
  it("reads 'Posted by' and 'Written by' bylines as 'By' ones: a post at the publisher", () => {
    expect(
      affiliations(
        "Posted by Jane Pike, Head of Policy, on 3 May 2023\nThe housing crisis is getting worse.",
        publisher,
      ),
    ).toEqual([["Jane Pike", "Head of Policy", "Marlow Institute"]]);
    expect(
      affiliations("Written by Jane Pike, Policy Officer\nThe housing crisis is getting worse.", publisher),
    ).toEqual([["Jane Pike", "Policy Officer", "Marlow Institute"]]);
  });

  it("reads 'our <field> <post> Name' and 'Name is our <post>' as a post at the publisher", () => {
    expect(affiliations("The housing crisis is getting worse, says our policy officer Jane Pike.", publisher)).toEqual([
      ["Jane Pike", "policy officer", "Marlow Institute"],
    ]);
    expect(affiliations("The housing crisis is getting worse.\nJane Pike is our Head of Policy.", publisher)).toEqual([
      ["Jane Pike", "Head of Policy", "Marlow Institute"],
    ]);
    // With no publisher, no organisation.
    expect(affiliations("The housing crisis is getting worse.\nJane Pike is our Head of Policy.")).toEqual([]);
  });
});

describe("lists of names and their organisations", () => {
  it("reads every entry of a list 'A of Org, B of Org2, and C of Org3' as its organisation, one word or more", () => {
    expect(
      affiliations(
        "The panel included Kim Hale of Brightway Hotels Group, Ben Lowe of Corvane, and Sara Dunn of Marlow International.",
      ),
    ).toEqual([
      ["Kim Hale", undefined, "Brightway Hotels Group"],
      ["Ben Lowe", undefined, "Corvane"],
      ["Sara Dunn", undefined, "Marlow International"],
    ]);
    // A lone "of Place" is no organisation.
    expect(affiliations("Ben Lowe of Corvane spoke first.")).toEqual([]);
  });

  it("reads every entry of a dash list 'A – Org, B – Org2' as its organisation, one word or more", () => {
    expect(
      affiliations("Speakers were Nick Hale – The Fenby Trust, Mara Lowe – Corvane, Sam Hinds – Marlow Works."),
    ).toEqual([
      ["Nick Hale", undefined, "Fenby Trust"],
      ["Mara Lowe", undefined, "Corvane"],
      ["Sam Hinds", undefined, "Marlow Works"],
    ]);
  });

  it("reads 'Name of/from <Name> <verb>' as the person's organisation, whatever its words, when the two are the subject", () => {
    expect(affiliations("Kim Hale of Citizens Support has outlined the changes she wants.")).toEqual([
      ["Kim Hale", undefined, "Citizens Support"],
    ]);
    expect(affiliations("Next, Sam Yeo from Open Streets made a call for change.")).toEqual([
      ["Sam Yeo", undefined, "Open Streets"],
    ]);
    // Not a place.
    expect(affiliations("Kim Hale of North Marlshire has outlined the changes she wants.")).toEqual([]);
  });

  it("gives no post for 'Prof Name from Org': only 'Prof Name of Org' makes the title a post there", () => {
    expect(affiliations("The talk was given by Prof Ann Frith from the Fenby Agricultural College.")).toEqual([
      ["Ann Frith", undefined, "Fenby Agricultural College"],
    ]);
    expect(affiliations("The talk was given by Prof Ann Frith of the Fenby Agricultural College.")).toEqual([
      ["Ann Frith", "Prof", "Fenby Agricultural College"],
    ]);
  });
});

describe("posts with a school or a second post between the post and its organisation", () => {
  it("reads 'Post, School of X at Org': the unit of the organisation stays in the post, the organisation after 'at'", () => {
    expect(
      affiliations(
        "The panel included Ann Frith, Senior Lecturer in Law, School of Law and Policy at Marlow University.",
      ),
    ).toEqual([["Ann Frith", "Senior Lecturer in Law, School of Law and Policy", "Marlow University"]]);
    expect(
      affiliations("The speakers were Tom Reyes, Professor of History, Faculty of Arts at the University of Fenby."),
    ).toEqual([["Tom Reyes", "Professor of History, Faculty of Arts", "University of Fenby"]]);
  });

  it("reads 'Post at Org and Post2, Org2' as two posts, each at its own organisation", () => {
    expect(
      affiliations(
        "It was chaired by Ann Frith, Senior Lecturer in Law at Marlow University and Academic Lead for Housing, Marlow Policy Institute.",
      ).sort(),
    ).toEqual([
      ["Ann Frith", "Academic Lead for Housing", "Marlow Policy Institute"],
      ["Ann Frith", "Senior Lecturer in Law", "Marlow University"],
    ]);
    // The first post with a unit between it and its organisation.
    expect(
      affiliations(
        "It was chaired by Ann Frith, Senior Lecturer in Law, School of Law and Policy at Marlow University and Academic Lead for Housing and Care, Marlow Policy Institute.",
      )
        .map(([, , organisation]) => organisation)
        .sort(),
    ).toEqual(["Marlow Policy Institute", "Marlow University"]);
    // Lower case, "and also".
    expect(
      affiliations("We heard from Tom Reyes, director of policy at Fenby Trust and also chair, Marlow Housing Forum."),
    ).toEqual([
      ["Tom Reyes", "director of policy", "Fenby Trust"],
      ["Tom Reyes", "chair", "Marlow Housing Forum"],
    ]);
  });
});

describe("a body and the person who chairs it: 'the X Committee, chaired by Name'", () => {
  it("reads '<Org>, chaired by Name' as the person's post as chair of the body", () => {
    expect(affiliations("The Fenby Housing Committee, chaired by Tom Reyes, published its report today.")).toEqual([
      ["Tom Reyes", "chair", "Fenby Housing Committee"],
    ]);
    // A description of the person before the name.
    expect(
      affiliations(
        "The Marlow Water Commission, chaired by the former head of the Fenby Bank, Sir Sam Yeo, met today.",
      ),
    ).toEqual([["Sam Yeo", "chair", "Marlow Water Commission"]]);
    // A body named before, referred back to by its kind in lower case.
    expect(
      affiliations(
        "Ministers announced that a Marlow Water Commission would review the industry. The minister said the new commission, chaired by the former head of the Fenby Bank, Sir Sam Yeo, will report in June.",
      ),
    ).toEqual([["Sam Yeo", "chair", "Marlow Water Commission"]]);
    // The body named in the words before the chair's name is still read as an organisation of its own.
    expect(
      draftOf("The Marlow Water Commission, chaired by the former head of the Fenby Bank, Sir Sam Yeo, met today.")
        .entities.map((e) => e.label)
        .filter((l) => l === "Fenby Bank"),
    ).toEqual(["Fenby Bank"]);
    // With no comma, "chaired by A and B" may say who chaired something else of the sentence: no post.
    expect(
      affiliations(
        "Last month we worked with the Fenby Institute of Equity chaired by Professor Sir Tom Reyes and Sam Yeo on a report.",
      ),
    ).toEqual([]);
    // Not a body: an event is chaired too.
    expect(affiliations("The debate, chaired by Tom Reyes, ran late.")).toEqual([]);
  });

  it("reads 'A, B and C, chaired respectively by X, Y and Z' in order, names with fields and commas whole", () => {
    expect(
      affiliations(
        "Reports came from the Housing Committee, the Transport, Roads and Rail Committee, and the Schools Committee, chaired respectively by Ann Frith, Tom Reyes and Sam Yeo.",
      ),
    ).toEqual([
      ["Ann Frith", "chair", "Housing Committee"],
      ["Tom Reyes", "chair", "Transport, Roads and Rail Committee"],
      ["Sam Yeo", "chair", "Schools Committee"],
    ]);
    // Hansard: "myself" is the turn's speaker; the members are named in brackets after their seats, past "hon.".
    const hansard = [
      "Ann Frith Portrait Ann Frith (Fenby) (Con)",
      "I beg to move, That this House has considered the matter of buses.",
      "I thank the Liaison Committee for this debate, as covered in reports by the Housing Committee, the Transport, Roads and Rail Committee, and the Schools Committee, chaired respectively by myself and my right hon. Friends the Members for Marlow East (Sir Tom Reyes) and for Upper Fenby (Sam Yeo). I look forward to their speeches.",
      "Tom Reyes Portrait Sir Tom Reyes (Marlow East) (Con)",
      "I agree with my right hon. Friend.",
    ].join("\n\n");
    expect(affiliations(hansard).filter(([, role]) => role === "chair")).toEqual([
      ["Ann Frith", "chair", "Housing Committee"],
      ["Tom Reyes", "chair", "Transport, Roads and Rail Committee"],
      ["Sam Yeo", "chair", "Schools Committee"],
    ]);
    // Not as many people as bodies: no one's post is known.
    expect(
      affiliations(
        "Reports came from the Housing Committee and the Schools Committee, chaired respectively by Ann Frith.",
      ),
    ).toEqual([]);
  });
});

describe("the organisation a post names, not a word of its remit", () => {
  it("reads 'Org's Role for/of Remit' as a post at the possessor, the remit part of the role", () => {
    expect(affiliations("Sam Yeo, Fenby Council's Director for Floods and Water, said the plans were late.")).toEqual([
      ["Sam Yeo", "Director for Floods and Water", "Fenby Council"],
    ]);
    expect(affiliations("Ann Frith, the Marlow Trust's Chair of Trustees, said rents were high.")).toEqual([
      ["Ann Frith", "Chair of Trustees", "Marlow Trust"],
    ]);
    // A place's office is no organisation's post (with an empty registry: the draft cannot tell a city from a body).
    expect(affiliations("Derby's Deputy City Mayor for Housing, Cllr Ann Frith, spoke.")).toEqual([]);
    // A place named with "at" is where the post is held.
    expect(affiliations("Ann Frith, Fenby's Head of Policy at the Marlow Trust, said rents were high.")).toEqual([
      ["Ann Frith", "Fenby's Head of Policy", "Marlow Trust"],
    ]);
  });

  it("reads no organisation in 'Chair of Trustees' or 'Chair of Governors' alone", () => {
    expect(affiliations("The guests were Pam Lowe, Chair of Trustees, and Ed Vale, Chair of Governors.")).toEqual([]);
  });

  it("reads 'Director of <Name> <field> for Org' as a post at Org, the name qualifying the field", () => {
    expect(affiliations("Jane Pike, Director of UK operations for the Fenby Housing Trust, spoke next.")).toEqual([
      ["Jane Pike", "Director of UK operations", "Fenby Housing Trust"],
    ]);
  });

  it("reads what an expert is 'on' as the subject, not an organisation", () => {
    expect(affiliations("Jo Park, an expert on PTSD, said the service was failing.")).toEqual([]);
    expect(
      affiliations("Jo Park, who sits on the board of the Fenby Trust, said the service was failing."),
    ).not.toEqual([]);
  });
});

describe("an organisation's name read apart from the posts and names around it", () => {
  it("reads 'Org CEO Name and Org2 CEO Name2' as two organisations, not one name running through the first person", () => {
    expect(affiliations("Fenby CEO Ann Frith and FHA CEO Tom Reyes signed the lease.")).toEqual([
      ["Ann Frith", "CEO", "Fenby"],
      ["Tom Reyes", "CEO", "FHA"],
    ]);
  });

  it("reads an acronym before a post's field as the organisation, the field as the post's", () => {
    expect(affiliations("The walk was led by Ann Frith, FHA Tenant Support Manager, and Tom Reyes.")).toEqual([
      ["Ann Frith", "Tenant Support Manager", "FHA"],
    ]);
    expect(affiliations("Ann Frith, FPA Rural Housing and Transport Spokesperson, said no.")).toEqual([
      ["Ann Frith", "Rural Housing and Transport Spokesperson", "FPA"],
    ]);
    // A place or a body's word after the acronym is the name's own.
    expect(affiliations("Ann Frith, NHS Greater Fenby Chief Executive, said no.")).toEqual([
      ["Ann Frith", "Chief Executive", "NHS Greater Fenby"],
    ]);
    expect(affiliations("Ann Frith, FHA Housing Trust Chief Executive, said no.")).toEqual([
      ["Ann Frith", "Chief Executive", "FHA Housing Trust"],
    ]);
  });
});

describe("'Name: Role at Org' on a line of its own", () => {
  it("reads the colon of a speakers' list line as opening the person's post", () => {
    expect(
      affiliations(
        "On the panel:\nKim Hale, Professor of Law, Marlow University\nSara Lund: Head of Outreach at Include",
      ),
    ).toEqual([
      ["Kim Hale", "Professor of Law", "Marlow University"],
      ["Sara Lund", "Head of Outreach", "Include"],
    ]);
    // Not a colon inside a line, nor a line with no post after it.
    expect(affiliations("We heard this from Sara Lund: Head of Outreach at Include is her post.")).toEqual([]);
  });
});

describe("'by Name of Org': the agent of a passive verb or a noun, and where they are from", () => {
  it("reads the name after 'of' as the person's organisation, whatever its words, but not a place or a peer's seat", () => {
    expect(affiliations("The fair was opened by Ann Frith of Kessel Marlow.")).toEqual([
      ["Ann Frith", undefined, "Kessel Marlow"],
    ]);
    expect(affiliations("The plan, first drawn up by Tom Reyes of Marlow Partners, went ahead.")).toEqual([
      ["Tom Reyes", undefined, "Marlow Partners"],
    ]);
    expect(affiliations("The talk was given by Ann Frith of North Fenby.")).toEqual([]);
    expect(affiliations("The bill was moved by Lord Hale of Fenby Bridge.")).toEqual([]);
  });
});
