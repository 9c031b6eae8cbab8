import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SnowflakeUtil } from 'discord.js';
import { DISCORD_LIMITS } from './platform-limits.ts';
import { type Severed, senderOf } from './senders.ts';
import { TokenBuckets } from './token-bucket.ts';

/**
 * Discord's REST API for one bot, on 127.0.0.1, for the simulation: channel messages (POST with
 * enforce_nonce, PATCH, GET with `after`), and GET /guilds/{id} (the language of a server whose shard this instance does not
 * run). One global bucket for the bot, however many processes send (Discord counts per token), and one
 * per-route bucket per channel, announced in X-RateLimit-* headers so discord.js's REST client queues by
 * them as it does against Discord; injected 429s on top. A nonce is remembered for five minutes
 * ("uniqueness in the past few minutes"): a retry later than that would post a second message, and the
 * checks would see it.
 */
const NONCE_WINDOW_MS = 5 * 60_000;

interface StoredMessage {
  readonly id: string;
  readonly nonce: string | null;
  readonly at: number;
  /** The message this one replies to (the winners' reply to the round's post). */
  readonly replyTo: string | null;
  /** The custom_ids of its buttons: how a retry knows the round's post again. */
  customIds: readonly string[];
  edits: number;
}

export interface DiscordCallCounts {
  calls: number;
  /** 429 from the global limit. */
  global: number;
  /** 429 from a channel's per-route limit. */
  route: number;
  injected: number;
}

export class FakeDiscordBotApi {
  readonly counts: DiscordCallCounts = { calls: 0, global: 0, route: 0, injected: 0 };
  readonly guildFetches = { count: 0 };
  private readonly messages = new Map<string, StoredMessage[]>();
  private readonly global: TokenBuckets;
  private readonly perChannel: TokenBuckets;
  private readonly server: Server;
  private url = '';

