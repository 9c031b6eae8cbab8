import type { PublishResult } from '../../src/schedule/publisher.ts';

/**
 * What a failed Web API call means for us. The client throws coded errors (`slack_webapi_*`); a platform
 * error carries Slack's own code in `data.error`. Rate limits are never retried inside the client (we set
 * rejectRateLimitedCalls) so the caller can honour Retry-After where it knows best how to wait.
 */
export type SlackFailure =
  | { readonly kind: 'rate_limited'; readonly code: 'ratelimited'; readonly retryAfterMs: number }
  | { readonly kind: 'channel'; readonly code: string }
  | { readonly kind: 'auth'; readonly code: string }
  | { readonly kind: 'transient'; readonly code: string }
  | { readonly kind: 'rejected'; readonly code: string };

/** The bot can no longer post there until a person acts. */
export const CHANNEL_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
]);
/** The token is dead: nothing will work until the app is reinstalled or the token replaced. */
export const AUTH_ERRORS: ReadonlySet<string> = new Set([
  'token_revoked',
  'invalid_auth',
  'account_inactive',
  'not_authed',
  'token_expired',
  'app_uninstalled',
  'team_access_not_granted',
]);
const TRANSIENT_PLATFORM_ERRORS: ReadonlySet<string> = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

export function classifySlackError(error: unknown): SlackFailure {
  const code = field(error, 'code');
  if (code === 'slack_webapi_rate_limited_error') {
    const seconds = Number(field(error, 'retryAfter'));
    return {
      kind: 'rate_limited',
      code: 'ratelimited',
      retryAfterMs: Number.isFinite(seconds) ? seconds * 1000 : 1000,
    };
  }
  if (code === 'slack_webapi_platform_error') {
    const slackCode = String(field(field(error, 'data'), 'error') ?? 'unknown_error');
    if (CHANNEL_ERRORS.has(slackCode)) return { kind: 'channel', code: slackCode };
    if (AUTH_ERRORS.has(slackCode)) return { kind: 'auth', code: slackCode };
    if (TRANSIENT_PLATFORM_ERRORS.has(slackCode)) return { kind: 'transient', code: slackCode };
    return { kind: 'rejected', code: slackCode };
  }
  if (code === 'slack_webapi_http_error') {
    const status = Number(field(error, 'statusCode'));
    return { kind: 'transient', code: `http_${Number.isFinite(status) ? status : 'error'}` };
  }
  if (code === 'slack_webapi_request_error') return { kind: 'transient', code: 'network_error' };
  return { kind: 'transient', code: error instanceof Error ? error.name : 'unknown_error' };
}

export function toPublishResult(failure: SlackFailure): PublishResult {
  switch (failure.kind) {
    case 'rate_limited':
      return { ok: false, retryable: true, code: failure.code, retryAfterMs: failure.retryAfterMs };
    case 'transient':
      return { ok: false, retryable: true, code: failure.code };
    default:
      return { ok: false, retryable: false, code: failure.code };
  }
}
