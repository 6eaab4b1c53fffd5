// Stop 47 (set 80): a committee's "Members present:" line whose chair a ";" sets apart and whose other members commas
// part (a space lost after one, too), as older Commons evidence pages print it; each name is a member, not a post of
// the first. Next to it, a witness list whose ";" entries give a name, then posts and bodies after commas, still reads
// the pieces after the comma as no one. Every person, body and word here is invented.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, peopleIn } from "../../../helpers/draft.js";

const hearing = (members: string, witnesses = "Witnesses: Tom Reed, Director of Harbours, gave evidence.") =>
  lines(
    "Harbours Committee",
    "Oral evidence: Harbour Dues, HC 926",
    members,
    witnesses,
    "Q1 Chair: Good afternoon and welcome. Could you introduce yourself for the record, please?",
    "Tom Reed: I am the director of harbours and I have held the post for ten years now.",
    "Q2 Chair: What will the dues be next year, and who will pay them?",
    "Tom Reed: The dues will rise by a tenth, and every boat that lands a catch will pay them.",
  );

describe("a members list: the chair, a ';', then the members parted by commas", () => {
  for (const members of [
    "Members present: Miss Ann Bell (Chair); Rhys Darnell, Jim Fellowes, Mrs Mary Glenholm, Sheryl Marwood, Neil Pargeter,Ms Margaret Rigby, Roger Wemyss",
    "Members present: Ann Bell (Chair); Jim Fellowes, Sheryl Marwood, Neil Pargeter and Roger Wemyss",
    "Present: Ann Bell (The Chair); Jim Fellowes, Sheryl Marwood, Neil Pargeter, Roger Wemyss.",
  ]) {
    it(`reads every member of '${members.slice(0, 50)}…'`, () => {
      const people = peopleIn(draftOf(hearing(members)));
      for (const name of ["Ann Bell", "Jim Fellowes", "Sheryl Marwood", "Neil Pargeter", "Roger Wemyss"]) {
        expect(people).toContain(name);
      }
    });
  }
  it("still reads a witness entry's pieces after its comma as posts and bodies", () => {
    const people = peopleIn(
      draftOf(
        hearing(
          "Members present: Ann Bell (Chair); Jim Fellowes, Sheryl Marwood",
          "Witnesses: Tom Reed, Director, Fenby Harbour Board; Kit Lamb, Head of Policy, Marlow Quay Users, gave evidence.",
        ),
      ),
    );
    expect(people).toContain("Kit Lamb");
    expect(people).not.toContain("Fenby Harbour Board");
    expect(people).not.toContain("Marlow Quay Users");
  });
});
