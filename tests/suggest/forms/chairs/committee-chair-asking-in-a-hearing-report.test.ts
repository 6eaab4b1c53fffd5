// Stop 35: a news report of a committee hearing that names the committee only in its chair's post, written in a
// newspaper's lower case ("X, the chair of the harbours committee, said …"), and that chair putting the questions
// ("He asked the bosses: …"): the chair presides at the hearing. Refused: a member who asks and whom no post calls
// chair, a committee's chair who puts no question, two such chairs, a text reporting no hearing, and the next person
// named. Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { chairsIn, draftOf, paragraphsText } from "../../../helpers/draft.js";

const report = (...middle: string[]) =>
  paragraphsText(
    "Harbour bosses told MPs the dredging backlog would take years to clear.",
    "The heads of the three largest port operators were questioned on Wednesday over silted channels.",
    ...middle,
    "Tom Reed, the chief executive of Fenby Ports, disputed the figures. He said: “Our channels are open and safe.”",
    "Kit Lamb, the general secretary of the Dockers' Union, said: “Our members see the silt every day.”",
  );

describe("a hearing's committee named only in its chair's post", () => {
  const forms = [
    [
      "But Ann Frith, the chair of the harbours and coasts committee, said dredging was meant to be routine. She asked the bosses: “Why has it stopped?”",
    ],
    ["Ann Frith, the chairwoman of the ports committee, asked whether the channels would be open by spring."],
    [
      "Ann Frith, chair of the Harbours Committee, said the backlog was growing.",
      "Challenging Tom Reed, Frith asked: “How many channels are closed?”",
    ],
  ];
  for (const middle of forms) {
    it(`reads the chair in '${middle[0]!.slice(0, 60)}…'`, () => {
      expect(chairsIn(draftOf(report(...middle)))).toEqual(["Ann Frith"]);
    });
  }
});

describe("what it refuses", () => {
  it("reads no chair in a member who asks, whom no post calls chair", () => {
    const text = report(
      "Ann Frith, a member of the harbours committee, said dredging was meant to be routine. She asked the bosses: “Why has it stopped?”",
    );
    expect(chairsIn(draftOf(text))).toEqual([]);
  });

  it("reads no chair in a committee's chair who puts no question", () => {
    const text = report("Ann Frith, the chair of the ferries committee, said the figures were worrying.");
    expect(chairsIn(draftOf(text))).toEqual([]);
  });

  it("reads no chair when two committees' chairs ask", () => {
    const text = report(
      "Ann Frith, the chair of the harbours committee, asked whether the channels would reopen.",
      "Gil Marr, the chair of the ferries committee, asked how ferries would cope.",
    );
    expect(chairsIn(draftOf(text))).toEqual([]);
  });

  it("reads no chair in a text that reports no hearing", () => {
    const text = paragraphsText(
      "Ann Frith, the chair of the harbours committee, asked ministers to fund dredging at Fenby.",
      "Tom Reed, the chief executive of Fenby Ports, said: “Our channels are open and safe.”",
      "Kit Lamb, the general secretary of the Dockers' Union, said: “Our members see the silt every day.”",
    );
    expect(chairsIn(draftOf(text))).toEqual([]);
  });

  it("reads no chair in the person the chair's question names", () => {
    const chairs = chairsIn(
      draftOf(
        report(
          "Ann Frith, the chair of the harbours committee, said the backlog was growing. She asked Tom Reed, the chief executive of Fenby Ports: “When will it end?”",
        ),
      ),
    );
    expect(chairs).toEqual(["Ann Frith"]);
  });
});
