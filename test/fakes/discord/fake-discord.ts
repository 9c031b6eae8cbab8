import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type FakeGuild, type FakeUser, nextSnowflake } from './discord-fixtures.ts';
import { FakeDiscordGateway } from './fake-discord-gateway.ts';
import {
  FakeDiscordRest,
  type InteractionState,
  type StoredMessage,
  send,
  type UploadedFile,
} from './fake-discord-rest.ts';

export type { InteractionState, StoredAttachment, StoredMessage, UploadedFile } from './fake-discord-rest.ts';

/**
 * A fake Discord (REST API v10 on node:http + the gateway on the same port) for the real discord.js client.
 * It validates what the bot sends against Discord's limits (a violation gets Discord's 400 and is kept in
 * `violations`) and records every request, so tests assert on what users would see.
 */

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly body: unknown;
  /** The files of a multipart request (its JSON is `body`, from payload_json). */
  readonly files: readonly UploadedFile[];
  /** performance.now() when the request arrived. */
  readonly at: number;
}

interface Fault {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;
  remaining: number;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly botUser: FakeUser;
  readonly applicationId: string;
  readonly gateway: FakeDiscordGateway;
  readonly rest: FakeDiscordRest;
  guilds: FakeGuild[];
  private readonly faults: Fault[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly server: Server,
    options: {
      guilds: FakeGuild[];
      botUser: FakeUser;
      applicationId: string;
      heartbeatIntervalMs: number;
      recommendedShards: number;
      maxConcurrency: number;
      now: () => Date;
    },
  ) {
    this.guilds = options.guilds;
    this.botUser = options.botUser;
    this.applicationId = options.applicationId;
    this.rest = new FakeDiscordRest({
      applicationId: options.applicationId,
      botUser: options.botUser,
      guilds: () => this.guilds,
      gatewayUrl: () => this.gatewayUrl,
      recommendedShards: options.recommendedShards,
      maxConcurrency: options.maxConcurrency,
      now: options.now,
    });
    this.gateway = new FakeDiscordGateway(server, {
      url: () => this.gatewayUrl,
      botUser: options.botUser,
      applicationId: options.applicationId,
      guilds: () => this.guilds,
      heartbeatIntervalMs: options.heartbeatIntervalMs,
    });
    server.on('request', (req, res) => {
      this.onRequest(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
  }

  static async start(
    options: {
      guilds?: FakeGuild[];
      applicationId?: string;
      heartbeatIntervalMs?: number;
      /** The `shards` GET /gateway/bot recommends (what DISCORD_SHARD_COUNT=auto runs); default 1. */
      recommendedShards?: number;
      /**
       * Shards that may identify in the same 5 seconds (`max_concurrency`); default 1, as for most bots,
       * which makes discord.js wait 5 s between two shards' IDENTIFY.
       */
      maxConcurrency?: number;
      /** The clock Discord stamps messages with (a test's fake clock); default the real time. */
      now?: () => Date;
    } = {},
  ): Promise<FakeDiscord> {
    const server = createServer({ keepAlive: true });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const applicationId = options.applicationId ?? nextSnowflake();
    return new FakeDiscord(server, {
      guilds: options.guilds ?? [],
      applicationId,
      botUser: { id: applicationId, username: 'notequiz', bot: true },
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      recommendedShards: options.recommendedShards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
      now: options.now ?? (() => new Date()),
    });
  }

  /** What the bot sent and what the fake keeps, shared with the REST routes. */
  get violations(): { path: string; problems: string[] }[] {
    return this.rest.violations;
  }
  get messages(): Map<string, StoredMessage> {
    return this.rest.messages;
  }
  get interactions(): Map<string, InteractionState> {
    return this.rest.interactions;
  }
  get commands(): Map<string, unknown[]> {
    return this.rest.commands;
  }
  /**
   * Discord remembers a nonce "for the past few minutes": after that a repeated nonce posts a second
   * message. Tests of retries that come later (a recovery after a crash) forget them here.
   */
  forgetNonces(): void {
    this.rest.forgetNonces();
  }
  /** Channels that answer 403 Missing Access. */
  get forbiddenChannels(): Set<string> {
    return this.rest.forbiddenChannels;
  }
  /** The bot's permissions per channel (bits), where a test changed them from PERMISSIONS.bot. */
  get botPermissions(): Map<string, bigint> {
    return this.rest.botPermissions;
  }
  /** Direct-message channels the bot opened: channel id -> user id. */
  get dmChannels(): Map<string, string> {
    return this.rest.dmChannels;
  }
  /** Users who refuse direct messages from the bot. */
  get closedDms(): Set<string> {
    return this.rest.closedDms;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }
  /** What DISCORD_API_URL points at. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** The next `times` requests matching method and path get this response instead. */
  failNext(
    method: string,
    path: RegExp,
    response: { status: number; body: unknown; headers?: Record<string, string> },
    times = 1,
  ): void {
    this.faults.push({ method, path, ...response, headers: response.headers ?? {}, remaining: times });
  }

  /** Answers the next matching request with a 429, as Discord does for a per-route limit. */
  rateLimitNext(method: string, path: RegExp, retryAfterSeconds: number, times = 1): void {
    this.failNext(
      method,
      path,
      {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
        headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': 'user' },
      },
      times,
    );
  }

  /** Resolves with the first value `probe` returns that is not undefined, re-checked on every request. */
  async waitFor<T>(probe: () => T | undefined): Promise<T> {
    const first = probe();
    if (first !== undefined) return first;
    return await new Promise<T>((resolve) => {
      const check = (): void => {
        const value = probe();
        if (value !== undefined) {
          this.waiters.delete(check);
          resolve(value);
        }
      };
      this.waiters.add(check);
    });
  }

  /** Waits for the bot's callback to an interaction. */
  async callbackOf(interactionId: string): Promise<{ type: number; data: unknown; at: number }> {
    return this.waitFor(() => this.interactions.get(interactionId)?.callback ?? undefined);
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  registerInteraction(state: Omit<InteractionState, 'callback' | 'originalId' | 'sentAt'>): InteractionState {
    const full: InteractionState = { ...state, sentAt: performance.now(), callback: null, originalId: null };
    this.interactions.set(state.id, full);
    return full;
  }

  /** Stores a message as if someone had posted it (used to put buttons in front of a test user). */
  putMessage(channelId: string, body: Record<string, unknown>): StoredMessage {
    const message: StoredMessage = {
      id: nextSnowflake(),
      channelId,
      body,
      attachments: [],
      edits: 0,
      createdAt: new Date(),
    };
    this.messages.set(message.id, message);
    return message;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    const type = req.headers['content-type'] ?? '';
    const { body, files } = type.startsWith('multipart/form-data')
      ? await readMultipart(bytes, type)
      : { body: parseJson(bytes.toString('utf8')), files: [] };
    this.requests.push({ method, path, query: url.search, body, files, at: performance.now() });
    try {
      const fault = this.faults.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
      if (fault) {
        fault.remaining -= 1;
        send(res, fault.status, fault.body, fault.headers);
        return;
      }
      if (req.headers.authorization !== undefined && !req.headers.authorization.startsWith('Bot ')) {
        send(res, 401, { message: '401: Unauthorized', code: 0 });
        return;
      }
      this.rest.route(method, path, url.searchParams, body, res, files);
    } finally {
      this.notify();
    }
  }
}

function parseJson(raw: string): unknown {
  if (raw === '') return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/**
 * A message with files, as discord.js sends it: a multipart form whose `payload_json` is the message and
 * whose `files[n]` parts are the files (n is the `id` of the matching entry in `attachments`).
 */
async function readMultipart(bytes: Buffer, type: string): Promise<{ body: unknown; files: UploadedFile[] }> {
  const form = await new Request('http://fake/', {
    method: 'POST',
    headers: { 'content-type': type },
    body: bytes,
  }).formData();
  const files: UploadedFile[] = [];
  let body: unknown = null;
  for (const [key, value] of form.entries()) {
    if (key === 'payload_json' && typeof value === 'string') body = parseJson(value);
    else if (typeof value !== 'string')
      files.push({
        key,
        name: value.name,
        contentType: value.type,
        bytes: new Uint8Array(await value.arrayBuffer()),
      });
  }
  return { body, files };
}
