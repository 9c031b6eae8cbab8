import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkMessage, checkModal, checkView } from './block-kit-check.ts';
import { FakeSocketMode } from './fake-socket-mode.ts';

/**
 * A Slack Web API on 127.0.0.1 that speaks the wire protocol the real @slack/web-api client uses: form or
 * JSON bodies, `{ ok, error }` answers, 429 with Retry-After. It keeps channels, messages, users and App
 * Home views, records every call, and checks every payload against Block Kit's limits; a payload Slack
 * would reject gets Slack's `invalid_blocks` and is listed in `violations` (tests assert it stays empty).
 *
 * Methods: auth.test, chat.postMessage, chat.update, chat.postEphemeral, views.publish, views.open, users.info,
 * conversations.info, conversations.history, apps.connections.open; plus response_url targets under
 * /response/<n>.
 */
export interface FakeUser {
  readonly id: string;
  readonly teamId: string;
  readonly name: string;
  readonly isAdmin?: boolean;
  readonly isOwner?: boolean;
  readonly isBot?: boolean;
}

export interface RecordedCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
  readonly token: string | null;
  readonly status: number;
  readonly answer: Record<string, unknown>;
}

export interface StoredMessage {
  readonly channel: string;
  readonly ts: string;
  text: string;
  blocks: unknown[];
  edits: number;
  /** Who posted it: our bot (through the API) or a person (added by a test with addMessage). */
  readonly user: string;
  readonly botId: string | null;
  /** Message metadata as posted (`{ event_type, event_payload }`), returned by history when asked. */
  readonly metadata: Record<string, unknown> | null;
}

export interface ResponsePost {
  readonly id: string;
  readonly body: Record<string, unknown>;
}

type Failure = {
  readonly method: string;
  readonly channel?: string;
  readonly error?: string;
  readonly retryAfterSeconds?: number;
  readonly dropResponse?: boolean;
  remaining: number;
};

const BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T1' } as const;

