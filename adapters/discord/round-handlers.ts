import type { Lang, Question } from '../../src/content/question.ts';
import type { AnswerOutcome, RoundWithQuestion } from '../../src/engine/api.ts';
import { gradeName, optionLetter, t } from '../shared/i18n.ts';
import { type ButtonAction, encodeButton } from './custom-ids.ts';
import { type HandlerContext, notice, rejected } from './handler-context.ts';
import type { InteractionScope } from './interaction-scope.ts';
import { type ButtonSpec, buttonRows } from './limits.ts';
import { COLOR, type MessageBody } from './message-body.ts';
import { d } from './messages.ts';
import { optionButtons, questionEmbed, revealText, stemText } from './render-question.ts';
import type { Reply } from './respond-in-time.ts';

/**
 * Practice (/quiz) and the daily question answered privately (/daily and the daily post's buttons):
 * answer, flashcard reveal and self-grade, another question. A button on a private message replaces that
 * message; a button on a public one answers privately.
 */

function topicIndexOf(topics: readonly string[], topic: string | undefined): number {
  if (topic === undefined) return -1;
  const exact = topics.indexOf(topic);
  if (exact >= 0) return exact;
  const lower = topic.toLowerCase();
  return topics.findIndex((x) => x.toLowerCase() === lower);
}

function questionBody(lang: Lang, current: RoundWithQuestion, topicIndex: number): MessageBody {
  const { round, question } = current;
  const title = round.kind === 'daily' ? t(lang, 'question.daily') : t(lang, 'question.practice');
  return {
    embeds: [questionEmbed(lang, question, title)],
    components: buttonRows(
      optionButtons(lang, question, (choice) => ({ kind: 'answer', roundId: round.id, choice, topicIndex }), {
        kind: 'reveal',
        roundId: round.id,
        topicIndex,
      }),
    ),
  };
}

const anotherButton = (lang: Lang, topicIndex: number): ButtonSpec => ({
  label: d(lang, 'practice.next'),
  customId: encodeButton({ kind: 'practice-next', topicIndex }),
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
  if (!result.ok) return rejected(scope.lang, result.code, result.detail);
  return {
    kind: 'reply',
    ephemeral: true,
    body: questionBody(scope.lang, result.value, topicIndexOf(ctx.engine.topics(), topic)),
  };
}

export async function practiceNextButton(
  ctx: HandlerContext,
  scope: InteractionScope,
  action: Extract<ButtonAction, { kind: 'practice-next' }>,
  onPrivateMessage: boolean,
): Promise<Reply> {
  const topic = action.topicIndex >= 0 ? ctx.engine.topics()[action.topicIndex] : undefined;
  const result = await ctx.engine.startPractice(scope.actor, scope.place, topic);
  if (!result.ok) return rejected(scope.lang, result.code, result.detail);
  return place(
    questionBody(scope.lang, result.value, topic === undefined ? -1 : action.topicIndex),
    onPrivateMessage,
  );
}

export async function dailyCommand(ctx: HandlerContext, scope: InteractionScope): Promise<Reply> {
  const current = await ctx.engine.currentDailyRound(scope.place.channelId);
  if (current === null || current.round.status !== 'open') return notice(d(scope.lang, 'daily.none'));
  return { kind: 'reply', ephemeral: true, body: questionBody(scope.lang, current, -1) };
}

function practiceFeedback(lang: Lang, outcome: AnswerOutcome, topicIndex: number): MessageBody {
  const verdict = outcome.correct ? t(lang, 'answer.correct') : t(lang, 'answer.wrong');
  const points = outcome.points > 0 ? ` ${t(lang, 'answer.points', { points: outcome.points })}` : '';
  return {
    embeds: [
      {
        title: `${verdict}${points}`,
        description: `${stemText(lang, outcome.question)}\n\n${revealText(lang, outcome.question)}`,
        color: outcome.correct ? COLOR.good : COLOR.bad,
      },
    ],
    components: buttonRows([anotherButton(lang, topicIndex)]),
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
  if (!result.ok) return rejected(scope.lang, result.code, result.detail);
  const outcome = result.value;
  if (outcome.round.kind === 'daily') {
    return place(dailyRecorded(scope.lang, outcome.question, outcome.choice), onPrivateMessage, async () =>
      ctx.liveCount.bump(outcome.round),
    );
  }
  return place(practiceFeedback(scope.lang, outcome, action.topicIndex), onPrivateMessage);
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
        topicIndex: action.topicIndex,
      }),
      style: grade === 'again' ? 4 : grade === 'easy' ? 3 : 2,
    }),
  );
  return place(
    {
      embeds: [
        {
          title: t(scope.lang, 'grade.prompt'),
          description: `${stemText(scope.lang, current.question)}\n\n${revealText(scope.lang, current.question)}`,
          color: COLOR.question,
        },
      ],
      components: buttonRows(grades),
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
      components: daily ? [] : buttonRows([anotherButton(scope.lang, action.topicIndex)]),
    },
    onPrivateMessage,
    daily ? async () => ctx.liveCount.bump(outcome.round) : undefined,
  );
}
