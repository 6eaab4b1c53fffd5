// Dates as the corpus records them: ISO 8601 calendar dates, as precise as the text is (YYYY, YYYY-MM or YYYY-MM-DD),
// and only dates the calendar has. One check for every place a date is given: source metadata and attributes
// (schema.ts, which `add-source --date` goes through too) and `export --date`.

/** The months' names, January first. */
export const MONTHS = [
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

/**
 * How to fix a date that is not one: DATE_HINT, led by the ISO form of what was written when that can be told
 * (`May 2023` → `2023-05`, `2024-03-5` → `2024-03-05`; `05/03/2024` → either reading, day or month first).
 */
export function dateHint(value: string): string {
  const forms = isoForms(value);
  if (forms.length === 0) return DATE_HINT;
  const written =
    forms.length === 1
      ? `"${forms[0]}"`
      : `"${forms[0]}" (day first) or "${forms[1]}" (month first), whichever the text means`;
  return `write it ${written}; ${DATE_HINT}`;
}

/** The ISO dates a date written another common way may stand for: none, one, or two for DD/MM/YYYY against MM/DD/YYYY. */
export function isoForms(value: string): string[] {
  const text = value.trim();
  const pad = (n: string) => n.padStart(2, "0");
  const real = (...parts: (string | undefined)[]) => {
    const date = parts.filter((p) => p !== undefined).join("-");
    return dateProblem(date) === undefined ? [date] : [];
  };
  // `2023-5`, `2024-03-5`, `2024/3/5`.
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(text);
  if (m) return real(m[1], pad(m[2]!), m[3] && pad(m[3]));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) {
    const readings = [...real(m[3], pad(m[2]!), pad(m[1]!)), ...real(m[3], pad(m[1]!), pad(m[2]!))];
    return [...new Set(readings)];
  }
  // `May 2023`, `5 May 2023`, `May 5, 2023`, `5th Sept. 2024`.
  m = /^(?:(\d{1,2})(?:st|nd|rd|th)?\s+)?([A-Za-z]{3,})\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})$/.exec(text);
  if (!m || (m[1] !== undefined && m[3] !== undefined)) return [];
  const word = m[2]!.toLowerCase().replace(/^sept$/, "sep");
  const month = MONTHS.findIndex((name) => name.toLowerCase().startsWith(word));
  if (month === -1) return [];
  const day = m[1] ?? m[3];
  return real(m[4], pad(String(month + 1)), day && pad(day));
}

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
