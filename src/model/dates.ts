// Dates as the corpus records them: ISO 8601 calendar dates, as precise as the text is (YYYY, YYYY-MM or YYYY-MM-DD),
// and only dates the calendar has. One check for every place a date is given: source metadata and attributes
// (schema.ts, which `add-source --date` goes through too) and `export --date`.

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** What to do about a date that is not a real one. */
export const DATE_HINT = "give the date the text states, or only what it states: YYYY-MM or YYYY";

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `value` is not a date the calendar has (`2023-02-29`, `2024-13`), or undefined when it is one. Its shape is
 * checked first: anything but YYYY, YYYY-MM or YYYY-MM-DD is refused as such.
 */
export function dateProblem(value: string): string | undefined {
  if (!ISO_DATE.test(value)) return "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD";
  const [year, month, day] = value.split("-").map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return "not a real date: months are 01 to 12";
  if (day === undefined) return undefined;
  const days = daysIn(year, month);
  if (day < 1 || day > days) return `not a real date: ${MONTHS[month - 1]} ${year} has days 01 to ${days}`;
  return undefined;
}

/**
 * Orders two ISO dates at the precision they share: `2023` against `2023-05` compares 2023 with 2023 (equal), since a
 * year says nothing of its months. Negative when `a` is earlier, 0 when they may be the same time, positive when later.
 */
export function compareDatesAsPrecise(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, length), b.slice(0, length)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** An ISO date in words, as precise as it is: `2023`, `May 2023`, `5 May 2023`. */
export function dateInWords(value: string): string {
  const [year, month, day] = value.split("-");
  if (month === undefined || !ISO_DATE.test(value)) return value;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}
