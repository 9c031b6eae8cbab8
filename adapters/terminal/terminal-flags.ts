import type { Lang } from '../../src/content/question.ts';
import { FLAG_REASONS, type FlaggedQuestion, type FlagReason } from '../../src/engine/question-flags.ts';
import { cleanText } from '../shared/charts/untrusted-text.ts';
import { flagCatalogue, ft } from '../shared/flag-messages.ts';
import {
  autoSuppressedNotice,
  type FlagVerdict,
  questionLine,
  reportRejection,
  reportsLine,
  sourceOf,
  stateLine,
  submitReport,
  verdictText,
} from '../shared/flag-text.ts';
import { type Catalogue, createTranslator } from '../shared/format-message.ts';
import { TERMINAL_TENANT, terminalActor, terminalPlayerId } from './terminal-ids.ts';
import type { TerminalSession } from './terminal-session.ts';

/**
 * `/flag <reason> [text]` reports the last question shown to the local player; `/flagged` is the admins'
 * list (everyone at the keyboard is the admin of the terminal's one team), `/flagged suppress|restore|
 * dismiss <number>` acts on a line of it.
 */

const en = {
  flagUsage: 'Usage: /flag wrong|unclear|pointless|other [what is wrong] (about the last question shown)',
  flagNothing: 'There is no question to report yet: /flag reports the last question shown.',
  flaggedUsage: 'Usage: /flagged, then /flagged suppress|restore|dismiss <number>',
  flaggedNumber: 'There is no number {number} in the list: type /flagged to see it.',
  notice: 'Admins: {notice}',
} as const satisfies Record<string, string>;

const zh: { readonly [K in keyof typeof en]: string } = {
  flagUsage: '用法：/flag wrong|unclear|pointless|other [补充说明]（举报最近显示的那道题）',
  flagNothing: '还没有可以举报的题目：/flag 举报最近显示的那道题。',
  flaggedUsage: '用法：/flagged，然后 /flagged suppress|restore|dismiss <序号>',
  flaggedNumber: '列表里没有序号 {number}：输入 /flagged 查看。',
  notice: '致管理员：{notice}',
};

const catalogue: Catalogue<typeof en> = { en, zh };
const tf = createTranslator(catalogue);

/** The words /flag takes for each reason: English words, their numbers in the menu order, the Chinese names. */
const REASON_WORDS: ReadonlyMap<string, FlagReason> = new Map<string, FlagReason>([
  ['wrong', 'wrong_answer'],
  ['wrong-answer', 'wrong_answer'],
  ['wrong_answer', 'wrong_answer'],
  ['unclear', 'unclear'],
  ['pointless', 'not_worth_asking'],
  ['not-worth-asking', 'not_worth_asking'],
  ['not_worth_asking', 'not_worth_asking'],
  ['trivial', 'not_worth_asking'],
  ['other', 'other'],
  ...FLAG_REASONS.map((reason, i): [string, FlagReason] => [String(i + 1), reason]),
  ...FLAG_REASONS.map((reason): [string, FlagReason] => [flagCatalogue.zh[`flag.reason.${reason}`], reason]),
]);

export async function flagCommand(s: TerminalSession, args: readonly string[]): Promise<string> {
  const [word, ...text] = args;
  const reason = word === undefined ? undefined : REASON_WORDS.get(word.toLowerCase());
  if (reason === undefined) return tf(s.lang, 'flagUsage');
  const me = terminalPlayerId(s.player);
  const shown = s.shown.get(me);
  if (shown === undefined) return tf(s.lang, 'flagNothing');
  const submitted = await submitReport(
    s.engine,
    terminalActor(s.player),
    shown.roundId,
    { reason, note: text.join(' ') },
    s.lang,
  );
  if (!submitted.ok) return reportRejection(s.lang, submitted.code);
  if (submitted.suppressed === null) return submitted.reply;
  const notice = autoSuppressedNotice(s.lang, submitted.suppressed, {
    command: '/flagged',
    quote: (line) => line,
  });
  return `${submitted.reply}\n⚑ ${tf(s.lang, 'notice', { notice })}`;
}

const VERDICTS: readonly FlagVerdict[] = ['suppress', 'restore', 'dismiss'];

export async function flaggedCommand(s: TerminalSession, args: readonly string[]): Promise<string> {
  const [word, number] = args;
  if (word === undefined) return listFlagged(s);
  const verdict = VERDICTS.find((v) => v === word.toLowerCase());
  if (verdict === undefined || number === undefined || !/^\d{1,4}$/.test(number))
    return tf(s.lang, 'flaggedUsage');
  // The numbers of the list this player saw last; the list as it is now when they saw none yet.
  const ids = s.flaggedShown.length > 0 ? s.flaggedShown : (await flaggedNow(s)).map((f) => f.question.id);
  const questionId = ids[Number(number) - 1];
  if (questionId === undefined) return tf(s.lang, 'flaggedNumber', { number });
  const actor = terminalActor(s.player);
  const result =
    verdict === 'suppress'
      ? await s.engine.flags.suppress(actor, questionId)
      : verdict === 'restore'
        ? await s.engine.flags.restore(actor, questionId)
        : await s.engine.flags.dismiss(actor, questionId);
  return verdictText(s.lang, verdict, result);
}

const flaggedNow = (s: TerminalSession): Promise<FlaggedQuestion[]> => s.engine.flags.list(TERMINAL_TENANT);

async function listFlagged(s: TerminalSession): Promise<string> {
  const list = await flaggedNow(s);
  s.flaggedShown.splice(0, s.flaggedShown.length, ...list.map((f) => f.question.id));
  if (list.length === 0) return ft(s.lang, 'flag.listEmpty');
  return [ft(s.lang, 'flag.listTitle'), ...list.map((f, i) => flaggedEntry(s.lang, f, i + 1))].join('\n');
}

/** One numbered entry: where it is in the notes, its text, the reports, its state, what to type. */
function flaggedEntry(lang: Lang, flagged: FlaggedQuestion, n: number): string {
  const lines = [
    `${n}. ${sourceOf(flagged.question)} · “${questionLine(flagged.question)}”`,
    `   ${reportsLine(lang, flagged)}`,
    `   ${stateLine(lang, flagged)}`,
  ];
  // What players wrote reaches a terminal: no control character may move the cursor or recolour it.
  const notes = flagged.notes.map((n) => `“${cleanText(n.note)}”`);
  if (notes.length > 0) lines.push(`   ${ft(lang, 'flag.playersWrote', { notes: notes.join(' · ') })}`);
  const actions: FlagVerdict[] = flagged.suppression === null ? ['suppress', 'dismiss'] : ['restore'];
  lines.push(`   ${actions.map((a) => `/flagged ${a} ${n}`).join(' · ')}`);
  return lines.join('\n');
}
