import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';
import type { Lang } from '../../src/content/question.ts';
import { d } from './messages.ts';

/**
 * What the bot needs in a channel to run the question of the day there: see it, post in it, and post
 * embeds (a channel message with an embed and no Embed Links is refused with 403). The invite link asks
 * for exactly these (permission integer 19456); a server admin can still take them away per channel.
 */
const NEEDED = [
  { bit: PermissionFlagsBits.ViewChannel, key: 'permission.viewChannel' },
  { bit: PermissionFlagsBits.SendMessages, key: 'permission.sendMessages' },
  { bit: PermissionFlagsBits.EmbedLinks, key: 'permission.embedLinks' },
] as const;

export type NeededPermission = (typeof NEEDED)[number]['key'];

/** The needed permissions the bot lacks, from the interaction's `app_permissions` for its channel. */
export function missingPermissions(appPermissions: Readonly<PermissionsBitField>): NeededPermission[] {
  return NEEDED.filter((p) => !appPermissions.has(p.bit, false)).map((p) => p.key);
}

/** "Send Messages, Embed Links" in the reader's language, as Discord names them in its settings. */
export const permissionNames = (lang: Lang, keys: readonly NeededPermission[]): string =>
  keys.map((key) => d(lang, key)).join(lang === 'zh' ? '、' : ', ');
