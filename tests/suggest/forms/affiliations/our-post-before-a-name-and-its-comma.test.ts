// Stop 45 (set 74): a body's own write-up names its people by "our" and a post before the name's comma: "Our Chief
// Executive, Name, spoke", "The meeting was chaired by A, and featured our Chief Executive, Name on the panel". The post
// is at the publisher; the clause after the first name's comma ("and featured …") is no post of that name. Every name,
// body and sentence here is invented.
import { describe, expect, it } from "vitest";
import { affiliationsIn, draftOf } from "../../../helpers/draft.js";

const publisher = "Marlow Housing Council";
const ties = (text: string) => affiliationsIn(draftOf(text, [], publisher));

describe("'our' and a post before a name's comma", () => {
  it("reads 'Our Chief Executive, Name,' opening a sentence as a post at the publisher", () => {
    expect(ties("Our Chief Executive, Jane Pike, spoke first.")).toEqual([["Jane Pike", "Chief Executive", publisher]]);
  });

  it("reads 'A, and featured our Chief Executive, Name' as B's post, none of A's", () => {
    expect(
      ties("The meeting was chaired by Tom Reed MP, and featured our Chief Executive, Jane Pike on the panel."),
    ).toEqual([["Jane Pike", "Chief Executive", publisher]]);
  });

  it("gives no post at the publisher without 'our'", () => {
    expect(ties("The meeting was chaired by Tom Reed, and featured a chief executive, Jane Pike.")).toEqual([]);
  });
});
