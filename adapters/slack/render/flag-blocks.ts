import type { KnownBlock, ModalView, Overflow } from '@slack/types';
import type { Lang, Question } from '../../../src/content/question.ts';
import {
  FLAG_NOTE_MAX_LENGTH,
  FLAG_REASONS,
  type FlaggedQuestion,
  type FlagReason,
} from '../../../src/engine/question-flags.ts';
import { ft } from '../../shared/flag-messages.ts';
import {
  type FlagVerdict,
  questionLine,
  reasonName,
  reportsLine,
  sourceOf,
  stateLine,
} from '../../shared/flag-text.ts';
import { t } from '../../shared/i18n.ts';
import { questionStem } from '../../shared/question-text.ts';
import {
  actionsBlocks,
  BLOCK_LIMITS,
  type ButtonSpec,
  contextBlock,
  escapeMrkdwn,
  fallbackText,
  fitBlocks,
  fitMrkdwn,
  headerBlock,
  overflowMenu,
  sectionBlock,
} from '../block-limits.ts';
import { FLAG_ACTION, FLAG_VIEW, flagMetadata, menuValue } from '../flag-values.ts';
import { markdownToMrkdwn } from '../markdown-to-mrkdwn.ts';
import { modalView, radioInput, textInput } from '../modal-limits.ts';
import type { SlackMessage } from './question-blocks.ts';

/**
 * "Report this question" on Slack: an overflow menu ("…") beside the question's text, so the message keeps
 * its buttons for answering; a form (a modal) to confirm the reason and add a few words; and the admins'
 * list of reported questions with a button per verdict.
 */

/**
 * The "…" menu beside a question: one entry per reason, each opening the form with it chosen. Null for a
 * round id too long to come back whole in an option's value (none of ours is): the question then shows
 * without it rather than not at all.
 */
export function reportMenu(lang: Lang, roundId: string): Overflow | null {
  if (FLAG_REASONS.some((reason) => menuValue(reason, roundId).length > BLOCK_LIMITS.optionValue))
    return null;
  return overflowMenu(
    FLAG_ACTION.menu,
    FLAG_REASONS.map((reason) => ({
      text: ft(lang, 'flag.menuItem', { reason: reasonName(lang, reason) }),
      value: menuValue(reason, roundId),
    })),
  );
}

/** The question's text at the top of the form, so the reporter sees what they report. */
const FORM_STEM_LENGTH = 600;

export function flagModal(
  lang: Lang,
  spec: {
    readonly question: Question;
    readonly roundId: string;
    readonly reason: FlagReason;
    readonly responseUrl: string | undefined;
  },
): ModalView {
  const stem = markdownToMrkdwn(questionStem(lang, spec.question));
  return modalView({
    callbackId: FLAG_VIEW.callbackId,
    title: ft(lang, 'flag.formTitle'),
    submit: ft(lang, 'flag.send'),
    close: ft(lang, 'flag.cancel'),
    privateMetadata: flagMetadata(spec.roundId, spec.responseUrl),
    blocks: [
      sectionBlock(fitMrkdwn(stem, FORM_STEM_LENGTH, { escape: false }), { escape: false }),
      contextBlock([t(lang, 'answer.source', spec.question.source)]),
      radioInput({
        blockId: FLAG_VIEW.reasonBlock,
        actionId: FLAG_VIEW.reasonAction,
        label: ft(lang, 'flag.reasonLabel'),
        options: FLAG_REASONS.map((reason) => ({ text: reasonName(lang, reason), value: reason })),
        initial: spec.reason,
      }),
      textInput({
        blockId: FLAG_VIEW.noteBlock,
        actionId: FLAG_VIEW.noteAction,
        label: ft(lang, 'flag.noteLabel'),
        placeholder: ft(lang, 'flag.notePlaceholder'),
        maxLength: FLAG_NOTE_MAX_LENGTH,
        optional: true,
        multiline: true,
      }),
    ],
  });
}

/** Questions shown in one list: 4 blocks each stays within a message's 50. */
const LISTED = 10;

const BUTTONS: Readonly<Record<FlagVerdict, string>> = {
  suppress: FLAG_ACTION.suppress,
  restore: FLAG_ACTION.restore,
  dismiss: FLAG_ACTION.dismiss,
};

/**
 * The admins' list (ephemeral): each question's text and `file:line`, its reports by reason, whether it is
 * in play, what players wrote (escaped: it is theirs), and the verdicts that apply. `verdict`: what the
 * press that redrew the list did.
 */
export function flaggedListMessage(
  lang: Lang,
  list: readonly FlaggedQuestion[],
  verdict?: string,
): SlackMessage {
  const title = ft(lang, 'flag.listTitle');
  const blocks: KnownBlock[] = [headerBlock(title)];
  if (verdict !== undefined) blocks.push(contextBlock([verdict]));
  if (list.length === 0) blocks.push(sectionBlock(ft(lang, 'flag.listEmpty')));
  list.slice(0, LISTED).forEach((flagged, i) => {
    const { question } = flagged;
    blocks.push(
      sectionBlock(
        `*${i + 1}.* ${escapeMrkdwn(questionLine(question))}\n` +
          `\`${escapeMrkdwn(sourceOf(question))}\` · ${escapeMrkdwn(reportsLine(lang, flagged))} · ${escapeMrkdwn(stateLine(lang, flagged))}`,
        { escape: false },
      ),
    );
    if (flagged.notes.length > 0) {
      // What players wrote is theirs: escaped like any text we did not write, so it can ping nobody.
      const quoted = flagged.notes.map((n) => `“${n.note}”`).join('  ');
      blocks.push(contextBlock([ft(lang, 'flag.playersWrote', { notes: quoted })], { escape: true }));
    }
    const verdicts: FlagVerdict[] = flagged.suppression === null ? ['suppress', 'dismiss'] : ['restore'];
    const buttons: ButtonSpec[] = verdicts.map((v) => ({
      actionId: BUTTONS[v],
      text: ft(lang, `flag.${v}`),
      value: question.id,
      ...(v === 'suppress'
        ? { style: 'danger' as const }
        : v === 'restore'
          ? { style: 'primary' as const }
          : {}),
    }));
    blocks.push(...actionsBlocks(buttons, `nq_flagged_${i}_`));
  });
  if (list.length > LISTED)
    blocks.push(contextBlock([ft(lang, 'flag.more', { count: list.length - LISTED })]));
  return { text: fallbackText(title), blocks: fitBlocks(blocks) };
}
