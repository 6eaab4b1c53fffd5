// Stop 43: the chair named in forms the released sets 56–67 showed missed or drafted wrong (a post whose closing comma
// is left out before the chair verb, a town after the organisation's comma, an occasion's chair word coordinated with
// the person's post, a partitive "the second of four panel debates", the writer's "I chaired" and "I will be joined
// by X as we lead a workshop"), and the chairs drafted where none is (a
// conference's host, a conference chair handed on to an incoming one, "as chair and vice-chair of" a committee); each
// with what it must still refuse. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import type { LoadedSource } from "../../../../src/model/corpus.js";
import { KnownEntities } from "../../../../src/suggest/known.js";
import { suggestAnnotations } from "../../../../src/suggest/suggest.js";
import { chairsIn, draftOf, panelAfter, paragraphsText } from "../../../helpers/draft.js";

const chairOf = (sentence: string) => chairsIn(draftOf(panelAfter(sentence)));

/** The chairs drafted for a blog post of paragraphs whose metadata names `author` (or no one), two panellists after. */
const chairsByAuthor = (author: string | undefined, ...paragraphs: string[]) => {
  const text = paragraphsText(
    ...paragraphs,
    "“The harbour needs dredging,” said Tom Reed, chief executive of Fenby Ports.",
    "“The unions agree,” said Kit Lamb, general secretary of the Dockers' Union.",
  );
  const meta = { id: "t", title: "Test source", ...(author ? { author } : {}) };
  const source = { file: "sources/t.txt", text, meta } as unknown as LoadedSource;
  return chairsIn(suggestAnnotations(source, new KnownEntities([]), new Set(), {}));
};

describe("a post or an organisation run up to the chair verb", () => {
  const forms = [
    "Ann Bell, chief executive of Friends Together to End Hunger chaired the session, with Tom Reed alongside.",
    "Ann Bell, director of the Fenby Trust for Ports chaired the debate.",
    "Dr. Ann Bell of the University of Fenby, Marlow moderated a conversation on ports.",
    "Ann Bell of the Institute on Harbour Policy moderated the panel.",
  ];
  for (const sentence of forms) {
    it(`reads the chair in '${sentence.slice(0, 60)}…'`, () => {
      expect(chairOf(sentence)).toEqual(["Ann Bell"]);
    });
  }

  const refused: [string, string[]][] = [
    // Another person after the comma is the one who moderated.
    ["Ann Bell of Fenby Trust, Jo Marsh moderated a conversation on ports.", ["Jo Marsh"]],
    // Another body's meetings.
    ["Ann Bell, chief executive of Friends Together to End Hunger chaired the Trust's board for years.", []],
    // A passive: the organisation was chaired.
    ["Ann Bell, director of the Fenby Trust for Ports, chaired by Jo Marsh, spoke first.", []],
  ];
  for (const [sentence, chairs] of refused) {
    it(`reads ${JSON.stringify(chairs)} in '${sentence.slice(0, 60)}…'`, () => {
      expect(chairOf(sentence)).toEqual(chairs);
    });
  }
});

describe("an occasion's chair word coordinated with the person's post", () => {
  it("reads 'Chief executive of Fenby Trust and event chair, Ann Bell'", () => {
    expect(chairOf("Chief executive of Fenby Trust and event chair, Ann Bell opened proceedings.")).toEqual([
      "Ann Bell",
    ]);
    expect(
      chairOf("The panel was introduced by the editor of the Fenby Post and session moderator, Ann Bell."),
    ).toEqual(["Ann Bell"]);
  });

  it("refuses a committee's chair, a standing post ('and committee chair, Ann Bell')", () => {
    expect(chairOf("Chief executive of Fenby Trust and committee chair, Ann Bell said ports matter.")).toEqual([]);
  });
});

describe("what one of several sessions is", () => {
  it("reads 'chaired the second of four panel debates'", () => {
    expect(chairOf("Ann Bell chaired the second of four panel debates on ports.")).toEqual(["Ann Bell"]);
    expect(chairOf("Ann Bell moderated one of the sessions.")).toEqual(["Ann Bell"]);
  });

  it("refuses one of another body's meetings", () => {
    expect(chairOf("Ann Bell chaired the first of the Fenby Trust's boards.")).toEqual([]);
  });
});

describe("chairs drafted where none is", () => {
  it("refuses a conference's host ('Conference host Ann Bell kept the questions sharp')", () => {
    expect(chairOf("Conference host Ann Bell kept the questions sharp all day.")).toEqual([]);
  });

  it("still reads a conference's chairman ('announced conference chairman Ann Bell')", () => {
    expect(chairOf("The panel was announced by conference chairman Ann Bell in her introduction.")).toEqual([
      "Ann Bell",
    ]);
  });

  it("refuses a conference chair handed on ('Conference Chair A and incoming Chair B')", () => {
    expect(chairOf("Conference Chair Ann Bell and incoming Chair Jo Marsh were moved to tears.")).toEqual([]);
  });

  it("refuses 'as chair and vice-chair of the harbour section committee'", () => {
    expect(
      chairOf(
        "The meeting ended with the nomination of Ann Bell and Jo Marsh as chair and vice-chair of the harbour section committee.",
      ),
    ).toEqual([]);
  });

  it("still reads 'served as chair of the panel'", () => {
    expect(chairOf("Ann Bell served as chair of the panel and kept time.")).toEqual(["Ann Bell"]);
  });
});

describe("the writer's own chair verb", () => {
  const bio = "Ann Bell, legal director at the Fenby Trust";
  const joined =
    "On Tuesday, I will be joined by Jo Marsh from the Dock Campaign as we lead a workshop about radio for ports.";

  it("reads the author the metadata names in 'I chaired the second of four panel debates'", () => {
    expect(chairsByAuthor("Ann Bell", bio, "I chaired the second of four panel debates on ports.")).toEqual([
      "Ann Bell",
    ]);
  });

  it("reads those who join the writer in 'I will be joined by X as we lead a workshop', and the author if named", () => {
    expect(chairsByAuthor("Ann Bell", bio, joined)).toEqual(["Ann Bell", "Jo Marsh"]);
    expect(chairsByAuthor(undefined, "Ann Bell is one of the editors of Harbour Chat.", joined)).toEqual(["Jo Marsh"]);
  });

  it("refuses an 'I' the metadata names no author for, a quotation's 'I', a board, a delegation and the joiners of 'I'", () => {
    expect(chairsByAuthor(undefined, bio, "I chaired the second of four panel debates on ports.")).toEqual([]);
    expect(
      chairsByAuthor("Ann Bell", bio, "“I chaired the session badly,” said Kit Lamb, who spoke for the dockers.", "x"),
    ).not.toContain("Ann Bell");
    expect(chairsByAuthor("Ann Bell", bio, "I chaired the harbour board for years.")).toEqual([]);
    expect(chairsByAuthor("Ann Bell", bio, "I led a delegation of port owners to the council.")).toEqual([]);
    expect(
      chairsByAuthor("Ann Bell", bio, "I was joined on stage by Jo Marsh of the Dock Campaign and Tom Reed."),
    ).toEqual([]);
    expect(chairsByAuthor("Ann Bell", bio, "We lead a workshop on radio for ports every spring.")).toEqual([]);
  });
});
