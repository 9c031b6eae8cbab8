import { performance } from 'node:perf_hooks';
import { webApi } from '@slack/bolt';
import type { PlatformMetrics } from '../../src/ops/metrics-port.ts';

/**
 * What Slack tells the metrics (src/ops/metrics-port.ts): requests by kind, their acks, and the Web API's
 * 429s by method. Kinds are a closed list, so the label can only take these values.
 */
export const SLACK_REQUEST_KINDS = [
  'slash_command',
  'block_action',
  'view_submission',
  'event',
  'other',
] as const;
export type SlackRequestKind = (typeof SLACK_REQUEST_KINDS)[number];

/** The kind of a request, from the body Bolt parsed (a slash command's form has no `type`). */
export function slackRequestKind(body: object): SlackRequestKind {
  if ('command' in body) return 'slash_command';
  switch ('type' in body ? body.type : undefined) {
    case 'block_actions':
      return 'block_action';
    case 'view_submission':
      return 'view_submission';
    case 'event_callback':
      return 'event';
    default:
      return 'other';
  }
}

/**
 * When a request arrived, as Bolt's context carries it (`receivedAt`, put there by each receiver's
 * customPropertiesExtractor): performance.now() milliseconds. HTTP mode takes it from the front door,
 * which stamps the request as it comes in; Socket Mode from the moment the WebSocket message is handed on.
 */
export function arrivalStamp(request?: object): { receivedAt: number } {
  const stamped = request !== undefined && 'receivedAt' in request ? request.receivedAt : undefined;
  return { receivedAt: typeof stamped === 'number' ? stamped : performance.now() };
}

export function receivedAtOf(context: Readonly<Record<string, unknown>>): number {
  const at = context.receivedAt;
  return typeof at === 'number' ? at : performance.now();
}

/**
 * Counts the 429s a Web API client meets, by method. The client emits `rate_limited` on every 429 that
 * carries a Retry-After (Slack's always do), before it rejects or waits.
 */
export function countRateLimits(client: webApi.WebClient, metrics: PlatformMetrics): void {
  client.on(webApi.WebClientEvent.RATE_LIMITED, (_retryAfterSeconds: number, request?: { url?: unknown }) => {
    metrics.rateLimited(slackMethodOf(typeof request?.url === 'string' ? request.url : ''));
  });
}

/** A Web API method name: `chat.postMessage`, `files.getUploadURLExternal`. */
const METHOD_NAME = /^[a-z]+(?:\.[a-zA-Z]+)+$/;

/**
 * The method a request URL calls (its last path segment), or `other`: the client also emits for a file's
 * upload URL, whose last segment is a one-time id and must not become a label.
 */
export function slackMethodOf(url: string): string {
  const last = url.slice(url.lastIndexOf('/') + 1);
  return METHOD_NAME.test(last) ? last : 'other';
}
