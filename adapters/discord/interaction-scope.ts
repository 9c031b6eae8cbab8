import type { Interaction } from 'discord.js';
import type { Lang } from '../../src/content/question.ts';
import type { Actor, Place, QuizEngine } from '../../src/engine/api.ts';
import { langFromLocale } from './messages.ts';
import { channelIdOf, playerIdOf, tenantIdOf } from './platform-ids.ts';

/** Who acts where, in which language: what every handler needs from an interaction. */
export interface InteractionScope {
  readonly guildId: string;
  readonly channelId: string;
  readonly userId: string;
  readonly actor: Actor;
  readonly place: Place;
  /** For replies only this user sees: the server's setting, else the user's Discord language. */
  readonly lang: Lang;
  /** For messages the channel sees: the server's setting, else the server's language. */
  readonly publicLang: Lang;
}

/** False in a DM: every notequiz command is a server command. Needs no store, so it runs before the ack. */
export const inServer = (interaction: Interaction): boolean =>
  interaction.guildId !== null && interaction.channelId !== null;

/** Null outside a server (a DM): every notequiz command is a server command. */
export async function scopeOf(
  engine: QuizEngine,
  interaction: Interaction,
): Promise<InteractionScope | null> {
  const guildId = interaction.guildId;
  const channelId = interaction.channelId;
  if (guildId === null || channelId === null) return null;
  const tenantId = tenantIdOf(guildId);
  const setting = await engine.tenantLang(tenantId);
  const guildLang = langFromLocale(interaction.guildLocale);
  const displayName = interaction.inCachedGuild()
    ? interaction.member.displayName
    : interaction.user.displayName;
  const channel = interaction.channel;
  return {
    guildId,
    channelId,
    userId: interaction.user.id,
    actor: {
      tenantId,
      tenantName: interaction.guild?.name ?? guildId,
      playerId: playerIdOf(guildId, interaction.user.id),
      displayName,
      isBot: interaction.user.bot,
    },
    place: {
      channelId: channelIdOf(guildId, channelId),
      channelName:
        channel !== null && 'name' in channel && typeof channel.name === 'string' ? channel.name : channelId,
    },
    lang: setting ?? langFromLocale(interaction.locale) ?? guildLang ?? 'en',
    publicLang: setting ?? guildLang ?? 'en',
  };
}
