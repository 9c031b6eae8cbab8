import type { Lang } from '../content/question.ts';
import type { ChannelRecord } from '../engine/records.ts';
import type { RoundPublisher } from './publisher.ts';

/**
 * The language of what the scheduler posts in a channel, the same as a player there is answered in: the
 * team's choice (/quiz lang), else the platform's for that channel, else the notes', else the default. An
 * English server thus never gets a Chinese daily post just because the notes are Chinese.
 */
export async function roundLang(
  tenantLang: Lang | null,
  publisher: Pick<RoundPublisher, 'channelLang'>,
  channel: ChannelRecord,
  notesLang: Lang | undefined,
  defaultLang: Lang,
): Promise<Lang> {
  return tenantLang ?? (await publisher.channelLang?.(channel)) ?? notesLang ?? defaultLang;
}
