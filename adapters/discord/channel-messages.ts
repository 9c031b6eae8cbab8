import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, type REST, Routes, SnowflakeUtil } from 'discord.js';
import { type MessageBody, toRestJson } from './message-body.ts';

/**
 * Posting and editing channel messages through discord.js's REST client (which waits out ordinary 429s
 * by itself), and turning what can still go wrong into a verdict the caller can act on.
 */

export type SendFailure =
  | { readonly retryable: true; readonly code: string; readonly retryAfterMs?: number }
  | { readonly retryable: false; readonly code: string };

export type SendResult =
  | {
      readonly ok: true;
      readonly messageId: string;
      /** When Discord created the message (its `timestamp`; also for the first message a nonce returns). */
      readonly postedAt: Date;
    }
  | ({ readonly ok: false } & SendFailure);

/** Discord's JSON error codes we expect, mapped to the codes the scheduler pauses a channel with. */
const PERMANENT: Readonly<Record<number, string>> = {
  10003: 'channel_not_found',
  10004: 'guild_not_found',
  10008: 'message_not_found',
  50001: 'missing_access',
  50013: 'missing_permissions',
  50083: 'thread_archived',
};

export function classifyError(error: unknown): SendFailure {
  if (error instanceof RateLimitError) {
    return { retryable: true, code: 'rate_limited', retryAfterMs: Math.max(0, Math.ceil(error.retryAfter)) };
  }
  if (error instanceof DiscordAPIError) {
    const known = typeof error.code === 'number' ? PERMANENT[error.code] : undefined;
    if (known !== undefined) return { retryable: false, code: known };
    if (error.status === 401) return { retryable: false, code: 'token_invalid' };
    if (error.status === 403) return { retryable: false, code: 'missing_access' };
    if (error.status === 404) return { retryable: false, code: 'not_found' };
    if (error.status >= 500) return { retryable: true, code: 'discord_unavailable' };
    return { retryable: false, code: `discord_${String(error.code)}` };
  }
  if (error instanceof HTTPError) {
    return error.status >= 500
      ? { retryable: true, code: 'discord_unavailable' }
      : { retryable: false, code: `http_${error.status}` };
  }
  return { retryable: true, code: 'network' };
}

const idOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
    ? value.id
    : null;

/** The message's `timestamp`, else the time inside its snowflake id (the same instant, to the ms). */
export function postedAtOf(value: unknown, messageId: string): Date {
  const stamp =
    typeof value === 'object' && value !== null && 'timestamp' in value && typeof value.timestamp === 'string'
      ? Date.parse(value.timestamp)
      : Number.NaN;
  return new Date(Number.isNaN(stamp) ? SnowflakeUtil.timestampFrom(messageId) : stamp);
}

/**
 * A nonce derived from a key (a round id) with enforce_nonce: if a post is retried after a crash or a
 * timeout, Discord returns the message it already created instead of posting twice.
 */
export const nonceFor = (key: string): string =>
  createHash('sha256').update(key).digest('base64url').slice(0, 25);

export async function postMessage(
  rest: REST,
  channelId: string,
  body: MessageBody,
  options: { dedupeKey?: string } = {},
): Promise<SendResult> {
  try {
    const sent = await rest.post(Routes.channelMessages(channelId), {
      body: {
        ...toRestJson(body),
        ...(options.dedupeKey === undefined
          ? {}
          : { nonce: nonceFor(options.dedupeKey), enforce_nonce: true }),
      },
    });
    const messageId = idOf(sent);
    return messageId === null
      ? { ok: false, retryable: true, code: 'no_message_id' }
      : { ok: true, messageId, postedAt: postedAtOf(sent, messageId) };
  } catch (error) {
    return { ok: false, ...classifyError(error) };
  }
}

export async function editMessage(
  rest: REST,
  channelId: string,
  messageId: string,
  body: MessageBody,
): Promise<SendResult> {
  try {
    const edited = await rest.patch(Routes.channelMessage(channelId, messageId), { body: toRestJson(body) });
    return { ok: true, messageId, postedAt: postedAtOf(edited, messageId) };
  } catch (error) {
    return { ok: false, ...classifyError(error) };
  }
}
