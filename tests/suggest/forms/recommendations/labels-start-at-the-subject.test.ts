// Stop 39 (walkthrough w39, defect 12): a proposal's label starts at its subject's noun phrase. "Accessibility
// measures of that kind should be published …" was labelled "Kind should be published …": the "that" inside the
// subject was read as opening a reported clause ("said that …"). Every sentence here is invented for this test.
import { describe, expect, it } from "vitest";
import { proposalLabel, readProposal } from "../../../../src/suggest/recommendations.js";

describe("a proposal's label", () => {
  it("keeps a demonstrative 'that' inside the subject's noun phrase", () => {
    expect(proposalLabel("Timetable audits of that kind should be published for every town each year.")).toBe(
      "Timetable audits of that kind should be published for every town each year",
    );
    expect(proposalLabel("That kind of audit should be published for every valley town each year.")).toBe(
      "That kind of audit should be published for every valley town each year",
    );
    expect(proposalLabel("Figures like that should be published every year by the county.")).toBe(
      "Figures like that should be published every year by the county",
    );
    // Cut at the reason, from the subject's first word.
    expect(
      proposalLabel(
        "Timetable audits of that kind should be published for every valley town, so that councils can see what changed.",
      ),
    ).toBe("Timetable audits of that kind should be published for every valley town");
  });

  it("still starts after a 'that' that opens what someone says or finds", () => {
    expect(proposalLabel("Ann Bell said that councils should fund the valley buses for five years.")).toBe(
      "Councils should fund the valley buses for five years",
    );
    expect(proposalLabel("The review found that councils should publish their bus data every month.")).toBe(
      "Councils should publish their bus data every month",
    );
    expect(proposalLabel("He argued, in the end, that councils should be given the power to run buses.")).toBe(
      "Councils should be given the power to run buses",
    );
    expect(readProposal("Beyond that, the county should publish the figures each spring.")?.proposal.start).toBe(13);
  });
});
