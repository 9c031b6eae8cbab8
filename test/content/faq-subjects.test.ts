import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * "What is X?" items are a family of siblings when they make up their section (a glossary in question
 * form); in an interview FAQ where most items ask other things, the few subjects are scattered topics (an
 * access level, a protocol, a pattern) and make no which-term distractors for each other.
 */

const unit = (question: string, answer: string): string =>
  `<details><summary><b>${question}</b></summary><br/>\n\n${answer}\n\n</details>\n`;

const SUBJECTS: readonly (readonly [string, string])[] = [
  [
    'What is Hashable?',
    'Hashable is a protocol that lets a type be used as a dictionary key or a set member.',
  ],
  ['What is ARC?', 'ARC is the compiler feature that counts references and frees objects nobody refers to.'],
  ['What is delegate?', 'Delegate is a pattern where one object hands some of its work to another object.'],
  ['What is KVO?', 'KVO is a mechanism that notifies an observer when a property of another object changes.'],
];

const OTHERS: readonly (readonly [string, string])[] = [
  ['Difference between frame and bounds?', 'Frame uses the superview coordinates; bounds use its own.'],
  ['How to define a base class?', 'Declare a class that inherits from no other class.'],
  ['Which class is used for parsing JSON?', 'JSONDecoder decodes JSON into Decodable types.'],
  ['Explain the responder chain.', 'Events travel from the first responder up to the app object.'],
  [
    'What is the difference between a xib and a storyboard?',
    'A xib holds one view; a storyboard many scenes.',
  ],
  ['Explain method swizzling.', 'Swizzling swaps the implementations of two methods at run time.'],
];

const deckOf = (units: readonly (readonly [string, string])[]) =>
  buildDeck([{ path: 'faq.md', text: `# iOS FAQ\n\n${units.map(([q, a]) => unit(q, a)).join('\n')}` }], {
    maxAutoGradedPerCard: 100,
  });

const definitions = (deck: ReturnType<typeof deckOf>) =>
  deck.questions.filter((q) => q.kind === 'definition');

describe('which-term questions come from families of subjects, not from a FAQ’s scattered topics', () => {
  it('asks no definition where "What is X?" items are a minority of the FAQ, and says why', () => {
    const deck = deckOf([...OTHERS, ...SUBJECTS]);
    expect(definitions(deck)).toEqual([]);
    expect(deck.dropped.map((d) => d.reason)).toContain('distractor-not-sibling');
  });

  it('asks them where the section is mostly "What is X?" items', () => {
    expect(definitions(deckOf([...SUBJECTS, ...OTHERS.slice(0, 2)])).length).toBeGreaterThan(0);
  });
});

describe('"What is X?" answered by one bullet that is a noun phrase', () => {
  const numbered = (items: readonly (readonly [string, string])[]) =>
    buildDeck([
      {
        path: 'docker.md',
        text: `## Basics\n\n${items.map(([q, a], i) => `${i + 1}. **${q}**\n   - ${a}\n`).join('\n')}`,
      },
    ]);
  const ITEMS = [
    ['What is a Docker image?', 'A read-only template used to create containers.'],
    [
      'What is a Docker container?',
      'A lightweight, executable package holding an application and its libraries.',
    ],
    ['What is Docker Compose?', 'A tool for defining and running multi-container applications.'],
    ['What is a volume?', 'A directory kept outside the container’s writable layer, surviving its removal.'],
  ] as const;

  it('reads the bullet as the definition: the terms are asked against each other', () => {
    const asked = numbered(ITEMS).questions.filter((q) => q.kind === 'definition');
    expect(asked.length).toBeGreaterThan(0);
    const image = asked.find((q) => q.stem.includes('Docker image') && q.frame?.kind !== 'which-term');
    expect(image?.options[image.correctIndex ?? -1]).toBe('A read-only template used to create containers.');
  });

  it('a bullet that is one point of an answer, or several bullets, is no definition (near misses)', () => {
    const points = numbered([
      ['What is PostgreSQL?', 'ACID compliance'],
      ['What is MySQL?', 'Replication built in'],
      ['What is SQLite?', 'Serverless'],
      ['What is Redis?', 'In-memory'],
    ]);
    expect(points.questions.filter((q) => q.kind === 'definition')).toEqual([]);
  });
});