export class FakeSlackApi extends EventEmitter {
  readonly calls: RecordedCall[] = [];
  readonly violations: { method: string; problems: string[] }[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly ephemerals: { channel: string; user: string; body: Record<string, unknown> }[] = [];
  readonly responses: ResponsePost[] = [];
  readonly views = new Map<string, Record<string, unknown>>();
  /** Modals opened with views.open, in order, with the trigger each used. */
  readonly modals: { triggerId: string; view: Record<string, unknown> }[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, { id: string; name: string; archived: boolean; member: boolean }>();
  readonly socket: FakeSocketMode;
  private readonly failures: Failure[] = [];
  private readonly server: Server;
  private tsCounter = 0;
  private responseCounter = 0;
  private base = '';

  constructor(options: { now?: () => number } = {}) {
    super();
    this.setMaxListeners(0);
    this.now = options.now ?? (() => Date.now());
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    this.socket = new FakeSocketMode(this.server);
  }

  private readonly now: () => number;

  /** Base URL for `slackApiUrl` (ends with "/api/"). */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    await this.socket.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  addUser(user: FakeUser): void {
    this.users.set(user.id, user);
  }

  addChannel(id: string, name: string, options: { archived?: boolean; member?: boolean } = {}): void {
    this.channels.set(id, { id, name, archived: options.archived ?? false, member: options.member ?? true });
  }

  /** A fresh response_url, as Slack puts in every slash command and interaction. */
  newResponseUrl(): string {
    this.responseCounter += 1;
    return `${this.base}/response/${this.responseCounter}`;
  }

  /**
   * Makes the next `times` calls of a method (optionally for one channel) fail with an error or a 429.
   * `dropResponse`: Slack does the work (the message is posted) but the connection is reset before the
   * answer arrives, as when the network fails mid-request; the client sees a request error.
   */
  failNext(failure: {
    method: string;
    channel?: string;
    error?: string;
    retryAfterSeconds?: number;
    dropResponse?: boolean;
    times?: number;
  }): void {
    this.failures.push({ ...failure, remaining: failure.times ?? 1 });
  }

  /** A message someone else wrote in a channel (for history around ours). */
  addMessage(channel: string, user: string, text: string): StoredMessage {
    const ts = this.nextTs();
    const message: StoredMessage = {
      channel,
      ts,
      text,
      blocks: [],
      edits: 0,
      user,
      botId: null,
      metadata: null,
    };
    this.messages.set(`${channel}:${ts}`, message);
    return message;
  }

  /** Messages of a channel, oldest first. */
  messagesIn(channel: string): StoredMessage[] {
    return [...this.messages.values()]
      .filter((m) => m.channel === channel)
      .sort((a, b) => Number(a.ts) - Number(b.ts));
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(url: string): ResponsePost[] {
    const id = url.slice(url.lastIndexOf('/') + 1);
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves once a recorded call or response post satisfies `match`; rejects after `timeoutMs`. */
  waitFor<T>(match: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = match();
        if (found === undefined || found === null || found === false) return false;
        this.off('recorded', check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.off('recorded', check);
        reject(new Error('fake Slack API: waited too long for an expected call'));
      }, timeoutMs);
      if (!check()) this.on('recorded', check);
    });
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${Math.floor(this.now() / 1000)}.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.base);
    if (url.pathname.startsWith('/response/')) {
      this.handleResponseUrl(url.pathname.slice('/response/'.length), raw, res);
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const body = parseBody(raw, req.headers['content-type'] ?? '');
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ')
      ? auth.slice(7)
      : typeof body.token === 'string'
        ? body.token
        : null;
    const failure = this.takeFailure(method, body);
    let status = 200;
    let answer: Record<string, unknown>;
    if (failure?.dropResponse === true) {
      answer = token === null ? { ok: false, error: 'not_authed' } : this.answer(method, body, token);
      this.calls.push({ method, body, token, status: 0, answer });
      // The work is done, then the connection is reset (RST) before a byte of the answer is sent.
      req.socket.resetAndDestroy();
      this.emit('recorded');
      return;
    }
    if (failure?.retryAfterSeconds !== undefined) {
      status = 429;
      answer = { ok: false, error: 'ratelimited' };
      res.setHeader('Retry-After', String(failure.retryAfterSeconds));
    } else if (failure !== undefined) {
      answer = { ok: false, error: failure.error ?? 'fatal_error' };
    } else if (token === null) {
      answer = { ok: false, error: 'not_authed' };
    } else {
      answer = this.answer(method, body, token);
    }
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    this.calls.push({ method, body, token, status, answer });
    this.emit('recorded');
  }

  private takeFailure(method: string, body: Record<string, unknown>): Failure | undefined {
    const i = this.failures.findIndex(
      (f) => f.method === method && (f.channel === undefined || f.channel === body.channel),
    );
    const failure = this.failures[i];
    if (failure === undefined) return undefined;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.failures.splice(i, 1);
    return failure;
  }

  private invalid(method: string, problems: string[]): Record<string, unknown> | null {
    if (problems.length === 0) return null;
    this.violations.push({ method, problems });
    return { ok: false, error: 'invalid_blocks', errors: problems };
  }

  private answer(method: string, body: Record<string, unknown>, token: string): Record<string, unknown> {
    const channel = typeof body.channel === 'string' ? body.channel : '';
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'notequiz',
          team_id: BOT.teamId,
          user_id: BOT.userId,
          bot_id: BOT.botId,
        };
      case 'apps.connections.open':
        if (!token.startsWith('xapp-')) return { ok: false, error: 'not_allowed_token_type' };
        return { ok: true, url: this.socket.url(this.base) };
      case 'chat.postMessage': {
        const refused = this.channelProblem(channel) ?? this.invalid(method, checkMessage(body));
        if (refused !== null) return refused;
        const ts = this.nextTs();
        const target = this.users.has(channel) ? `D${channel}` : channel;
        this.messages.set(`${target}:${ts}`, {
          channel: target,
          ts,
          text: String(body.text ?? ''),
          blocks: asArray(body.blocks),
          edits: 0,
          user: BOT.userId,
          botId: BOT.botId,
          metadata: isRecord(body.metadata) ? body.metadata : null,
        });
        return { ok: true, channel: target, ts, message: { text: body.text, blocks: body.blocks } };
      }
      case 'chat.update': {
        const stored = this.messages.get(`${channel}:${String(body.ts)}`);
        if (stored === undefined) return { ok: false, error: 'message_not_found' };
        const refused = this.invalid(method, checkMessage(body));
        if (refused !== null) return refused;
        stored.text = String(body.text ?? '');
        stored.blocks = asArray(body.blocks);
        stored.edits += 1;
        return { ok: true, channel, ts: stored.ts };
      }
      case 'chat.postEphemeral': {
        const refused = this.channelProblem(channel) ?? this.invalid(method, checkMessage(body));
        if (refused !== null) return refused;
        this.ephemerals.push({ channel, user: String(body.user), body });
        return { ok: true, message_ts: this.nextTs() };
      }
      case 'views.publish': {
        const view = parseMaybeJson(body.view);
        const refused = this.invalid(method, checkView(view));
        if (refused !== null) return refused;
        this.views.set(String(body.user_id), view as Record<string, unknown>);
        return { ok: true, view };
      }
      case 'views.open': {
        const view = parseMaybeJson(body.view);
        if (typeof body.trigger_id !== 'string' || body.trigger_id === '')
          return { ok: false, error: 'invalid_trigger_id' };
        const refused = this.invalid(method, checkModal(view));
        if (refused !== null) return refused;
        this.modals.push({ triggerId: body.trigger_id, view: view as Record<string, unknown> });
        return { ok: true, view: { id: `V${this.modals.length}`, ...(view as Record<string, unknown>) } };
      }
      case 'users.info': {
        const user = this.users.get(String(body.user));
        if (user === undefined) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: user.id,
            team_id: user.teamId,
            name: user.name,
            real_name: user.name,
            is_admin: user.isAdmin ?? false,
            is_owner: user.isOwner ?? false,
            is_primary_owner: false,
            is_bot: user.isBot ?? false,
            profile: { display_name: user.name, real_name: user.name },
          },
        };
      }
      case 'conversations.info': {
        const found = this.channels.get(channel);
        if (found === undefined) return { ok: false, error: 'channel_not_found' };
        return {
          ok: true,
          channel: { id: found.id, name: found.name, is_archived: found.archived, is_member: found.member },
        };
      }
      case 'conversations.history':
        return this.history(channel, body);
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /**
   * Newest first, `oldest`/`latest` exclusive as Slack has them, `limit` per page with a cursor that is the
   * offset into the filtered list; metadata only with include_all_metadata, as Slack does.
   */
  private history(channel: string, body: Record<string, unknown>): Record<string, unknown> {
    const found = this.channels.get(channel);
    if (found === undefined) return { ok: false, error: 'channel_not_found' };
    if (!found.member) return { ok: false, error: 'not_in_channel' };
    const oldest = Number(body.oldest ?? 0);
    const latest = body.latest === undefined ? Number.POSITIVE_INFINITY : Number(body.latest);
    const limit = Math.max(1, Math.min(999, Number(body.limit ?? 100)));
    const offset = Number(body.cursor ?? 0);
    const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
    const all = this.messagesIn(channel)
      .filter((m) => Number(m.ts) > oldest && Number(m.ts) < latest)
      .reverse();
    const page = all.slice(offset, offset + limit);
    const hasMore = offset + limit < all.length;
    return {
      ok: true,
      messages: page.map((m) => ({
        type: 'message',
        ts: m.ts,
        text: m.text,
        user: m.user,
        ...(m.botId === null ? {} : { bot_id: m.botId, app_id: 'AFAKE' }),
        ...(withMetadata && m.metadata !== null ? { metadata: m.metadata } : {}),
      })),
      has_more: hasMore,
      response_metadata: { next_cursor: hasMore ? String(offset + limit) : '' },
    };
  }

  private channelProblem(channel: string): Record<string, unknown> | null {
    if (this.users.has(channel)) return null;
    const found = this.channels.get(channel);
    if (found === undefined) return { ok: false, error: 'channel_not_found' };
    if (found.archived) return { ok: false, error: 'is_archived' };
    if (!found.member) return { ok: false, error: 'not_in_channel' };
    return null;
  }

  private handleResponseUrl(id: string, raw: string, res: ServerResponse): void {
    let body: Record<string, unknown> = {};
    try {
      body = asRecord(JSON.parse(raw));
    } catch {
      res.writeHead(400).end('invalid_json');
      return;
    }
    const problems = checkMessage(body);
    if (problems.length > 0) {
      this.violations.push({ method: 'response_url', problems });
      res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_blocks');
      this.emit('recorded');
      return;
    }
    this.responses.push({ id, body });
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    this.emit('recorded');
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const asRecord = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const JSON_FIELDS: ReadonlySet<string> = new Set(['blocks', 'attachments', 'view', 'metadata']);

/** The Web API client sends forms whose object fields are JSON strings; some callers send JSON. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return asRecord(JSON.parse(raw));
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = JSON_FIELDS.has(key) ? parseMaybeJson(value) : value;
  }
  return out;
}
