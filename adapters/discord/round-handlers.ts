import type { Lang, Question } from '../../src/content/question.ts';
import type { AnswerOutcome, RoundWithQuestion } from '../../src/engine/api.ts';
import { topicsChosenLine } from '../shared/helpful-mistakes.ts';
import { gradeName, optionLetter, t } from '../shared/i18n.ts';
import { titlesOfKey, topicKey } from '../shared/topic-key.ts';
import { alreadyAnswered, dailyComingBack } from './coming-back.ts';
import { type ButtonAction, encodeButton } from './custom-ids.ts';
import { withReportRow } from './flag-render.ts';
import { type HandlerContext, notice, rejected, rejectedTopic } from './handler-context.ts';
import type { InteractionScope } from './interaction-scope.ts';
import { type ButtonSpec, buttonRows } from './limits.ts';
import { COLOR, type MessageBody } from './message-body.ts';
import { d } from './messages.ts';
import { optionButtons, questionEmbed, stemAndReveal } from './render-question.ts';
import type { Reply } from './respond-in-time.ts';

/**
 * Practice (/quiz) and the daily question answered privately (/daily and the daily post's buttons):
 * answer, flashcard reveal and self-grade, another question. A button on a private message replaces that
 * message; a button on a public one answers privately.
 */

/** A practice question names the section(s) its topic chose, so a partly typed topic shows what it found. */
function questionBody(
  lang: Lang,
  current: RoundWithQuestion,
  topicKey: string,
  topicTitles: readonly string[] = [],
): MessageBody {
  const { round, question } = current;
  const title = round.kind === 'daily' ? t(lang, 'question.daily') : t(lang, 'question.practice');
  // In the footer, which Discord shows as plain text: the titles need no escaping there.
  const chosen = topicTitles.length === 0 ? undefined : topicsChosenLine(lang, topicTitles);
  return {
    embeds: [questionEmbed(lang, question, title, chosen)],
    components: withReportRow(
      buttonRows(
        optionButtons(lang, question, (choice) => ({ kind: 'answer', roundId: round.id, choice, topicKey }), {
          kind: 'reveal',
          roundId: round.id,
          topicKey,
        }),
      ),
      lang,
      round.id,
    ),
  };
}

const anotherButton = (lang: Lang, topicKey: string): ButtonSpec => ({
  label: d(lang, 'practice.next'),
  customId: encodeButton({ kind: 'practice-next', topicKey }),
  style: 1,
});

const place = (reply: MessageBody, onPrivateMessage: boolean, after?: () => Promise<void>): Reply =>
  onPrivateMessage
    ? { kind: 'update', body: reply, ...(after === undefined ? {} : { after }) }
    : {
        kind: 'reply',
        ephemeral: true,
        body: reply,
        ...(after === undefined ? {} : { after: async () => after() }),
      };

export async function quizCommand(
  ctx: HandlerContext,
  scope: InteractionScope,
  topic: string | undefined,
): Promise<Reply> {
  const result = await ctx.engine.startPractice(scope.actor, scope.place, topic);
  if (!result.ok) return rejectedTopic(ctx.engine, scope.lang, result.code, result.detail ?? topic);
  const { topicTitles } = result.value;
  return {
    kind: 'reply',
    ephemeral: true,
    body: questionBody(
      scope.lang,
      result.value,
      topicKey(topicTitles, ctx.engine.topicTitles()),
      topicTitles,
    ),
  };
}

export async function practiceNextButton(
  ctx: HandlerContext,
  scope: InteractionScope,
  action: Extract<ButtonAction, { kind: 'practice-next' }>,
  onPrivateMessage: boolean,
): Promise<Reply> {
  const titles = titlesOfKey(action.topicKey, ctx.engine.topicTitles()) ?? [];
  const result = await ctx.engine.startPractice(
    scope.actor,
    scope.place,
    titles.length === 0 ? undefined : { titles },
  );
  if (!result.ok) return rejected(scope.lang, result.code, result.detail);
  return place(
    questionBody(
      scope.lang,
      result.value,
      topicKey(result.value.topicTitles, ctx.engine.topicTitles()),
      result.value.topicTitles,
    ),
    onPrivateMessage,
  );
}

export async function dailyCommand(ctx: HandlerContext, scope: InteractionScope): Promise<Reply> {
  const current = await ctx.engine.todaysDailyRound(scope.place.channelId);
  // Not before the post is in the channel: answer speed counts from the post, and nobody sees it early.
  if (current === null || current.round.postRef === null) return notice(d(scope.lang, 'daily.none'));
  const back = await dailyComingBack(ctx, scope, current);
  if (back !== null) return back;
  return { kind: 'reply', ephemeral: true, body: questionBody(scope.lang, current, '') };
}

