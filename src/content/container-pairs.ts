import type { ContainerPair } from './html-containers.ts';

/**
 * The pairs of several scans (`<details>` tags, colon fences, Anki blocks) in document order, each `parent`
 * the innermost pair that holds it whichever scan found it: a `<details>` unit inside a `::: tip` is inside
 * a fold, not at the top. Pairs that overlap without nesting hold nothing of each other.
 */
export function mergedPairs(...scans: readonly (readonly ContainerPair[])[]): ContainerPair[] {
  const nonEmpty = scans.filter((s) => s.length > 0);
  if (nonEmpty.length <= 1) return [...(nonEmpty[0] ?? [])];
  const all = nonEmpty.flat().sort((x, y) => x.open - y.open || y.close - x.close);
  const out: ContainerPair[] = [];
  const stack: number[] = [];
  for (const pair of all) {
    while (stack.length > 0) {
      const top = out[stack[stack.length - 1] as number] as ContainerPair;
      if (top.open <= pair.open && top.close >= pair.close) break;
      stack.pop();
    }
    out.push({ ...pair, parent: stack.length > 0 ? (stack[stack.length - 1] as number) : null });
    stack.push(out.length - 1);
  }
  return out;
}
