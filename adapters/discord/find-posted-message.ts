import { type REST, Routes, SnowflakeUtil } from 'discord.js';
import { classifyError, postedAtOf, type SendFailure } from './channel-messages.ts';

/**
 * Finding a message the bot already posted, for a retry that comes after Discord has forgotten the nonce
 * ("uniqueness in the past few minutes"): a reveal recovered after a crash, a post retried much later.
 * Discord keeps no metadata on a message, so a message is known by what it carries: a button naming the
 * round, or a reply's reference to the round's post.
 */
export type DiscordLookup =
  | { readonly kind: 'found'; readonly messageId: string; readonly postedAt: Date }
  | { readonly kind: 'absent' }
  /** The channel could not be read (permissions, rate limit, network): the caller decides. */
  | { readonly kind: 'unknown'; readonly failure: SendFailure };

/** The fields of a message the look-up reads. */
export interface SeenMessage {
  readonly id?: string;
  readonly author?: { readonly bot?: boolean };
  readonly message_reference?: { readonly message_id?: string };
  readonly components?: readonly { readonly components?: readonly { readonly custom_id?: string }[] }[];
}

/** Discord's largest page; a daily channel seldom gets more between a post and its retry. */
const PAGE_SIZE = 100;
const MAX_PAGES = 3;
/** Clocks differ a little; a round's message can only appear after the round exists. */
const CLOCK_SLACK_MS = 15 * 60_000;

/** A bot message (ours: the matcher is specific to one round) that matches, posted after `since`. */
export async function findBotMessage(
  rest: REST,
  channelId: string,
  since: Date | string,
  matches: (message: SeenMessage) => boolean,
): Promise<DiscordLookup> {
  let after =
    typeof since === 'string'
      ? since
      : SnowflakeUtil.generate({ timestamp: Math.max(0, since.getTime() - CLOCK_SLACK_MS) }).toString();
  try {
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await rest.get(Routes.channelMessages(channelId), {
        query: new URLSearchParams({ after, limit: String(PAGE_SIZE) }),
      });
      const messages = Array.isArray(answer) ? (answer as SeenMessage[]) : [];
      const found = messages.find((m) => m.author?.bot === true && matches(m));
      if (found?.id !== undefined)
        return { kind: 'found', messageId: found.id, postedAt: postedAtOf(found, found.id) };
      if (messages.length < PAGE_SIZE) return { kind: 'absent' };
      after = newest(messages) ?? after;
    }
    return { kind: 'absent' };
  } catch (error) {
    return { kind: 'unknown', failure: classifyError(error) };
  }
}

function newest(messages: readonly SeenMessage[]): string | undefined {
  let best: bigint | undefined;
  for (const m of messages) {
    if (m.id === undefined) continue;
    const id = BigInt(m.id);
    if (best === undefined || id > best) best = id;
  }
  return best?.toString();
}

/**
 * A message with a button of this round: every daily button's custom_id ends with the round id (answer,
 * reveal, report), and a round id names its channel and date, so no other round's button ends the same.
 */
export const carriesRoundButton =
  (roundId: string) =>
  (message: SeenMessage): boolean =>
    (message.components ?? []).some((row) =>
      (row.components ?? []).some((b) => b.custom_id?.endsWith(`:${roundId}`) === true),
    );

/** A reply to this message. */
export const repliesTo =
  (messageId: string) =>
  (message: SeenMessage): boolean =>
    message.message_reference?.message_id === messageId;
