import type { RespondFn } from '@slack/bolt';
import type pino from 'pino';
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

export function replyVia(respond: RespondFn | undefined, logger: pino.Logger): Reply {
  const send = async (payload: Parameters<RespondFn>[0]): Promise<void> => {
    if (respond === undefined) {
      logger.warn('no response_url to reply to');
      return;
    }
    try {
      await respond(payload);
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
