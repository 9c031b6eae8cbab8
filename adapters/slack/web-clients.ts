import type { WebClient } from '@slack/web-api';

/**
 * Two views of the Web API, split by what a retry does. Reads, edits and views.publish give the same
 * result when repeated, so the client Bolt built may retry them after a network error or a 5xx. A new
 * message does not: when the answer to chat.postMessage is lost, Slack may already have posted it, and a
 * blind retry is a second daily question. The types keep posting off the retrying client, so every post
 * goes through the poster (create-bolt-app.ts: no retries), whose callers decide how to retry safely.
 */
type Posting = 'postMessage' | 'postEphemeral' | 'scheduleMessage' | 'meMessage';

/** A file shared into a channel is a message too: uploads go through the poster as well. */
export type SlackClient = Omit<WebClient, 'chat' | 'filesUploadV2'> & {
  readonly chat: Omit<WebClient['chat'], Posting>;
};

export interface PostingClient {
  readonly chat: Pick<WebClient['chat'], 'postMessage'>;
  readonly filesUploadV2: WebClient['filesUploadV2'];
}
