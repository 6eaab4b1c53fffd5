// How names are compared: case, curly quotes, dashes and spacing do not matter, so `Mayor of London’s …` and
// `mayor of london's …` are the same name.

export function normaliseName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
