import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import { suggestionLine } from '../shared/helpful-mistakes.ts';
import { adminCommand } from './admin-handlers.ts';
import { COMMAND } from './command-definitions.ts';
import { decodeButton } from './custom-ids.ts';
import {
  cancelButton,
  challengeCommand,
  duelAnswerButton,
  playButton,
  respondButton,
} from './duel-handlers.ts';
import { reportFormSubmitted, verdictButton } from './flag-handlers.ts';
import { decodeFlagId } from './flag-ids.ts';
import { reportModal } from './flag-render.ts';
import { type HandlerContext, refusal, somethingWentWrong } from './handler-context.ts';
import { type InteractionScope, inServer, scopeOf } from './interaction-scope.ts';
import { d, langFromLocale } from './messages.ts';
import { reportCommand } from './report-handlers.ts';
import { type AckShape, type Reply, respondInTime } from './respond-in-time.ts';
import {
  answerButton,
  dailyCommand,
  gradeButton,
  practiceNextButton,
  quizCommand,
  revealButton,
} from './round-handlers.ts';
import { leaderboardCommand, statsCommand } from './standings-handlers.ts';
import { answerAutocomplete, optionTopic } from './topic-autocomplete.ts';

/**
 * One entry point for every interaction: find the handler, decide how a late answer would be deferred,
 * and answer within Discord's 3 seconds (respond-in-time.ts). Nothing here trusts a custom_id: it is
 * parsed into ids, and the engine decides whether the presser may act on them.
 */
export function createInteractionRouter(
  ctx: HandlerContext,
  options: { ackDeadlineMs: number; logger: Logger },
) {
  /**
   * How the interaction would be deferred and what answers it. The shape depends only on the interaction,
   * never on the store, so the deferral timer runs before the first database call.
   */
  const plan = (
    interaction: ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction,
  ): { shape: AckShape; run: (scope: InteractionScope) => Promise<Reply> } => {
    if (interaction.isChatInputCommand()) {
      switch (interaction.commandName) {
        case COMMAND.challenge:
          return { shape: 'public', run: (scope) => challengeCommand(ctx, scope, interaction) };
        case COMMAND.quiz:
          return {
            shape: 'ephemeral',
            run: (scope) =>
              quizCommand(ctx, scope, optionTopic(ctx.engine, interaction.options.getString('topic'))),
          };
        case COMMAND.leaderboard:
          return { shape: 'public', run: (scope) => leaderboardCommand(ctx, scope, interaction) };
        case COMMAND.stats:
          return { shape: 'ephemeral', run: (scope) => statsCommand(ctx, scope, interaction) };
        case COMMAND.daily:
          return { shape: 'ephemeral', run: (scope) => dailyCommand(ctx, scope) };
        case COMMAND.report:
          return { shape: 'public', run: (scope) => reportCommand(ctx, scope, interaction) };
        case COMMAND.admin:
          return { shape: 'ephemeral', run: (scope) => adminCommand(ctx, scope, interaction) };
        default:
          return {
            shape: 'ephemeral',
            run: async (scope) =>
              refusal(
                [
                  d(scope.lang, 'error.unknownCommand', { name: interaction.commandName }),
                  suggestionLine(scope.lang, interaction.commandName, Object.values(COMMAND), (c) => `/${c}`),
                ]
                  .filter((part) => part !== '')
                  .join(' '),
              ),
          };
      }
    }
    // "Report this question": the form as submitted, and the verdict buttons of the admins' list.
    const flag = decodeFlagId(interaction.customId);
    if (interaction.isModalSubmit())
      return flag?.kind === 'form'
        ? { shape: 'ephemeral', run: (scope) => reportFormSubmitted(ctx, scope, interaction, flag) }
        : { shape: 'ephemeral', run: async (scope) => refusal(d(scope.lang, 'error.unknownButton')) };
    const onPrivate = interaction.message.flags.has(MessageFlags.Ephemeral);
    const shape: AckShape = onPrivate ? 'update' : 'ephemeral';
    if (flag?.kind === 'verdict')
      return { shape, run: (scope) => verdictButton(ctx, scope, interaction, flag) };
    const action = decodeButton(interaction.customId);
    if (action === null)
      return { shape: 'ephemeral', run: async (scope) => refusal(d(scope.lang, 'error.unknownButton')) };
    switch (action.kind) {
      case 'duel-accept':
      case 'duel-decline':
        return { shape: 'update', run: (scope) => respondButton(ctx, scope, action) };
      case 'duel-cancel':
        return { shape: 'update', run: (scope) => cancelButton(ctx, scope, action) };
      case 'duel-play':
        return { shape, run: (scope) => playButton(ctx, scope, action, onPrivate) };
      case 'duel-answer':
        return { shape, run: (scope) => duelAnswerButton(ctx, scope, action, interaction) };
      case 'answer':
        return { shape, run: (scope) => answerButton(ctx, scope, action, onPrivate) };
      case 'reveal':
        return { shape, run: (scope) => revealButton(scope, action, ctx, onPrivate) };
      case 'grade':
        return { shape, run: (scope) => gradeButton(ctx, scope, action, onPrivate) };
      case 'practice-next':
        return { shape, run: (scope) => practiceNextButton(ctx, scope, action, onPrivate) };
    }
  };

  return async function handle(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) {
        await answerAutocomplete(ctx.engine, interaction);
        return;
      }
      if (!interaction.isChatInputCommand() && !interaction.isButton() && !interaction.isModalSubmit())
        return;
      // Until the server's language setting is read (a store call), errors speak the user's language.
      let lang = langFromLocale(interaction.locale) ?? langFromLocale(interaction.guildLocale) ?? 'en';
      if (!inServer(interaction)) {
        await interaction.reply({ content: d(lang, 'error.guildOnly'), flags: MessageFlags.Ephemeral });
        return;
      }
      // The Report button's only answer is the form: Discord takes a modal as the first response only, so
      // it opens before any store call, in the presser's own language.
      if (interaction.isButton()) {
        const report = decodeFlagId(interaction.customId);
        if (report?.kind === 'report') {
          await interaction.showModal(reportModal(lang, report.roundId));
          return;
        }
      }
      const { shape, run } = plan(interaction);
      await respondInTime(
        interaction,
        shape,
        async () => {
          const scope = await scopeOf(ctx.engine, interaction);
          if (scope === null) return refusal(d(lang, 'error.guildOnly'));
          lang = scope.lang;
          return run(scope);
        },
        {
          deadlineMs: options.ackDeadlineMs,
          logger: options.logger,
          onError: () => somethingWentWrong(lang),
        },
      );
    } catch (error) {
      // The error boundary: a failed reply (token expired, Discord down) is logged, never thrown at the client.
      options.logger.error({ err: error, interaction: interaction.id }, 'discord: interaction failed');
    }
  };
}
