// A post on a body's board, the board in lower case and "of" the body after it ("chair of the board of the Fenby
// Trust", "a member of the board of trustees of Marlow Ports", "chair of the governing body of …"): the body is the
// person's, the board part of the post (stop 46, from the misses of set 75: a committee's welcome to its witnesses).
// Small texts written for this test (names and bodies invented).
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const pairs = (text: string) =>
  affiliationsIn(draftOf(text, [])).map(([person, role, body]) => `${person} → ${body} (${role ?? "no role"})`);

describe("a body's board in lower case, then 'of' the body", () => {
  it.each([
    [
      "Ann Bell, chair of the board of the Fenby Trust, said the accounts were late.",
      "Fenby Trust",
      "chair of the board",
    ],
    [
      "Ann Bell, a member of the board of trustees of Marlow Ports, said the accounts were late.",
      "Marlow Ports",
      "member of the board of trustees",
    ],
    [
      "Ann Bell, chair of the governing body of Keld College, said the accounts were late.",
      "Keld College",
      "chair of the governing body",
    ],
    [
      "I welcome Ann Bell, chair of the board of the Fenby Research Council, FRC, to the meeting.",
      "Fenby Research Council",
      "chair of the board",
    ],
  ])("ties the person to the body (%#)", (text, body, role) => {
    expect(pairs(text)).toEqual([`Ann Bell → ${body} (${role})`]);
  });

  it("gives no body to a board named alone", () => {
    expect(pairs("Ann Bell, chair of the board, opened the meeting.")).toEqual([]);
  });
});
