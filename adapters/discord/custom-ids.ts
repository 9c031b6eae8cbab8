import type { SelfGrade } from '../../src/engine/records.ts';
import { isTopicKey } from '../shared/topic-key.ts';
import { customId } from './limits.ts';

/**
 * What a button means, carried in its custom_id. Ids only — never a score, a right answer or a user:
 * whoever presses is the interaction's user, and the engine checks every id (a forged one is rejected).
 * The engine's own id is the last part because it may contain ':'.
 */
export type ButtonAction =
  | { kind: 'duel-accept'; duelId: string }
  | { kind: 'duel-decline'; duelId: string }
  /** The challenger takes back a pending challenge. */
  | { kind: 'duel-cancel'; duelId: string }
  /** Play, and "next question" after an answer: serves the player's current duel question. */
  | { kind: 'duel-play'; duelId: string }
  | { kind: 'duel-answer'; duelId: string; index: number; choice: number }
  /**
   * Daily and practice answers; the message the button is on says which reply fits. `topicKey` is the
   * practice topic (shared/topic-key.ts, "" for none) so "another question" stays on it.
   */
  | { kind: 'answer'; roundId: string; choice: number; topicKey: string }
  | { kind: 'reveal'; roundId: string; topicKey: string }
  | { kind: 'grade'; roundId: string; grade: SelfGrade; topicKey: string }
  /** Another practice question on the same topic ("" for any topic). */
  | { kind: 'practice-next'; topicKey: string };

const GRADES: readonly SelfGrade[] = ['again', 'hard', 'good', 'easy'];
const ENGINE_ID = /^[\w.:-]{1,90}$/;
const SMALL_INT = /^(?:0|[1-9]\d{0,3})$/;

export function encodeButton(action: ButtonAction): string {
  switch (action.kind) {
    case 'duel-accept':
      return customId('da', action.duelId);
    case 'duel-decline':
      return customId('dd', action.duelId);
    case 'duel-cancel':
      return customId('dx', action.duelId);
    case 'duel-play':
      return customId('dp', action.duelId);
    case 'duel-answer':
      return customId('dq', action.index, action.choice, action.duelId);
    case 'answer':
      return customId('a', action.choice, action.topicKey, action.roundId);
    case 'reveal':
      return customId('r', action.topicKey, action.roundId);
    case 'grade':
      return customId('g', action.grade, action.topicKey, action.roundId);
    case 'practice-next':
      return customId('pn', action.topicKey);
  }
}

/** Parses a custom_id; null when it is not one of ours (or malformed), which the user is told. */
export function decodeButton(id: string): ButtonAction | null {
  const parts = id.split(':');
  const head = parts[0];
  const int = (s: string | undefined): number | null =>
    s !== undefined && SMALL_INT.test(s) ? Number(s) : null;
  // "-1" was "no topic" before topics became keys; buttons already posted still carry it.
  const topic = (s: string | undefined): string | null =>
    s === '-1' ? '' : s !== undefined && isTopicKey(s) ? s : null;
  const tail = (from: number): string | null => {
    const rest = parts.slice(from).join(':');
    return ENGINE_ID.test(rest) ? rest : null;
  };
  switch (head) {
    case 'dx': {
      const duelId = tail(1);
      return duelId === null ? null : { kind: 'duel-cancel', duelId };
    }
    case 'da':
    case 'dd':
    case 'dp': {
      const duelId = tail(1);
      if (duelId === null) return null;
      return { kind: head === 'da' ? 'duel-accept' : head === 'dd' ? 'duel-decline' : 'duel-play', duelId };
    }
    case 'dq': {
      const index = int(parts[1]);
      const choice = int(parts[2]);
      const duelId = tail(3);
      return index === null || choice === null || duelId === null
        ? null
        : { kind: 'duel-answer', duelId, index, choice };
    }
    case 'a': {
      const choice = int(parts[1]);
      const topicKey = topic(parts[2]);
      const roundId = tail(3);
      return choice === null || topicKey === null || roundId === null
        ? null
        : { kind: 'answer', roundId, choice, topicKey };
    }
    case 'r': {
      const topicKey = topic(parts[1]);
      const roundId = tail(2);
      return topicKey === null || roundId === null ? null : { kind: 'reveal', roundId, topicKey };
    }
    case 'g': {
      const grade = GRADES.find((g) => g === parts[1]);
      const topicKey = topic(parts[2]);
      const roundId = tail(3);
      return grade === undefined || topicKey === null || roundId === null
        ? null
        : { kind: 'grade', roundId, grade, topicKey };
    }
    case 'pn': {
      const topicKey = parts.length === 2 ? topic(parts[1]) : null;
      return topicKey === null ? null : { kind: 'practice-next', topicKey };
    }
    default:
      return null;
  }
}
