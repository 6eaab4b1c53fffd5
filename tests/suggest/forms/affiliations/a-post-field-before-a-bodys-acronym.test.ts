// Stop 42: a transcript's witness line (set 65) ended "…; and Name, SEAS and Harbours Specialist, Association of Fenby
// Pilots (AFP)." and the post's field was drafted as a body ("SEAS and Harbours", role "Specialist"): the body after
// the post's comma was not read, because its acronym in brackets came between it and the entry's end. Stop 38 and 41
// saw a post's field read as the body. Now "(AFP)" before the entry's stop still ends the entry, and the post is the
// whole "SEAS and Harbours Specialist" at the body after it. Refused: a body before a post with no body after it
// ("Name, Fenby Trust Chief Executive;"), and a post's field read as a person's name before such a body ("…, Assistant
// Director of Tides and Harbour Industries, Marlow Harbour Authority (MHA);", set 58). Every name, body and sentence is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf, paragraphsText, peopleIn } from "../../../helpers/draft.js";

const tiesOf = (text: string) =>
  affiliationsIn(draftOf(text)).map(([who, role, org]) => `${who} → ${org} (${role ?? "-"})`);

describe("a post's field, then the entry's body and its acronym in brackets", () => {
  it("reads the whole post at the body after it on a witness line", () => {
    const text = paragraphsText(
      "Examination of witnesses",
      "I: Ann Bell MBE, CEO, Fenby Trust; Tom Reed OBE, CEO, Harbourline; and Kit Lamb, SEAS and Harbours Specialist, Association of Fenby Pilots (AFP).",
      "Q1 The Chair: Welcome to you all.",
      "Kit Lamb: Good morning.",
    );
    const ties = tiesOf(text);
    expect(ties).toContain("Kit Lamb → Association of Fenby Pilots (SEAS and Harbours Specialist)");
    expect(ties.filter((t) => t.includes("→ SEAS"))).toEqual([]);
  });

  it("reads the same in prose, the acronym before a full stop", () => {
    const text = paragraphsText(
      "We heard from Kit Lamb, SEAS and Harbours Specialist, Association of Fenby Pilots (AFP).",
    );
    expect(tiesOf(text)).toContain("Kit Lamb → Association of Fenby Pilots (SEAS and Harbours Specialist)");
  });

  it("reads no person in a post's field before the body and its acronym", () => {
    const text = paragraphsText(
      "Kit Lamb (Chair): We welcome our guests. We have Jo Pratt, Director, Fenby Museum; Tom Reed, Assistant Director of Tides and Harbour Industries, Marlow Harbour Authority (MHA); and Councillor Ann Bell, Leader of the Council for Fenby Borough.",
    );
    expect(peopleIn(draftOf(text))).not.toContain("Harbour Industries");
    expect(tiesOf(text)).toContain(
      "Tom Reed → Marlow Harbour Authority (Assistant Director of Tides and Harbour Industries)",
    );
  });

  it("still reads a body before its post where no body follows", () => {
    const text = paragraphsText("Speakers: Kit Lamb, Fenby Trust Chief Executive; Tom Reed, Harbourline Director.");
    expect(tiesOf(text)).toContain("Kit Lamb → Fenby Trust (Chief Executive)");
  });
});
