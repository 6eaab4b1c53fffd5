// Stop 42 (fxs42 #1): a post told as an appointment, "was appointed Chair of the Fenby Trust in March 2024", "was named
// chief executive of X", "became director of X": the post is the words between the verb and "of", drafted as the role
// (with the start the sentence gives). Not where no post stands there ("became aware of", "was named after", "was
// named in the report of"), nor a post the rest of the sentence ends ("… and left in 2005"). The texts, people and
// bodies are invented for this test.
import { describe, expect, it } from "vitest";
import { draftOf, paragraphsText } from "../../../helpers/draft.js";

/** The affiliations of a sentence's draft: "person → body (role) since …". */
const posts = (sentence: string) =>
  draftOf(paragraphsText("Moves", sentence))
    .claims.filter((c) => c.relation === "affiliated-with")
    .map((c) => `${c.from} → ${c.to} (${c.role ?? ""}) since ${c.since ?? "-"}`);

describe("a post told as an appointment", () => {
  it("drafts the post between 'was appointed', 'was named', 'became' and 'of' as the role", () => {
    expect(posts("Ann Bell was appointed Chair of the Fenby Trust in March 2024.")).toEqual([
      "ann-bell → fenby-trust (Chair) since 2024-03",
    ]);
    expect(posts("Ann Bell was named chief executive of the Fenby Trust in March 2024.")).toEqual([
      "ann-bell → fenby-trust (chief executive) since 2024-03",
    ]);
    expect(posts("Tom Reed became director of the Marsh Rail Partnership in 2021.")).toEqual([
      "tom-reed → marsh-rail-partnership (director) since 2021",
    ]);
    expect(posts("Tom Reed, who became director of the Marsh Rail Partnership, spoke first.")).toEqual([
      "tom-reed → marsh-rail-partnership (director) since -",
    ]);
  });

  it("drafts no role where no post stands between the verb and 'of'", () => {
    expect(posts("Ann Bell became aware of the Fenby Trust in 2021.")).toEqual([]);
    expect(posts("Ann Bell was named in the report of the Fenby Trust.")).toEqual([]);
    expect(posts("The hall was named after Ann Bell of the Fenby Trust.").filter((p) => !p.includes("()"))).toEqual([]);
    expect(
      posts("Tom Reed became director of the Marsh Rail Partnership in 2001 and left in 2005.").filter(
        (p) => !p.includes("()"),
      ),
    ).toEqual([]);
  });
});
