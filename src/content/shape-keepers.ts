/**
 * Objects kept for the life of the process so that V8 keeps their shapes (hidden classes). V8 drops a
 * shape once no object of it is left, and with it all optimised code that reads objects of that shape: a
 * full GC between two loads of the notes (each reload; every round of the benchmark) threw that code away,
 * and the next load compiled it all again.
 */
const kept: (readonly unknown[])[] = [];

export function keepShapesOf(objects: readonly unknown[]): void {
  kept.push(objects);
}
