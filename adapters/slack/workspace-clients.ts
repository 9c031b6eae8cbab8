import { webApi } from '@slack/bolt';
import type { PlatformMetrics } from '../../src/ops/metrics-port.ts';
import type { SlackConfig } from './config.ts';
import { countRateLimits } from './slack-metrics.ts';

type ClientOptions = NonNullable<ConstructorParameters<typeof webApi.WebClient>[1]>;

/** How every Web API client of the adapter talks to Slack (SLACK_API_URL, retries, timeouts). */
export function webClientOptions(config: SlackConfig, logger: webApi.Logger) {
  return {
    slackApiUrl: config.apiUrl,
    retryConfig: { retries: config.apiRetries, factor: 2, minTimeout: 500, maxTimeout: 5000 },
    // A 429 comes back to us as an error so the caller honours Retry-After where it knows how to wait.
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logger,
  } satisfies ClientOptions;
}

/**
 * The two clients of one bot token (web-clients.ts says why there are two): `client` may retry after a
 * network error or a 5xx; `poster` never repeats, since a post whose answer was lost may have been made.
 */
export function tokenClients(
  token: string,
  config: SlackConfig,
  logger: webApi.Logger,
  metrics: PlatformMetrics,
): { client: webApi.WebClient; poster: webApi.WebClient } {
  const options = webClientOptions(config, logger);
  const client = new webApi.WebClient(token, options);
  const poster = new webApi.WebClient(token, { ...options, retryConfig: { retries: 0 } });
  countRateLimits(client, metrics);
  countRateLimits(poster, metrics);
  return { client, poster };
}