function practiceFeedback(lang: Lang, outcome: AnswerOutcome, topicKey: string): MessageBody {
  const verdict = outcome.correct ? t(lang, 'answer.correct') : t(lang, 'answer.wrong');
  const points = outcome.points > 0 ? ` ${t(lang, 'answer.points', { points: outcome.points })}` : '';
  return {
    embeds: [
      {
        title: `${verdict}${points}`,
        description: stemAndReveal(lang, outcome.question),
        color: outcome.correct ? COLOR.good : COLOR.bad,
      },
    ],
    components: withReportRow(buttonRows([anotherButton(lang, topicKey)]), lang, outcome.round.id),
  };
}

/** A daily answer is acknowledged, not judged: the right answer waits for the reveal. */
function dailyRecorded(lang: Lang, question: Question, choice: number | null): MessageBody {
  const option = choice === null ? '' : `${optionLetter(choice)}. ${question.options[choice] ?? ''}`;
  return {
    embeds: [
      {
        description: choice === null ? t(lang, 'answer.recorded') : d(lang, 'daily.recorded', { option }),
        color: COLOR.neutral,
      },
    ],
    components: [],
  };
}

export async function answerButton(
  ctx: HandlerContext,
  scope: InteractionScope,
  action: Extract<ButtonAction, { kind: 'answer' }>,
  onPrivateMessage: boolean,
): Promise<Reply> {
  const result = await ctx.engine.answer(scope.actor, scope.place, action.roundId, action.choice);
  if (!result.ok && result.code === 'already_answered') {
    const back = await alreadyAnswered(ctx, scope, action.roundId);
    if (back !== null) return back;
  }
  if (!result.ok) return rejected(scope.lang, result.code, result.detail);
  const outcome = result.value;
  if (outcome.round.kind === 'daily') {
    return place(dailyRecorded(scope.lang, outcome.question, outcome.choice), onPrivateMessage, async () =>
      ctx.liveCount.bump(outcome.round),
    );
  }
  return place(practiceFeedback(scope.lang, outcome, action.topicKey), onPrivateMessage);
}

/** Flashcards: the answer, then four self-grade buttons. The round id is checked when a grade comes back. */
export async function revealButton(
  scope: InteractionScope,
  action: Extract<ButtonAction, { kind: 'reveal' }>,
  ctx: HandlerContext,
  onPrivateMessage: boolean,
): Promise<Reply> {
  const current = await ctx.engine.roundResults(action.roundId);
  if (current === null || current.round.tenantId !== scope.actor.tenantId)
    return rejected(scope.lang, 'round_not_found');
  if (current.question.options.length > 0) return rejected(scope.lang, 'not_a_flashcard');
  const grades = (['again', 'hard', 'good', 'easy'] as const).map(
    (grade): ButtonSpec => ({
      label: gradeName(scope.lang, grade),
      customId: encodeButton({
        kind: 'grade',
        roundId: action.roundId,
        grade,
        topicKey: action.topicKey,
      }),
      style: grade === 'again' ? 4 : grade === 'easy' ? 3 : 2,
    }),
  );
  return place(
    {
      embeds: [
        {
          title: t(scope.lang, 'grade.prompt'),
          description: stemAndReveal(scope.lang, current.question),
          color: COLOR.question,
        },
      ],
      components: withReportRow(buttonRows(grades), scope.lang, action.roundId),
    },
    onPrivateMessage,
  );
}

export async function gradeButton(
  ctx: HandlerContext,
  scope: InteractionScope,
  action: Extract<ButtonAction, { kind: 'grade' }>,
  onPrivateMessage: boolean,
): Promise<Reply> {
  const result = await ctx.engine.selfGrade(scope.actor, scope.place, action.roundId, action.grade);
  if (!result.ok) return rejected(scope.lang, result.code, result.detail);
  const outcome = result.value;
  const daily = outcome.round.kind === 'daily';
  return place(
    {
      embeds: [
        {
          description: t(scope.lang, 'grade.recorded', { grade: gradeName(scope.lang, action.grade) }),
          color: COLOR.good,
        },
      ],
      components: daily ? [] : buttonRows([anotherButton(scope.lang, action.topicKey)]),
    },
    onPrivateMessage,
    daily ? async () => ctx.liveCount.bump(outcome.round) : undefined,
  );
}