  constructor(
    private readonly options: {
      readonly now: () => number;
      readonly random: () => number;
      readonly chaos: number;
      readonly severed: Severed;
    },
  ) {
    this.global = new TokenBuckets(DISCORD_LIMITS.globalPerBot, options.now);
    this.perChannel = new TokenBuckets(DISCORD_LIMITS.messagesPerChannel, options.now);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/api`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The messages of a channel posted with this nonce, and the edits they got. */
  withNonce(channelId: string, nonce: string): { messages: number; edits: number } {
    const found = (this.messages.get(channelId) ?? []).filter((m) => m.nonce === nonce);
    return { messages: found.length, edits: found.reduce((sum, m) => sum + m.edits, 0) };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const sender = senderOf(req.url ?? '/');
    if (sender.instance !== null && this.options.severed(sender.instance)) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
    const { path } = sender;
    const now = this.options.now();
    this.counts.calls += 1;
    const send = (status: number, answer: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(answer));
    };
    const tooMany = (retryAfterMs: number, scope: 'global' | 'user' | 'shared'): void => {
      const seconds = Math.max(0.001, retryAfterMs / 1000);
      send(
        429,
        { message: 'You are being rate limited.', retry_after: seconds, global: scope === 'global' },
        {
          'retry-after': String(Math.ceil(seconds)),
          'x-ratelimit-scope': scope,
          ...(scope === 'global' ? { 'x-ratelimit-global': 'true' } : {}),
        },
      );
    };

    const allowed = this.global.take('bot');
    if (!allowed.ok) {
      this.counts.global += 1;
      return tooMany(allowed.retryAfterMs, 'global');
    }
    const guild = /\/guilds\/(\d+)$/.exec(path);
    if (guild !== null && req.method === 'GET') {
      this.guildFetches.count += 1;
      return send(200, { id: guild[1], name: `guild ${guild[1]}`, preferred_locale: 'en-US', owner_id: '1' });
    }
    const route = /\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path);
    if (route === null) return send(404, { message: 'Unknown route', code: 0 });
    const channelId = route[1] ?? '';
    if (this.options.random() < this.options.chaos) {
      this.counts.injected += 1;
      return tooMany(500 + Math.floor(this.options.random() * 2_500), 'shared');
    }
    const bucket = this.perChannel.take(channelId);
    if (!bucket.ok) {
      this.counts.route += 1;
      return tooMany(bucket.retryAfterMs, 'user');
    }
    const headers = {
      'x-ratelimit-bucket': 'channel-messages',
      'x-ratelimit-limit': String(DISCORD_LIMITS.messagesPerChannel.burst),
      'x-ratelimit-remaining': String(bucket.remaining),
      'x-ratelimit-reset-after': (this.perChannel.resetAfterMs(channelId) / 1000).toFixed(3),
    };
    const list = this.messages.get(channelId) ?? [];
    this.messages.set(channelId, list);
    const messageObject = (m: StoredMessage) => ({
      id: m.id,
      channel_id: channelId,
      type: m.replyTo === null ? 0 : 19,
      content: '',
      author: { id: BOT_USER_ID, username: 'notequiz', bot: true },
      timestamp: new Date(m.at).toISOString(),
      components: m.customIds.length === 0 ? [] : [{ type: 1, components: buttonsOf(m.customIds) }],
      ...(m.replyTo === null ? {} : { message_reference: { message_id: m.replyTo, channel_id: channelId } }),
    });
    if (req.method === 'GET' && route[2] === undefined) {
      const query = new URL(req.url ?? '/', 'http://x').searchParams;
      const after = BigInt(query.get('after') ?? '0');
      const limit = Math.min(100, Number(query.get('limit') ?? '50'));
      const newer = list.filter((m) => BigInt(m.id) > after).slice(0, limit);
      return send(200, newer.reverse().map(messageObject), headers);
    }
    if (req.method === 'POST' && route[2] === undefined) {
      const nonce = typeof body.nonce === 'string' && body.enforce_nonce === true ? body.nonce : null;
      const earlier =
        nonce === null ? undefined : list.find((m) => m.nonce === nonce && now - m.at < NONCE_WINDOW_MS);
      if (earlier !== undefined) return send(200, messageObject(earlier), headers);
      const message: StoredMessage = {
        id: SnowflakeUtil.generate({ timestamp: now }).toString(),
        nonce,
        at: now,
        replyTo: referenceOf(body),
        customIds: customIdsOf(body),
        edits: 0,
      };
      list.push(message);
      return send(200, messageObject(message), headers);
    }
    if (req.method === 'PATCH' && route[2] !== undefined) {
      const message = list.find((m) => m.id === route[2]);
      if (message === undefined) return send(404, { message: 'Unknown Message', code: 10008 }, headers);
      message.edits += 1;
      if (Array.isArray(body.components)) message.customIds = customIdsOf(body);
      return send(200, messageObject(message), headers);
    }
    send(405, { message: 'Method Not Allowed', code: 0 });
  }
}

const BOT_USER_ID = '100000000000000001';

function referenceOf(body: Record<string, unknown>): string | null {
  const ref = body.message_reference;
  if (typeof ref !== 'object' || ref === null || !('message_id' in ref)) return null;
  return typeof ref.message_id === 'string' ? ref.message_id : null;
}

function customIdsOf(body: Record<string, unknown>): string[] {
  const rows = Array.isArray(body.components) ? (body.components as unknown[]) : [];
  const ids: string[] = [];
  for (const row of rows) {
    const buttons = typeof row === 'object' && row !== null && 'components' in row ? row.components : [];
    for (const button of Array.isArray(buttons) ? (buttons as unknown[]) : [])
      if (typeof button === 'object' && button !== null && 'custom_id' in button)
        if (typeof button.custom_id === 'string') ids.push(button.custom_id);
  }
  return ids;
}

function buttonsOf(customIds: readonly string[]) {
  return customIds.map((id) => ({ type: 2, style: 2, label: '·', custom_id: id }));
}
