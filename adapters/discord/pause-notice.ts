import { type REST, Routes } from 'discord.js';
import type { Logger } from 'pino';
import type { Lang } from '../../src/content/question.ts';
import type { ChannelId } from '../../src/engine/ids.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import { postMessage } from './channel-messages.ts';
import { d, isFixableInServer, pauseReasonText } from './messages.ts';
import { discordChannelOf } from './platform-ids.ts';

/**
 * When the scheduler has to pause a channel's question of the day because of something a server admin can
 * fix (a permission taken away, the channel deleted), someone who can fix it is told, in the first place
 * that takes the message:
 *  1. the channel itself, as plain text (no embed): it works when only Embed Links was taken away;
 *  2. a DM to the admin who scheduled it there (remembered by the instance that ran the command, since it
 *     started: another instance's scheduler, or one after a restart, skips to the owner);
 *  3. a DM to the server's owner.
 * Never throws: a notice nobody could receive is logged, and /quiz-admin status still says why.
 */
export class PauseNotices {
  private readonly schedulers = new Map<ChannelId, string>();

  constructor(
    private readonly deps: {
      readonly rest: REST;
      readonly logger: Logger;
      /** The server's owner (from the gateway cache, or REST for a server on another instance's shard). */
      readonly ownerOf: (guildId: string) => Promise<string | null>;
    },
  ) {}

  /** Who set up (or resumed) the schedule of a channel: the first to hear when it stops. */
  remember(channelId: ChannelId, userId: string): void {
    this.schedulers.set(channelId, userId);
  }

  async tell(channel: ChannelRecord, code: string, lang: Lang): Promise<void> {
    const place = discordChannelOf(channel.id);
    if (place === null || !isFixableInServer(code)) return;
    const content = d(lang, 'notice.paused', {
      channel: `<#${place.channelId}>`,
      reason: pauseReasonText(lang, code),
    });
    const body = { content };
    try {
      if (code === 'missing_permissions' && (await postMessage(this.deps.rest, place.channelId, body)).ok)
        return;
      const people = [this.schedulers.get(channel.id), await this.deps.ownerOf(place.guildId)];
      for (const userId of new Set(people)) {
        if (userId === undefined || userId === null) continue;
        if (await this.direct(userId, body)) return;
      }
      this.deps.logger.warn(
        { channelId: channel.id, code },
        'discord: daily question paused and nobody could be told; /quiz-admin status shows why',
      );
    } catch (error) {
      this.deps.logger.warn({ err: error, channelId: channel.id, code }, 'discord: pause notice failed');
    }
  }

  /**
   * Another private notice for the server's admins about a channel (a question out of play after players'
   * reports): a DM to whoever scheduled that channel's question of the day, else to the server's owner;
   * never in a channel, where players would read it. False when nobody could be told.
   */
  async tellAdmins(channelId: ChannelId, guildId: string, content: string): Promise<boolean> {
    const people = [this.schedulers.get(channelId), await this.deps.ownerOf(guildId)];
    for (const userId of new Set(people)) {
      if (userId === undefined || userId === null) continue;
      if (await this.direct(userId, { content })) return true;
    }
    return false;
  }

  private async direct(userId: string, body: { content: string }): Promise<boolean> {
    let dm: unknown;
    try {
      dm = await this.deps.rest.post(Routes.userChannels(), { body: { recipient_id: userId } });
    } catch {
      return false;
    }
    const id =
      typeof dm === 'object' && dm !== null && 'id' in dm && typeof dm.id === 'string' ? dm.id : null;
    return id !== null && (await postMessage(this.deps.rest, id, body)).ok;
  }
}
