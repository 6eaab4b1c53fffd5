// How names are compared, everywhere a name is looked up or checked: the queries' name matching (query/match-names.ts), the
// viewer's search box and validate's check for a name two entities share. One function, so a name validate lets pass
// as two names is never one ambiguous name to a query. Case, Unicode form (`é` typed as one character or as `e` and a
// combining accent), curly quotes, dashes and spacing do not matter: `Mayor of London’s …` and `mayor of london's …`
// are the same name.

/**
 * Names already normalised: validation compares each entity's names with every id it is asked about, and an evaluation
 * validates the same names once per source and registry mode. Only names of up to 200 characters are kept, and the map is
 * emptied when full, so a long-running server stays small.
 */
const NORMALISED = new Map<string, string>();
const NORMALISED_MAX = 50_000;
const NORMALISED_LONGEST = 200;

export function normaliseName(name: string): string {
  let normal = NORMALISED.get(name);
  if (normal === undefined) {
    normal = name
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[‘’ʼ`]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/[‐‑‒–—]/g, "-")
      .replace(/\s+/g, " ")
      .trim();
    if (name.length > NORMALISED_LONGEST) return normal;
    if (NORMALISED.size >= NORMALISED_MAX) NORMALISED.clear();
    NORMALISED.set(name, normal);
  }
  return normal;
}

/**
 * A name in the form of an id: accents dropped, lower case, words joined by hyphens ("Inez Varga" → "inez-varga"). A link
 * or a rename compares an old id with the names an entity kept (`merge-entity` leaves the merged one's as aliases).
 */
export function idForm(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter(Boolean)
    .join("-");
}
