import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { App, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type pino from 'pino';
import type { PlatformMetrics } from '../../src/ops/metrics-port.ts';
import { boltLogger } from './bolt-logger.ts';
import type { SlackConfig } from './config.ts';
import { slackFrontDoor } from './http-front-door.ts';
import { SeenKeys } from './seen-keys.ts';
import { classifySlackError } from './slack-errors.ts';
import { arrivalStamp, countRateLimits } from './slack-metrics.ts';
import type { PostingClient } from './web-clients.ts';

export type BoltApp = App;

export const EVENTS_PATH = '/slack/events';
/** Slack answers within 3 s; a request still arriving after this is a slow client holding a socket. */
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * The Bolt app in the mode the configuration chose. HTTP mode runs Bolt's request listener behind our own
 * front door (http-front-door.ts) on a server we own, so we choose the interface, learn the port when it is
 * 0, and can close idle keep-alive connections on shutdown. Socket Mode connects out with the app token;
 * both send Web API calls to SLACK_API_URL.
 */
export interface BoltRuntime {
  readonly app: BoltApp;
  /** chat.postMessage without client-level retries: see web-clients.ts. */
  readonly poster: PostingClient;
  /** HTTP mode: the port listened on, once started. */
  port(): number | null;
  start(): Promise<void>;
  /** Stops taking new requests (in-flight ones may still finish). */
  stopAccepting(): Promise<void>;
  /** Closes what is left (keep-alive connections). */
  close(): Promise<void>;
}

export function createBoltRuntime(
  config: SlackConfig,
  logger: pino.Logger,
  metrics: PlatformMetrics,
): BoltRuntime {
  const log = boltLogger(logger);
  const clientOptions = {
    slackApiUrl: config.apiUrl,
    retryConfig: { retries: config.apiRetries, factor: 2, minTimeout: 500, maxTimeout: 5000 },
    // A 429 comes back to us as an error so the caller honours Retry-After where it knows how to wait.
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  };
  // A post whose answer was lost may have been made: repeating it blindly is how a channel gets the daily
  // question twice. This client never repeats; its callers look for the earlier message before retrying.
  const poster = new webApi.WebClient(config.botToken, {
    ...clientOptions,
    logger: log,
    retryConfig: { retries: 0 },
  });
  const skipAuthTest = config.botId !== null && config.botUserId !== null;
  const common = {
    token: config.botToken,
    logger: log,
    clientOptions,
    deferInitialization: true,
    // We keep no conversation state in Bolt; its store costs a lookup on every request.
    convoStore: false as const,
    tokenVerificationEnabled: !skipAuthTest,
    ...(skipAuthTest ? { botId: config.botId ?? undefined, botUserId: config.botUserId ?? undefined } : {}),
  };
  const stopping = new AbortController();
  const init = (app: App) => initHonouringRateLimits(app, logger, stopping.signal);

  if (config.mode === 'socket') {
    const receiver = new SocketModeReceiver({
      appToken: config.appToken ?? '',
      logger: log,
      installerOptions: { clientOptions: { ...clientOptions, rejectRateLimitedCalls: false } },
      customPropertiesExtractor: () => arrivalStamp(),
    });
    const app = new App({ ...common, receiver });
    countRateLimits(app.client, metrics);
    countRateLimits(poster, metrics);
    return {
      app,
      poster,
      port: () => null,
      async start() {
        await init(app);
        await app.start();
      },
      async stopAccepting() {
        stopping.abort();
        await app.stop();
      },
      async close() {},
    };
  }

  const signingSecret = config.signingSecret ?? '';
  const receiver = new HTTPReceiver({
    signingSecret,
    // The front door below is the one place that checks signatures (both ways in time, and once per
    // request); only what it verified reaches this listener, so Bolt checking again would cost an HMAC.
    signatureVerification: false,
    endpoints: EVENTS_PATH,
    logger: log,
    processBeforeResponse: false,
    // Slack gives up after 3 s; a handler that has not acked by 2.5 s is a bug worth a log line.
    unhandledRequestTimeoutMillis: 2500,
    // The front door stamped each request as it arrived: ack latency counts from there.
    customPropertiesExtractor: (request) => arrivalStamp(request),
  });
  const app = new App({ ...common, receiver });
  countRateLimits(app.client, metrics);
  countRateLimits(poster, metrics);
  const server: Server = createServer(
    {
      requestTimeout: REQUEST_TIMEOUT_MS,
      headersTimeout: REQUEST_TIMEOUT_MS,
      // How often Node looks for requests past those timeouts (default 30 s, which would triple them).
      connectionsCheckingInterval: 1_000,
    },
    slackFrontDoor({
      path: EVENTS_PATH,
      signingSecret,
      bolt: receiver.requestListener,
      seen: new SeenKeys(Date.now),
      logger,
    }),
  );
  let closed: Promise<void> | null = null;
  return {
    app,
    poster,
    port: () => {
      const address = server.address();
      return address !== null && typeof address === 'object' ? (address as AddressInfo).port : null;
    },
    async start() {
      await init(app);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
    },
    async stopAccepting() {
      stopping.abort();
      if (!server.listening) return;
      closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
    },
    async close() {
      server.closeAllConnections();
      await closed;
    },
  };
}

/**
 * Bolt's init calls auth.test. Slack may rate-limit it (several instances restarting at once): that is a
 * reason to wait as long as Slack says, not to exit into a restart loop that asks again at once.
 */
async function initHonouringRateLimits(app: App, logger: pino.Logger, signal: AbortSignal): Promise<void> {
  for (;;) {
    try {
      await app.init();
      return;
    } catch (error) {
      const failure = classifySlackError(error);
      if (failure.kind !== 'rate_limited' || signal.aborted) throw error;
      logger.warn(
        { retryAfterMs: failure.retryAfterMs },
        'Slack rate-limited auth.test at start-up; waiting as long as it asks before trying again',
      );
      await sleep(failure.retryAfterMs, undefined, { signal }).catch(() => {
        throw error;
      });
    }
  }
}
