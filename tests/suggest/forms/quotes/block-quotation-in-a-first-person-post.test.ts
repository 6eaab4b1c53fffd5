// Stop 42: a post in its writer's own first person quoting someone as a block without marks ("As she put it:" then
// the words on their own line): the block is one paragraph, and the writer's first-person paragraphs after it stay
// the writer's. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

describe("a block quotation after a first-person lead", () => {
  const text = lines(
    "A drop in the harbour",
    "While packing for the ferry users' conference I found the letter Ann Bell, who started Harbour Chat, wrote to the volunteers. As she put it:",
    "Our crossings deserve better than the gloom they get, and we should say so together, in our own words.",
    "Joining was the best thing I did that year. I have met people from every island on the route since then.",
  );
  const draft = draftOf(text);

  it("gives the block to the one the lead names", () => {
    expect(saidBy(draft, "deserve better than the gloom they get")).toEqual(["Ann Bell"]);
  });

  it("leaves the writer's paragraph after it to no one", () => {
    expect(saidBy(draft, "Joining was the best thing I did")).toEqual([]);
  });
});

describe("still read as before: a third-person lead keeps the block's run", () => {
  const text = lines(
    "Harbour Chat turns five",
    "Ann Bell, who started Harbour Chat, wrote to members this week. As she put it:",
    "Our crossings deserve better than the gloom they get, and we should say so together, in our own words.",
    "We have met people from every island on the route, and we will meet more of them at the conference.",
  );
  const draft = draftOf(text);

  it("gives both first-person paragraphs to her", () => {
    expect(saidBy(draft, "deserve better than the gloom they get")).toEqual(["Ann Bell"]);
    expect(saidBy(draft, "We have met people from every island")).toEqual(["Ann Bell"]);
  });
});
