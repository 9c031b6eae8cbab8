import type { Lang } from '../../src/content/question.ts';
import type {
  AnswerRejection,
  DailyRejection,
  DuelRejection,
  Period,
  PracticeRejection,
  Scope,
} from '../../src/engine/api.ts';
import type { SelfGrade } from '../../src/engine/records.ts';
import { type Catalogue, createTranslator } from './format-message.ts';
import { en } from './messages-en.ts';
import { zh } from './messages-zh.ts';

/**
 * The shared wording of every adapter: `t('zh', 'answer.points', { points: 3 })`.
 * Engine results carry codes; this is where they become words.
 */
export const catalogue: Catalogue<typeof en> = { en, zh };
export const t = createTranslator(catalogue);

export type EngineRejection = AnswerRejection | PracticeRejection | DailyRejection | DuelRejection;

/** Every rejection code has a message key; the compiler checks this list is complete. */
const REJECTION_KEYS: { readonly [C in EngineRejection]: `rejection.${C}` } = {
  round_not_found: 'rejection.round_not_found',
  round_closed: 'rejection.round_closed',
  wrong_tenant: 'rejection.wrong_tenant',
  wrong_channel: 'rejection.wrong_channel',
  not_your_round: 'rejection.not_your_round',
  choice_out_of_range: 'rejection.choice_out_of_range',
  already_answered: 'rejection.already_answered',
  not_a_flashcard: 'rejection.not_a_flashcard',
  is_a_flashcard: 'rejection.is_a_flashcard',
  unknown_topic: 'rejection.unknown_topic',
  no_questions: 'rejection.no_questions',
  channel_not_scheduled: 'rejection.channel_not_scheduled',
  self_challenge: 'rejection.self_challenge',
  opponent_is_bot: 'rejection.opponent_is_bot',
  open_duel_exists: 'rejection.open_duel_exists',
  invalid_question_count: 'rejection.invalid_question_count',
  not_enough_questions: 'rejection.not_enough_questions',
  duel_not_found: 'rejection.duel_not_found',
  not_opponent: 'rejection.not_opponent',
  not_challenger: 'rejection.not_challenger',
  not_a_player: 'rejection.not_a_player',
  duel_not_pending: 'rejection.duel_not_pending',
  duel_not_active: 'rejection.duel_not_active',
  duel_expired: 'rejection.duel_expired',
  question_not_current: 'rejection.question_not_current',
  finished: 'rejection.finished',
};

export const ENGINE_REJECTIONS = Object.keys(REJECTION_KEYS) as EngineRejection[];

/**
 * The message for a rejected engine command. `detail` (e.g. the topic name for unknown_topic) fills the
 * message's placeholder; an unknown code (a newer engine) still gets a readable line naming it.
 */
export function rejectionMessage(lang: Lang, code: string, detail?: string): string {
  const key = (REJECTION_KEYS as Readonly<Record<string, (typeof REJECTION_KEYS)[EngineRejection]>>)[code];
  if (key === undefined) return t(lang, 'rejection.unknown', { code });
  if (key === 'rejection.unknown_topic') return t(lang, key, { topic: detail ?? '' });
  return t(lang, key);
}

export const periodName = (lang: Lang, period: Period): string => t(lang, `period.${period}`);

/** A topic board is named by the section(s) the typed topic chose (`sections`), not by what was typed. */
export function scopeName(lang: Lang, scope: Scope, sections: readonly string[] = []): string {
  if (scope.kind !== 'topic') return t(lang, `scope.${scope.kind}`);
  return t(lang, 'scope.topic', { topic: sections.length > 0 ? sections.join(', ') : scope.topic });
}

export const gradeName = (lang: Lang, grade: SelfGrade): string => t(lang, `grade.${grade}`);

/** Option letters used by every adapter: A, B, C… */
export const optionLetter = (index: number): string => String.fromCharCode(65 + index);

/** "62%" from 0.62; accuracy in the engine is a fraction. */
export const percent = (lang: Lang, fraction: number): string =>
  t(lang, 'stats.percent', { value: Math.round(fraction * 100) });

/** Signed rating change: "+12", "−8", "±0". */
export const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');

export { formatMessage } from './format-message.ts';
export type { MessageKey } from './messages-en.ts';
