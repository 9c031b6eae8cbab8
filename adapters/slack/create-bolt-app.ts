import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type pino from 'pino';
import { boltLogger } from './bolt-logger.ts';
import type { SlackConfig } from './config.ts';

export type BoltApp = App;

/**
 * The Bolt app in the mode the configuration chose. HTTP mode runs Bolt's own request listener (signature
 * check, 5-minute timestamp window, ack) on a server we own, so we choose the interface, learn the port when
 * it is 0, and can close idle keep-alive connections on shutdown. Socket Mode connects out with the app
 * token; both send Web API calls to SLACK_API_URL.
 */
export interface BoltRuntime {
  readonly app: BoltApp;
  /** HTTP mode: the port listened on, once started. */
  port(): number | null;
  start(): Promise<void>;
  /** Stops taking new requests (in-flight ones may still finish). */
  stopAccepting(): Promise<void>;
  /** Closes what is left (keep-alive connections). */
  close(): Promise<void>;
}

export function createBoltRuntime(config: SlackConfig, logger: pino.Logger): BoltRuntime {
  const log = boltLogger(logger);
  const clientOptions = {
    slackApiUrl: config.apiUrl,
    retryConfig: { retries: config.apiRetries, factor: 2, minTimeout: 500, maxTimeout: 5000 },
    // A 429 comes back to us as an error so the caller honours Retry-After where it knows how to wait.
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  };
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

  if (config.mode === 'socket') {
    const receiver = new SocketModeReceiver({
      appToken: config.appToken ?? '',
      logger: log,
      installerOptions: { clientOptions: { ...clientOptions, rejectRateLimitedCalls: false } },
    });
    const app = new App({ ...common, receiver });
    return {
      app,
      port: () => null,
      async start() {
        await app.init();
        await app.start();
      },
      async stopAccepting() {
        await app.stop();
      },
      async close() {},
    };
  }

  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret ?? '',
    endpoints: '/slack/events',
    logger: log,
    processBeforeResponse: false,
    // Slack gives up after 3 s; a handler that has not acked by 2.5 s is a bug worth a log line.
    unhandledRequestTimeoutMillis: 2500,
  });
  const app = new App({ ...common, receiver });
  const server: Server = createServer(receiver.requestListener);
  let closed: Promise<void> | null = null;
  return {
    app,
    port: () => {
      const address = server.address();
      return address !== null && typeof address === 'object' ? (address as AddressInfo).port : null;
    },
    async start() {
      await app.init();
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
    },
    async stopAccepting() {
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
