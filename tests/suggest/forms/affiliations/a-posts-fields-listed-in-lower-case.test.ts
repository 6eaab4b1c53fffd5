// A post whose field is a list in lower case, its items set off by commas, then where the post is ("director of
// research, education and knowledge exchange at the Fenby Funding Council", "head of policy, campaigns and research
// for the Marlow Trust"): the list is the post's, the body after it the person's (stop 46, from the misses of sets
// 72 and 75: a news report, a council's statement). Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text, [])).map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`);

describe("a post's fields listed in lower case, then its body", () => {
  it.each([
    [
      "Ann Bell, director of research, education and knowledge exchange at the Fenby Funding Council, said the results were good.",
      "Fenby Funding Council",
      "director of research, education and knowledge exchange",
    ],
    [
      "Ann Bell, head of policy, campaigns and research for the Marlow Trust, said little.",
      "Marlow Trust",
      "head of policy, campaigns and research",
    ],
    [
      "Ann Bell, professor of law, ethics and society at Tressington University, agreed.",
      "Tressington University",
      "professor of law, ethics and society",
    ],
  ])("reads the whole post (%#)", (text, body, role) => {
    expect(pairs(text)).toEqual([`Ann Bell → ${body} (${role})`]);
  });

  it("reads no list across a name: the next person's post stays theirs", () => {
    const text = "Jo Pratt, head of policy, and Sam Cole, director of the Fenby Trust, spoke.";
    expect(pairs(text)).toEqual(["Sam Cole → Fenby Trust (director)"]);
  });
});

// The same list in a post written before its holder's name, after its body's possessive ("Labour's spokesperson on
// environment, food and rural affairs Name", as a report of a conference's fringe meeting put it); a spokesperson's
// field is "on" it (stop 47, from a miss of set 80; set 77 had the list after the name). Other authors write "the
// Trust's head of housing, roads and planning Name", "the Society's director of research, policy and campaigns Name".
describe("a post's fields listed in lower case, after its body's possessive and before the name", () => {
  it.each([
    [
      "At the fringe we heard from the Marsh Housing Trust’s spokesperson on housing, roads and planning Tom Reed.",
      "spokesperson on housing, roads and planning",
    ],
    [
      "Over a hundred members came to hear the Marsh Housing Trust’s spokesperson on estates, food and rural transport Tom Reed.",
      "spokesperson on estates, food and rural transport",
    ],
    [
      "Yesterday the Marsh Housing Trust's head of housing, roads and planning Tom Reed said the estate was full.",
      "head of housing, roads and planning",
    ],
    [
      "Last week the Marsh Housing Trust’s director of research, policy and campaigns Tom Reed opened the day.",
      "director of research, policy and campaigns",
    ],
  ])("reads the whole post (%#)", (text, role) => {
    expect(pairs(text)).toEqual([`Tom Reed → Marsh Housing Trust (${role})`]);
  });

  it("reads no list that a comma before the name leaves open", () => {
    const text = "Yesterday the Marsh Housing Trust's head of housing, Tom Reed, said the estate was full.";
    expect(pairs(text)).toEqual(["Tom Reed → Marsh Housing Trust (head of housing)"]);
  });
});
