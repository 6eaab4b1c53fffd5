// Stop 40: a debate page opens with the bill's name, the volume's line and the stage ("Second Reading") over the time
// the sitting reached it ("2.14 pm"). The stage over a time is the shape of a speaker's name over a time, as some
// reports print one; it is a heading that ends the turn before it, never a person. Every name here is invented.
import { expect, it } from "vitest";
import { readTranscript } from "../../../../src/suggest/transcript.js";
import { paragraphsOf } from "../../../../src/suggest/text.js";
import { paragraphsText as lines } from "../../../helpers/draft.js";

function speakersOf(text: string): string[] {
  const t = readTranscript(text, paragraphsOf(text));
  return (t?.turns ?? []).map((x) => text.slice(x.speaker.start, x.speaker.end));
}

for (const stage of ["Second Reading", "Third Reading", "Report Stage", "Consideration of Lords Amendments"]) {
  it(`reads "${stage}" over a time as the debate's stage, not a speaker`, () => {
    const text = lines(
      "Harbours (Ferries) Bill",
      "Volume 9: debated on Tuesday 17 November 2026",
      stage,
      "2.14 pm",
      "The Minister for Harbours (Tom Reed): I beg to move, That the Bill be now read. The crossings have waited long enough for this.",
      "Ann Bell (Fenby North) (Lab): Will the Minister say when the first sailings will run under the new rules?",
      "Tom Reed: By the spring, and every one of them on time, I hope.",
    );
    const speakers = speakersOf(text);
    expect(speakers).not.toContain(stage);
    expect(speakers[0]).toMatch(/Tom Reed/);
  });
}
