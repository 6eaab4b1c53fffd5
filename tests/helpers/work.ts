// Counts the work a function does by the steps of array and string searches it makes, with no clock: each call of an
// array method that walks its array (filter, some, find, map, indexOf, …) counts the array's length, and each string
// search counts the characters it steps over. A function that scans a list or the text again for every item shows up
// as work growing with the square of the input, which a test can check without timing anything.
//
// The prototypes are patched only while `work` runs, which is synchronous, and restored before this returns. With
// `regexps`, every regular expression is counted too, by patching RegExp.prototype.exec: V8 then runs regular
// expressions on its slow path for the rest of the process, so that is for a process of its own (work-child.ts).

export interface Work<T> {
  result: T;
  /** Array elements walked. */
  elements: number;
  /** Characters stepped over by string searches (and regular expressions, with `regexps`). */
  characters: number;
}

const ARRAY_METHODS = [
  "filter",
  "some",
  "every",
  "find",
  "findIndex",
  "findLast",
  "findLastIndex",
  "includes",
  "indexOf",
  "lastIndexOf",
  "map",
  "flatMap",
  "forEach",
  "reduce",
];

export function measureWork<T>(work: () => T, options: { regexps?: boolean } = {}): Work<T> {
  let elements = 0;
  let characters = 0;
  const restore: (() => void)[] = [];
  const patch = (target: object, name: string, wrap: (original: Function) => Function) => {
    const original = (target as Record<string, unknown>)[name] as Function;
    Object.defineProperty(target, name, { value: wrap(original), configurable: true, writable: true });
    restore.push(() => Object.defineProperty(target, name, { value: original, configurable: true, writable: true }));
  };
  for (const name of ARRAY_METHODS) {
    patch(
      Array.prototype,
      name,
      (original) =>
        function (this: unknown[], ...args: unknown[]) {
          elements += this.length;
          return original.apply(this, args);
        },
    );
  }

  // String searches: the characters from where they start to where they stop. A copy (slice) is not counted: V8 makes
  // one of a long string without copying it, and what then reads the copy is counted.
  const indexOf = String.prototype.indexOf;
  const search = String.prototype.search;
  const untilFound = (text: string, needle: unknown, from: unknown) => {
    const start = Math.min(text.length, Math.max(0, Math.trunc(Number(from ?? 0)) || 0));
    const at = indexOf.call(text, String(needle), start);
    return at === -1 ? text.length - start : at - start + String(needle).length;
  };
  for (const name of ["indexOf", "includes"]) {
    patch(
      String.prototype,
      name,
      (original) =>
        function (this: string, needle: unknown, from?: unknown) {
          characters += untilFound(this, needle, from);
          return original.call(this, needle, from);
        },
    );
  }
  patch(
    String.prototype,
    "startsWith",
    (original) =>
      function (this: string, needle: unknown, at?: unknown) {
        characters += String(needle).length;
        return original.call(this, needle, at);
      },
  );
  // Searches with a regular expression: to the end of the first match for one that stops there, the whole text for
  // one that goes through it (with `regexps`, exec counts them instead, below).
  for (const name of ["search", "match", "replace", "split", "matchAll", "replaceAll"]) {
    patch(
      String.prototype,
      name,
      (original) =>
        function (this: string, pattern: unknown, ...rest: unknown[]) {
          if (!(pattern instanceof RegExp)) characters += name === "split" ? this.length : untilFound(this, pattern, 0);
          else if (!options.regexps) {
            const stops = !pattern.global && ["search", "match", "replace"].includes(name);
            const at = stops ? (search.call(this, pattern) as number) : -1;
            characters += at === -1 ? this.length : at + 1;
          }
          return original.call(this, pattern, ...rest);
        },
    );
  }
  if (options.regexps) {
    // From where the search starts to the end of its match (to the end of the text without one); an expression
    // anchored at the start, or sticky, reads where it stands only.
    patch(
      RegExp.prototype,
      "exec",
      (original) =>
        function (this: RegExp, input: unknown) {
          const text = String(input);
          const from = this.global || this.sticky ? this.lastIndex : 0;
          const match = original.call(this, input) as RegExpExecArray | null;
          if (this.sticky || (this.source.startsWith("^") && !this.multiline))
            characters += match ? match[0].length : 1;
          else characters += match ? match.index + match[0].length - from : Math.max(0, text.length - from);
          return match;
        },
    );
  }
  try {
    const result = work();
    return { result, elements, characters };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}
