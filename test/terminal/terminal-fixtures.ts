import { prepareTerminalChannel } from '../../adapters/terminal/index.ts';
import { createInterpreter, type Interpreter } from '../../adapters/terminal/interpreter.ts';
import type { Question } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { Random } from '../../src/engine/clock.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import { createMemoryStore } from '../../src/store/memory-store.ts';

/** A deck small enough to reason about: four multiple-choice questions in two sections, one flashcard. */
export function choiceQuestion(n: number, section: string, lang: 'en' | 'zh' = 'en'): Question {
  return {
    id: `q${n}`,
    cardId: `c${n}`,
    deck: 'docker',
    kind: 'choice',
    lang,
    stem: `Question ${n} about ${section}?`,
    options: [`right ${n}`, `wrong ${n}a`, `wrong ${n}b`, `wrong ${n}c`],
    correctIndex: 0,
    answer: `The answer to ${n}.`,
    source: { file: 'docker.md', line: 10 + n },
    sectionPath: ['Docker', section, `Card ${n}`],
    tags: [],
  };
}

export function flashcard(n: number): Question {
  return {
    ...choiceQuestion(n, 'Recall'),
    kind: 'flashcard',
    options: [],
    correctIndex: null,
    stem: `Explain thing ${n}.`,
  };
}

export const DECK: readonly Question[] = [
  choiceQuestion(1, 'Images'),
  choiceQuestion(2, 'Images'),
  choiceQuestion(3, 'Networks'),
  choiceQuestion(4, 'Networks'),
  choiceQuestion(5, 'Networks'),
];

/** A clock the test moves by hand. */
export function fakeClock(start: string) {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}

function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), state | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export const SCHEDULE = { timezone: 'Europe/Berlin', postTime: '09:00', closeTime: '17:00' } as const;

export async function terminalWorld(
  options: { questions?: readonly Question[]; player?: string; lang?: 'en' | 'zh' } = {},
) {
  const clock = fakeClock('2026-03-02T07:30:00Z');
  const store = createMemoryStore();
  const engine: QuizEngine = createEngine({
    store,
    clock,
    random: seeded(7),
    questions: options.questions ?? DECK,
    settings: { defaultTimezone: SCHEDULE.timezone },
  });
  await prepareTerminalChannel(engine, SCHEDULE);
  const errors: unknown[] = [];
  const interpreter: Interpreter = createInterpreter({
    engine,
    clock,
    timezone: SCHEDULE.timezone,
    lang: options.lang ?? 'en',
    player: options.player ?? 'ann',
    onError: (error) => errors.push(error),
  });
  /** Sends one line and returns what the chat printed. */
  const say = async (line: string) => (await interpreter.handle(line)).text;
  /** The letter of the right option of the question on the current player's screen. */
  const rightLetter = (): string => {
    const focus = interpreter.session.focus.get(`local:terminal:${interpreter.session.player.toLowerCase()}`);
    const index = focus?.question.correctIndex;
    if (index === undefined || index === null) throw new Error('no auto-graded question on screen');
    return String.fromCharCode(65 + index);
  };
  const wrongLetter = (): string => (rightLetter() === 'A' ? 'B' : 'A');
  return { clock, store, engine, interpreter, say, rightLetter, wrongLetter, errors };
}
