import type { APIModalInteractionResponseCallbackData } from 'discord.js';
import type { Lang } from '../../src/content/question.ts';
import { FLAG_NOTE_MAX_LENGTH, FLAG_REASONS, type FlaggedQuestion } from '../../src/engine/question-flags.ts';
import { ft } from '../shared/flag-messages.ts';
import {
  type FlagVerdict,
  questionLine,
  reasonName,
  reportsLine,
  sourceOf,
  stateLine,
} from '../shared/flag-text.ts';
import { fitsFlagId, reportButtonId, reportFormId, verdictButtonId } from './flag-ids.ts';
import { type ActionRow, type ButtonSpec, buttonRows, DISCORD_LIMITS, fitText } from './limits.ts';
import { COLOR, type MessageBody } from './message-body.ts';
import { plainText } from './plain-text.ts';

/**
 * "Report this question" on Discord: a small secondary button in a row of its own under a question's
 * answers, which opens a form (a modal: the reason as a select, a few optional words); and the admins'
 * list of reported questions with a row of verdict buttons per question.
 */

/**
 * The question's buttons with the Report row under them; left off when five rows are taken already, or
 * for a round id that would not come back whole in a custom_id (none of ours is long enough).
 */
export function withReportRow(rows: readonly ActionRow[], lang: Lang, roundId: string): ActionRow[] {
  if (rows.length >= DISCORD_LIMITS.actionRows || !fitsFlagId(roundId)) return [...rows];
  return [
    ...rows,
    ...buttonRows([{ label: ft(lang, 'flag.button'), customId: reportButtonId(roundId), style: 2 }]),
  ];
}

export const FORM_FIELD = { reason: 'reason', note: 'note' } as const;

/**
 * The form. Shown as the first answer to the press, before any store call (Discord allows nothing else
 * first), so it names no question: the message behind it shows which one.
 */
export function reportModal(lang: Lang, roundId: string): APIModalInteractionResponseCallbackData {
  const label = (text: string) => fitText(text, DISCORD_LIMITS.modalLabel);
  return {
    custom_id: reportFormId(roundId),
    title: fitText(ft(lang, 'flag.formTitle'), DISCORD_LIMITS.modalTitle),
    components: [
      {
        type: 18,
        label: label(ft(lang, 'flag.reasonLabel')),
        component: {
          type: 3,
          custom_id: FORM_FIELD.reason,
          min_values: 1,
          max_values: 1,
          required: true,
          options: FLAG_REASONS.map((reason) => ({
            label: fitText(reasonName(lang, reason), DISCORD_LIMITS.choiceName),
            value: reason,
          })),
        },
      },
      {
        type: 18,
        label: label(ft(lang, 'flag.noteLabel')),
        component: {
          type: 4,
          custom_id: FORM_FIELD.note,
          style: 2,
          required: false,
          max_length: Math.min(FLAG_NOTE_MAX_LENGTH, DISCORD_LIMITS.textInputValue),
          placeholder: fitText(ft(lang, 'flag.notePlaceholder'), DISCORD_LIMITS.textInputPlaceholder),
        },
      },
    ],
  };
}

/** Five rows of buttons, one per question: the list shows that many. */
const LISTED = DISCORD_LIMITS.actionRows;

const STYLE: Readonly<Record<FlagVerdict, ButtonSpec['style']>> = { suppress: 4, restore: 3, dismiss: 2 };

/**
 * The admins' list (private): per question its `file:line`, text, reports by reason, whether it is in
 * play and what players wrote (escaped: it is theirs), with its verdict buttons numbered to match.
 * `verdict`: what the press that redrew the list did.
 */
export function flaggedListBody(lang: Lang, list: readonly FlaggedQuestion[], verdict?: string): MessageBody {
  const shown = list.slice(0, LISTED);
  const more = list.length - shown.length;
  const fields = shown.map((flagged, i) => {
    const lines = [
      plainText(questionLine(flagged.question)),
      `${reportsLine(lang, flagged)} · ${stateLine(lang, flagged)}`,
    ];
    if (flagged.notes.length > 0) {
      const quoted = flagged.notes.map((n) => `“${plainText(n.note)}”`).join(' · ');
      lines.push(ft(lang, 'flag.playersWrote', { notes: quoted }));
    }
    return {
      name: `${i + 1}. ${plainText(sourceOf(flagged.question))}`,
      value: fitText(lines.join('\n'), DISCORD_LIMITS.embedFieldValue),
    };
  });
  const rows = shown.flatMap((flagged, i) => {
    // A pinned id too long for a custom_id (over 90 characters) gets no buttons; it stays listed.
    if (!fitsFlagId(flagged.question.id)) return [];
    const verdicts: FlagVerdict[] = flagged.suppression === null ? ['suppress', 'dismiss'] : ['restore'];
    return buttonRows(
      verdicts.map((v) => ({
        label: `${i + 1}. ${ft(lang, `flag.${v}`)}`,
        customId: verdictButtonId(v, flagged.question.id),
        style: STYLE[v],
      })),
    );
  });
  return {
    ...(verdict === undefined ? {} : { content: verdict }),
    embeds: [
      {
        title: ft(lang, 'flag.listTitle'),
        color: COLOR.neutral,
        ...(fields.length === 0 ? { description: ft(lang, 'flag.listEmpty') } : { fields }),
        ...(more > 0 ? { footer: { text: ft(lang, 'flag.more', { count: more }) } } : {}),
      },
    ],
    components: rows,
  };
}
