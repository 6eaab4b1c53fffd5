// Stop 41: words two people say together, a news report's "General secretaries Name of Union and Name of Union said:"
// over a statement that goes on over paragraphs (set 63). Every person, body and word here is invented for these tests.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText as lines, saidByIn as saidBy } from "../../../helpers/draft.js";

describe("two people a lead names together, each with a body, then 'said:'", () => {
  const text = lines(
    "The leaders of two ferry unions have written to the minister urging a decision on the new harbour.",
    "General secretaries Rosa Lamb of Seaway and Tomasz Reed of the Dockers' Guild said: \"In a time of rising costs, the harbour is vital to the island economy and its jobs.",
    '"The decision has been put off twice, and a choice must be made before the winter."',
    "The minister is expected to decide in the spring.",
  );
  const draft = draftOf(text);

  it("gives the words to both, and the paragraph they go on in too", () => {
    expect(saidBy(draft, "vital to the island economy")).toEqual(["Rosa Lamb", "Tomasz Reed"]);
    expect(saidBy(draft, "put off twice")).toEqual(["Rosa Lamb", "Tomasz Reed"]);
  });

  it("reads two names and 'said:' with no body between them too", () => {
    const bare = draftOf(
      lines("Rosa Lamb and Tomasz Reed said: “The harbour is vital to the island economy and its jobs.”"),
    );
    expect(saidBy(bare, "vital to the island economy")).toEqual(["Rosa Lamb", "Tomasz Reed"]);
  });

  it("leaves the words to the one who says them where the other is only named beside them", () => {
    const told = draftOf(
      lines(
        "After meeting Rosa Lamb, Tomasz Reed said: “The harbour is vital to the island economy and its jobs.”",
        "Speaking to Rosa Lamb's members, Tomasz Reed said: “We will keep the ferries running all winter long.”",
      ),
    );
    expect(saidBy(told, "vital to the island economy")).toEqual(["Tomasz Reed"]);
    expect(saidBy(told, "keep the ferries running")).toEqual(["Tomasz Reed"]);
    // A new lead after the joint statement is the one person's it names.
    const next = draftOf(
      lines(
        "Rosa Lamb and Tomasz Reed said: “The harbour is vital to the island economy and its jobs.”",
        "Tomasz Reed added: “We will keep the ferries running all winter long.”",
      ),
    );
    expect(saidBy(next, "keep the ferries running")).toEqual(["Tomasz Reed"]);
  });
});
