import {
  type APIApplicationCommandStringOption,
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { PERIODS } from '../../src/engine/calendar.ts';
import { DEFAULT_ENGINE_SETTINGS } from '../../src/engine/engine-settings.ts';
import { digestSubcommand } from './digest-command-definition.ts';
import { discordCatalogue, localized } from './messages.ts';

/**
 * The slash commands as Discord's JSON, in one place: registration sends exactly this, and the
 * interaction router handles exactly these names. Descriptions come in English and Chinese.
 */
export const COMMAND = {
  challenge: 'challenge',
  quiz: 'quiz',
  leaderboard: 'leaderboard',
  stats: 'stats',
  daily: 'daily',
  report: 'report',
  admin: 'quiz-admin',
} as const;

const choice = (
  key: 'choice.channel' | 'choice.server' | 'choice.weekdays' | 'choice.everyday' | 'choice.auto',
  value: string,
) => ({
  name: discordCatalogue.en[key],
  name_localizations: { 'zh-CN': discordCatalogue.zh[key], 'zh-TW': discordCatalogue.zh[key] },
  value,
});

const periodChoices = PERIODS.map((p) => ({
  name: { today: 'Today', week: 'This week', month: 'This month', all: 'All time' }[p],
  name_localizations: {
    'zh-CN': { today: '今天', week: '本周', month: '本月', all: '全部' }[p],
    'zh-TW': { today: '今天', week: '本週', month: '本月', all: '全部' }[p],
  },
  value: p,
}));

const topicOption = (
  key: 'cmd.challenge.topic' | 'cmd.quiz.topic' | 'cmd.leaderboard.topic' | 'cmd.report.topic',
): APIApplicationCommandStringOption => ({
  type: ApplicationCommandOptionType.String as const,
  name: 'topic',
  ...localized(key),
  required: false,
  autocomplete: true as const,
  max_length: 100,
});

const guildOnly = {
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [
    {
      name: COMMAND.challenge,
      ...localized('cmd.challenge'),
      ...guildOnly,
      options: [
        {
          type: ApplicationCommandOptionType.User,
          name: 'user',
          ...localized('cmd.challenge.user'),
          required: true,
        },
        {
          type: ApplicationCommandOptionType.Integer,
          name: 'questions',
          ...localized('cmd.challenge.questions'),
          required: false,
          min_value: DEFAULT_ENGINE_SETTINGS.duelMinQuestions,
          max_value: DEFAULT_ENGINE_SETTINGS.duelMaxQuestions,
        },
        topicOption('cmd.challenge.topic'),
      ],
    },
    { name: COMMAND.quiz, ...localized('cmd.quiz'), ...guildOnly, options: [topicOption('cmd.quiz.topic')] },
    {
      name: COMMAND.leaderboard,
      ...localized('cmd.leaderboard'),
      ...guildOnly,
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'period',
          ...localized('cmd.leaderboard.period'),
          required: false,
          choices: periodChoices,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'scope',
          ...localized('cmd.leaderboard.scope'),
          required: false,
          choices: [choice('choice.channel', 'channel'), choice('choice.server', 'server')],
        },
        topicOption('cmd.leaderboard.topic'),
      ],
    },
    {
      name: COMMAND.stats,
      ...localized('cmd.stats'),
      ...guildOnly,
      options: [
        {
          type: ApplicationCommandOptionType.User,
          name: 'user',
          ...localized('cmd.stats.user'),
          required: false,
        },
      ],
    },
    { name: COMMAND.daily, ...localized('cmd.daily'), ...guildOnly },
    {
      name: COMMAND.report,
      ...localized('cmd.report'),
      ...guildOnly,
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'period',
          ...localized('cmd.report.period'),
          required: false,
          choices: periodChoices,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'scope',
          ...localized('cmd.report.scope'),
          required: false,
          choices: [choice('choice.channel', 'channel'), choice('choice.server', 'server')],
        },
        topicOption('cmd.report.topic'),
      ],
    },
    {
      name: COMMAND.admin,
      ...localized('cmd.admin'),
      ...guildOnly,
      // Hidden from members without Manage Server; the handler checks the permission again.
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'schedule',
          ...localized('cmd.admin.schedule'),
          options: [
            {
              type: ApplicationCommandOptionType.String,
              name: 'post',
              ...localized('cmd.admin.schedule.post'),
              max_length: 5,
            },
            {
              type: ApplicationCommandOptionType.String,
              name: 'close',
              ...localized('cmd.admin.schedule.close'),
              max_length: 5,
            },
            {
              type: ApplicationCommandOptionType.String,
              name: 'timezone',
              ...localized('cmd.admin.schedule.timezone'),
              max_length: 64,
            },
            {
              type: ApplicationCommandOptionType.String,
              name: 'days',
              ...localized('cmd.admin.schedule.days'),
              choices: [choice('choice.weekdays', 'weekdays'), choice('choice.everyday', 'everyday')],
            },
          ],
        },
        { type: ApplicationCommandOptionType.Subcommand, name: 'pause', ...localized('cmd.admin.pause') },
        { type: ApplicationCommandOptionType.Subcommand, name: 'resume', ...localized('cmd.admin.resume') },
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'remind',
          ...localized('cmd.admin.remind'),
          options: [
            {
              type: ApplicationCommandOptionType.Boolean,
              name: 'enabled',
              ...localized('cmd.admin.remind.enabled'),
              required: true,
            },
          ],
        },
        { type: ApplicationCommandOptionType.Subcommand, name: 'status', ...localized('cmd.admin.status') },
        digestSubcommand(),
        { type: ApplicationCommandOptionType.Subcommand, name: 'reload', ...localized('cmd.admin.reload') },
        { type: ApplicationCommandOptionType.Subcommand, name: 'flagged', ...localized('cmd.admin.flagged') },
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: 'lang',
          ...localized('cmd.admin.lang'),
          options: [
            {
              type: ApplicationCommandOptionType.String,
              name: 'language',
              ...localized('cmd.admin.lang.language'),
              required: true,
              choices: [
                { name: 'English', value: 'en' },
                { name: '中文', value: 'zh' },
                choice('choice.auto', 'auto'),
              ],
            },
          ],
        },
      ],
    },
  ];
}
