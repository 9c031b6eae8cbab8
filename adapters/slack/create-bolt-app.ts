import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { App, HTTPReceiver, type InstallationStore, SocketModeReceiver, type StateStore } from '@slack/bolt';
import type pino from 'pino';
import type { PlatformMetrics } from '../../src/ops/metrics-port.ts';
import { boltLogger } from './bolt-logger.ts';
import {
  OAUTH_INSTALL_PATH,
  OAUTH_REDIRECT_PATH,
  type SlackConfig,
  type SlackOAuthConfig,
} from './config.ts';
import { slackFrontDoor } from './http-front-door.ts';
import { OAUTH_STATE_TTL_MS } from './oauth-states.ts';
import { SeenKeys } from './seen-keys.ts';
import { classifySlackError } from './slack-errors.ts';
import { arrivalStamp, countRateLimits } from './slack-metrics.ts';
import type { PostingClient } from './web-clients.ts';
import { tokenClients, webClientOptions } from './workspace-clients.ts';

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
  /** chat.postMessage without client-level retries (see web-clients.ts); single-token mode only. */
  readonly poster: PostingClient | null;
  /** HTTP mode: the port listened on, once started. */
  port(): number | null;
  start(): Promise<void>;
  /** Stops taking new requests (in-flight ones may still finish). */
  stopAccepting(): Promise<void>;
  /** Closes what is left (keep-alive connections). */
  close(): Promise<void>;
}

/**
 * OAuth installs: Bolt's own installer (@slack/oauth's InstallProvider inside the HTTP receiver) serves
 * /slack/install and /slack/oauth_redirect and authorizes each request from the installation store.
 */
export interface BoltOAuth {
  readonly installationStore: InstallationStore;
  readonly stateStore: StateStore;
}

export function createBoltRuntime(
  config: SlackConfig,
  logger: pino.Logger,
  metrics: PlatformMetrics,
  oauth: BoltOAuth | null = null,
): BoltRuntime {
  const log = boltLogger(logger);
  const { logger: _clientLogger, ...clientOptions } = webClientOptions(config, log);
  // A post whose answer was lost may have been made: repeating it blindly is how a channel gets the daily
  // question twice. This client never repeats; its callers look for the earlier message before retrying.
  const poster = config.botToken === null ? null : tokenClients(config.botToken, config, log, metrics).poster;
  const skipAuthTest = config.botId !== null && config.botUserId !== null;
  const common = {
    // OAuth mode has no token here: Bolt's authorize finds each workspace's in the installation store.
    ...(config.botToken === null ? {} : { token: config.botToken }),
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
    ...(oauth === null || config.oauth === null
      ? {}
      : installerSettings(config, config.oauth, oauth, clientOptions)),
  });
  const app = new App({ ...common, receiver });
  countRateLimits(app.client, metrics);
  const server: Server = createServer(
    {
      requestTimeout: REQUEST_TIMEOUT_MS,
      headersTimeout: REQUEST_TIMEOUT_MS,
      // How often Node looks for requests past those timeouts (default 30 s, which would triple them).
      connectionsCheckingInterval: 1_000,
    },
    slackFrontDoor({
      path: EVENTS_PATH,
      ...(oauth === null ? {} : { browserPaths: [OAUTH_INSTALL_PATH, OAUTH_REDIRECT_PATH] }),
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
 * The HTTP receiver's options that turn on Bolt's installer. The state lives in our database (one use, any
 * instance), so no state secret is needed; the Add to Slack page is Bolt's, and so are the pages after.
 */
function installerSettings(
  config: SlackConfig,
  settings: SlackOAuthConfig,
  oauth: BoltOAuth,
  clientOptions: Omit<ReturnType<typeof webClientOptions>, 'logger'>,
) {
  return {
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    scopes: [...settings.scopes],
    installationStore: oauth.installationStore,
    ...(settings.redirectUri === null ? {} : { redirectUri: settings.redirectUri }),
    installerOptions: {
      stateStore: oauth.stateStore,
      stateVerification: true,
      installPath: OAUTH_INSTALL_PATH,
      redirectUriPath: OAUTH_REDIRECT_PATH,
      stateCookieExpirationSeconds: OAUTH_STATE_TTL_MS / 1000,
      // oauth.v2.access and the auth.test after it go to SLACK_API_URL, like every other call.
      clientOptions: { ...clientOptions, slackApiUrl: config.apiUrl },
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
