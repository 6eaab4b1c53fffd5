// The ISO form a date hint offers for a date written another common way (src/model/dates.ts isoForms, dateHint).
import { describe, expect, it } from "vitest";
import { DATE_HINT, dateHint, isoForms } from "../../src/model/dates.js";

describe("the ISO form of a date written another way", () => {
  it("pads a short month or day, and reads a month by its name", () => {
    expect(isoForms("2023-5")).toEqual(["2023-05"]);
    expect(isoForms("2024-03-5")).toEqual(["2024-03-05"]);
    expect(isoForms("May 2023")).toEqual(["2023-05"]);
    expect(isoForms("5 May 2023")).toEqual(["2023-05-05"]);
    expect(isoForms("May 5, 2023")).toEqual(["2023-05-05"]);
    expect(isoForms("Sept 2024")).toEqual(["2024-09"]);
  });

  it("gives both readings of a day and month written with slashes, unless one cannot be a month", () => {
    expect(isoForms("05/03/2024")).toEqual(["2024-03-05", "2024-05-03"]);
    expect(isoForms("24/03/2024")).toEqual(["2024-03-24"]);
    expect(dateHint("05/03/2024")).toBe(
      `write it "2024-03-05" (day first) or "2024-05-03" (month first), whichever the text means; ${DATE_HINT}`,
    );
  });

  it("offers nothing for what is no date, or one the calendar lacks", () => {
    for (const value of ["2O23-05", "Mayday 2023", "2023-13", "2023-02-30", "spring 2023"]) {
      expect(isoForms(value), value).toEqual([]);
      expect(dateHint(value), value).toBe(DATE_HINT);
    }
  });
});
