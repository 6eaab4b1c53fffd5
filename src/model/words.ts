// Counted words in messages, the one way every part of panelgraph writes them: "1 claim", "3 claims".

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
