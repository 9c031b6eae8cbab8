import type pino from 'pino';
import { request } from 'undici';
import type { SlackMessage } from './render/question-blocks.ts';

/**
 * Replies through the interaction's response_url: it works in channels the bot has not joined and in DMs,
 * and it is the only way to replace an ephemeral message. Never throws: a reply that cannot be delivered
 * (the URL expired after 30 minutes) is logged.
 */
export interface Reply {
  /** A new message only the user sees. */
  ephemeral(message: SlackMessage): Promise<void>;
  /** Replaces the message the button was on (ephemeral practice and duel questions). */
  replace(message: SlackMessage): Promise<void>;
}

/**
 * Posts with undici's `request` rather than Bolt's `respond` (which uses `fetch`): every click sends one of
 * these, and on Node 20 a fetch costs about six times the CPU of the same request (~390 µs against ~65 µs,
 * measured here), which at hundreds of clicks a second is the difference between keeping up and not.
 */
export function replyVia(
  responseUrl: string | undefined,
  logger: pino.Logger,
  isAllowed: (url: string) => boolean,
): Reply {
  const send = async (payload: Record<string, unknown>): Promise<void> => {
    if (responseUrl === undefined) {
      logger.warn('no response_url to reply to');
      return;
    }
    if (!isAllowed(responseUrl)) {
      // A reply carries what the player may see (a verdict, the note's answer): never to another host.
      logger.warn({ host: hostOf(responseUrl) }, 'response_url is not a Slack address; reply not sent');
      return;
    }
    try {
      const response = await request(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
      await response.body.dump();
      if (response.statusCode >= 300)
        logger.warn({ status: response.statusCode }, 'Slack refused a reply through response_url');
    } catch (error) {
      logger.warn({ err: error }, 'reply through response_url failed');
    }
  };
  return {
    ephemeral: (m) =>
      send({ response_type: 'ephemeral', replace_original: false, text: m.text, blocks: m.blocks }),
    replace: (m) =>
      send({ response_type: 'ephemeral', replace_original: true, text: m.text, blocks: m.blocks }),
  };
}

/** Where Slack's response URLs live (slack.com and Slack's GovSlack). */
const SLACK_REPLY_HOSTS: ReadonlySet<string> = new Set(['hooks.slack.com', 'hooks.slack-gov.com']);

/**
 * Replies go to Slack's reply host over HTTPS, or to the origin of SLACK_API_URL (a proxy, the local fake):
 * a response_url anywhere else is not followed, whatever the payload says.
 */
export function responseUrlPolicy(apiUrl: string): (url: string) => boolean {
  const apiOrigin = new URL(apiUrl).origin;
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.username !== '' || parsed.password !== '') return false;
    if (parsed.origin === apiOrigin) return true;
    return parsed.protocol === 'https:' && parsed.port === '' && SLACK_REPLY_HOSTS.has(parsed.hostname);
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(not a URL)';
  }
}
