import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { weekdayName } from '../shared/section-report-view.ts';
import { discordCatalogue, localized } from './messages.ts';

/** ISO weekdays in the order a menu shows them. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * `/quiz-admin digest day:<weekday|off> [time:HH:MM] [timezone:Area/City]`: a weekday picked from a menu
 * (named in English and Chinese), so only the time and zone are typed.
 */
export function digestSubcommand(): APIApplicationCommandSubcommandOption {
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: 'digest',
    ...localized('cmd.admin.digest'),
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'day',
        ...localized('cmd.admin.digest.day'),
        required: true,
        choices: [
          ...WEEKDAYS.map((day) => ({
            name: weekdayName('en', day),
            name_localizations: { 'zh-CN': weekdayName('zh', day), 'zh-TW': weekdayName('zh', day) },
            value: String(day),
          })),
          {
            name: discordCatalogue.en['choice.off'],
            name_localizations: {
              'zh-CN': discordCatalogue.zh['choice.off'],
              'zh-TW': discordCatalogue.zh['choice.off'],
            },
            value: 'off',
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'time',
        ...localized('cmd.admin.digest.time'),
        max_length: 5,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'timezone',
        ...localized('cmd.admin.digest.timezone'),
        max_length: 64,
      },
    ],
  };
}
