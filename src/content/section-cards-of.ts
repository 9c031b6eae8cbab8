import type { Card } from './types.ts';

/**
 * A section's cards of one kind (those with a subject, those answered by a command), found once per
 * section: each card of the section asks for its siblings, and a scan per card would be quadratic.
 */
export function sectionCardsOf(keep: (card: Card) => boolean): (section: readonly Card[]) => readonly Card[] {
  const bySection = new WeakMap<readonly Card[], readonly Card[]>();
  return (section) => {
    let found = bySection.get(section);
    if (!found) {
      found = section.filter(keep);
      bySection.set(section, found);
    }
    return found;
  };
}
