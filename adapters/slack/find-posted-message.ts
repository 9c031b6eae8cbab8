import { classifySlackError, type SlackFailure } from './slack-errors.ts';
import type { SlackClient } from './web-clients.ts';

/** Metadata event types the publisher stamps on its messages, so a retry can find them by round id. */
export const DAILY_ROUND_EVENT = 'notequiz_daily_round';
export const DAILY_RESULTS_EVENT = 'notequiz_daily_results';
/** The reply in a daily post's thread that names the winners. */
export const DAILY_WINNERS_EVENT = 'notequiz_daily_winners';
/** A duel challenge posted in its channel; the payload names the duel. */
export const DUEL_CHALLENGE_EVENT = 'notequiz_duel_challenge';

/** The message metadata that names a duel: `event_payload.duel_id`. */
export function duelMetadata(duelId: string): { event_type: string; event_payload: { duel_id: string } } {
  return { event_type: DUEL_CHALLENGE_EVENT, event_payload: { duel_id: duelId } };
}

/** The message metadata that names a round: `event_payload.round_id` is what the lookup matches. */
export function roundMetadata(
  eventType: string,
  roundId: string,
): { event_type: string; event_payload: { round_id: string } } {
  return { event_type: eventType, event_payload: { round_id: roundId } };
}

/**
 * Slack's clock and ours differ a little, and a message can only be posted after its round exists:
 * reading back from shortly before the round opened covers every message the round can have.
 */
const CLOCK_SLACK_MS = 15 * 60_000;
/** A daily channel seldom gets hundreds of messages between a crash and the retry; reading is bounded. */
const PAGE_SIZE = 200;
const MAX_PAGES = 3;

export type PostedLookup =
  | { readonly kind: 'found'; readonly ts: string }
  | { readonly kind: 'absent' }
  /** The history could not be read (missing scope, rate limit, network): the caller decides. */
  | { readonly kind: 'unknown'; readonly failure: SlackFailure };

/**
 * Finds a message this app already posted in a channel for a round, by the round id in its metadata.
 * Used before posting again after an attempt whose outcome we never learned (a crash, a lost response):
 * Slack may have accepted it, and a second post would be the duplicate users complain about.
 */
export async function findPostedMessage(
  client: SlackClient,
  query: {
    readonly channel: string;
    readonly eventType: string;
    /** The id in the payload: a round id, or with `payloadKey: 'duel_id'` a duel id. */
    readonly roundId: string;
    readonly payloadKey?: 'round_id' | 'duel_id';
    /** No message for the round can be older than this (the round's opening). */
    readonly since: Date;
    /** Our bot id (B…) when configured; otherwise any app's message with our metadata counts. */
    readonly botId: string | null;
  },
): Promise<PostedLookup> {
  const oldest = String(Math.max(0, Math.floor((query.since.getTime() - CLOCK_SLACK_MS) / 1000)));
  return findOurMessage(
    (cursor) =>
      client.conversations.history({
        channel: query.channel,
        oldest,
        limit: PAGE_SIZE,
        include_all_metadata: true,
        ...(cursor === undefined ? {} : { cursor }),
      }),
    query,
  );
}

function payloadId(payload: unknown, key: string): unknown {
  return typeof payload === 'object' && payload !== null
    ? (payload as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Finds a reply this app already posted in a thread for a round, by the round id in its metadata: a reveal
 * repeated after a crash edits the post again (harmless) but must not name the winners a second time.
 */
export async function findThreadReply(
  client: SlackClient,
  query: {
    readonly channel: string;
    readonly threadTs: string;
    readonly eventType: string;
    readonly roundId: string;
    readonly botId: string | null;
  },
): Promise<PostedLookup> {
  return findOurMessage(
    (cursor) =>
      client.conversations.replies({
        channel: query.channel,
        ts: query.threadTs,
        limit: PAGE_SIZE,
        include_all_metadata: true,
        ...(cursor === undefined ? {} : { cursor }),
      }),
    query,
  );
}

/** One page of conversations.history or conversations.replies: the fields the look-up reads. */
interface MessagePage {
  readonly messages?: readonly {
    readonly ts?: string;
    readonly bot_id?: string;
    readonly metadata?: { readonly event_type?: string; readonly event_payload?: unknown };
  }[];
  readonly has_more?: boolean;
  readonly response_metadata?: { readonly next_cursor?: string };
}

/** Reads up to MAX_PAGES pages for a message of ours whose metadata names the round (or duel). */
async function findOurMessage(
  fetchPage: (cursor: string | undefined) => Promise<MessagePage>,
  query: {
    readonly eventType: string;
    readonly roundId: string;
    readonly payloadKey?: 'round_id' | 'duel_id';
    readonly botId: string | null;
  },
): Promise<PostedLookup> {
  let cursor: string | undefined;
  try {
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const answer = await fetchPage(cursor);
      for (const message of answer.messages ?? []) {
        if (typeof message.ts !== 'string' || typeof message.bot_id !== 'string') continue;
        if (query.botId !== null && message.bot_id !== query.botId) continue;
        if (message.metadata?.event_type !== query.eventType) continue;
        if (payloadId(message.metadata.event_payload, query.payloadKey ?? 'round_id') === query.roundId)
          return { kind: 'found', ts: message.ts };
      }
      const next = answer.response_metadata?.next_cursor;
      if (answer.has_more !== true || typeof next !== 'string' || next === '') return { kind: 'absent' };
      cursor = next;
    }
    return { kind: 'absent' };
  } catch (error) {
    return { kind: 'unknown', failure: classifySlackError(error) };
  }
}
