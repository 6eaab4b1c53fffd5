// Stop 42: a post in its writer's own first person quoting someone as a block without marks ("As she put it:" then
// the words on their own line): the block is one paragraph, and the writer's first-person paragraphs after it stay
// the writer's. Every name, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

describe("a block quotation after a first-person lead", () => {
  const text = lines(
    "A drop in the harbour",
    "Getting ready for our workshop at the ferry users' conference, I came across the letter Ann Bell, the founder of Harbour Chat, had sent to those of us who wanted to help. As she put it:",
    "I think it is time we came together to show everyone what is good about the island ferries, and to answer the gloom.",
    "I'm so glad I joined. It has changed how I see the crossings, and I have met people from every island on the route.",
  );
  const draft = draftOf(text);

  it("gives the block to the one the lead names", () => {
    expect(saidBy(draft, "show everyone what is good about the island ferries")).toEqual(["Ann Bell"]);
  });

  it("leaves the writer's paragraph after it to no one", () => {
    expect(saidBy(draft, "I'm so glad I joined")).toEqual([]);
  });
});

describe("still read as before: a third-person lead keeps the block's run", () => {
  const text = lines(
    "Harbour Chat turns five",
    "Ann Bell, the founder of Harbour Chat, wrote to members this week. As she put it:",
    "I think it is time we came together to show everyone what is good about the island ferries, and to answer the gloom.",
    "We have met people from every island on the route, and we will meet more of them at the conference.",
  );
  const draft = draftOf(text);

  it("gives both first-person paragraphs to her", () => {
    expect(saidBy(draft, "show everyone what is good about the island ferries")).toEqual(["Ann Bell"]);
    expect(saidBy(draft, "We have met people from every island")).toEqual(["Ann Bell"]);
  });
});
