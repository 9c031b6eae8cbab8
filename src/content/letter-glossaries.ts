import { glossaryItemsOf } from './dashed-definitions.ts';
import type { Block } from './markdown-blocks.ts';
import { type RawCard, termCard } from './raw-card.ts';
import { type Section, siblingGroups } from './section-tree.ts';
import { stripMarks } from './term-families.ts';
import type { DefinitionItem, GlossaryEntry } from './types.ts';

/** A heading that only marks where a letter of an A–Z glossary starts (`## A`, `## **X–Z**`, `## 0-9`). */
export const INDEX_LETTER = /^[\p{Lu}\p{Nd}#](?:\s*[-–~]\s*[\p{Lu}\p{Nd}])?$/u;

/** What a reader of glossaries written as sections (A–Z letters, term headings) is given. */
export interface SectionGlossaryInput {
  readonly sections: readonly Section[];
  readonly consumed: Set<Block>;
  readonly pathAt: (line: number) => readonly string[];
  readonly inQuestion: (line: number) => boolean;
}

/** Fewer letters than this are headings that happen to be one letter ("## A", "## B" options). */
const MIN_LETTERS = 3;

/**
 * An A–Z glossary: three or more sibling sections titled by a letter, each defining terms (`- **Malware**:
 * Software designed to harm…`, `**Heap**: A tree-based…` paragraphs). The letters group the terms by
 * spelling, so the glossary is one: one term card per entry, every entry of every letter its family, and
 * no "Explain: S" card per letter. The family is marked `mixedKinds`: its entries are of every kind (MITRE,
 * Malware, MFA under M), so a question draws its distractors only from entries defined as the same kind of
 * thing (definition-genus.ts).
 */
export function letterGlossaryCards(input: SectionGlossaryInput): RawCard[] {
  const cards: RawCard[] = [];
  // Runs of sibling sections titled by a letter, MIN_LETTERS or more.
  const runs = siblingGroups(
    input.sections,
    (s) => INDEX_LETTER.test(stripMarks(s.title).trim()),
    MIN_LETTERS,
  );
  for (const letters of runs) {
    const read: LetterTerms[] = [];
    for (const s of letters) {
      const terms = termsOf(s, input);
      if (terms) read.push(terms);
    }
    // Every paragraph line and list item of the letters a definition, near enough (a term too long to be
    // read, a "back to top" link): letters that also hold prose are sections.
    const items = read.reduce((n, r) => n + r.items.length, 0);
    const units = read.reduce((n, r) => n + r.units, 0);
    if (read.length < letters.length || items === 0 || items * 10 < units * 8) continue;
    for (const r of read) for (const b of r.blocks) input.consumed.add(b);
    cards.push(
      ...termCardsOf(
        read.flatMap((r) => r.items),
        input.pathAt,
      ),
    );
  }
  return cards;
}

/**
 * One term card per defined item of a glossary whose entries are of every kind (`mixedKinds`): each asked
 * among entries its definition calls the same kind of thing, under the sections it stands in.
 */
export function termCardsOf(
  defined: readonly DefinitionItem[],
  pathAt: (line: number) => readonly string[],
  wordList = false,
): RawCard[] {
  const entries: GlossaryEntry[] = defined.map((d) => ({
    term: stripMarks(d.term),
    definitions: [d.definition],
    line: d.line,
  }));
  return entries.map((entry, k) =>
    termCard(wordList ? { entry, entries, wordList } : { entry, entries, mixedKinds: true }, {
      end: entry.line,
      text: (defined[k] as DefinitionItem).source,
      sectionPath: [...pathAt(entry.line), entry.term],
    }),
  );
}

interface LetterTerms {
  readonly items: DefinitionItem[];
  readonly blocks: Block[];
  /** Paragraph lines and list items: what could have been a definition. */
  readonly units: number;
}

/** A letter section's own blocks (no sub-sections) and the terms they define; null inside a question's answer. */
function termsOf(section: Section, input: SectionGlossaryInput): LetterTerms | null {
  const firstChild = section.children[0]?.heading.line ?? Number.POSITIVE_INFINITY;
  const own = section.blocks.filter(
    (b) => b !== section.heading && b.line < firstChild && !input.consumed.has(b) && b.type !== 'html',
  );
  if (own.some((b) => input.inQuestion(b.line))) return null;
  const units = own.reduce(
    (n, b) => n + (b.type === 'list' ? b.items.length : b.type === 'paragraph' ? b.inline.lines.length : 2),
    0,
  );
  return { items: own.flatMap(glossaryItemsOf), blocks: own, units };
}
