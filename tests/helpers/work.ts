// Counts the work a function does by the steps of array and string searches it makes, with no clock: each call of an
// array method that walks its array (filter, some, find, map, indexOf, …) counts the array's length, and each string
// search or copy counts the characters it steps over. A function that scans a list or the text again for every item shows up
// as work growing with the square of the input, which a test can check without timing anything.
//
// The prototypes are patched only while `work` runs, which is synchronous, and restored before this returns.

export interface Work<T> {
  result: T;
  /** Array elements walked. */
  elements: number;
  /** Characters stepped over by string searches and regular expressions. */
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
] as const;

export function measureWork<T>(work: () => T): Work<T> {
  let elements = 0;
  let characters = 0;
  const restore: (() => void)[] = [];
  const patch = <O extends object>(target: O, name: string, wrap: (original: Function) => Function) => {
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
  // String searches: the characters from where they start to where they stop; copies and splits: their length;
  // searches with a regular expression: the whole text (RegExp.prototype is left alone: patching it would slow every
  // regular expression for the rest of the process).
  const indexOf = String.prototype.indexOf;
  const stepped = (text: string, needle: unknown, from: unknown) => {
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
          characters += stepped(this, needle, from);
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
  patch(
    String.prototype,
    "slice",
    (original) =>
      function (this: string, ...args: unknown[]) {
        const copy = original.apply(this, args) as string;
        characters += copy.length;
        return copy;
      },
  );
  for (const name of ["split", "match", "matchAll", "search", "replace", "replaceAll"]) {
    patch(
      String.prototype,
      name,
      (original) =>
        function (this: string, ...args: unknown[]) {
          characters += this.length;
          return original.apply(this, args);
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
