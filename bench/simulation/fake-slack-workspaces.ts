import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DAILY_RESULTS_EVENT, DAILY_ROUND_EVENT } from '../../adapters/slack/find-posted-message.ts';
import { SLACK_LIMITS } from './platform-limits.ts';
import { type Severed, senderOf } from './senders.ts';
import { TokenBuckets } from './token-bucket.ts';

/**
 * The Slack Web API of many workspaces at once, on 127.0.0.1, for the simulation: each workspace has its
 * own bot token (as after an OAuth install), and a call for a channel made with another workspace's
 * token is refused with channel_not_found, as Slack would, so a wrong token lookup shows up at once. It
 * enforces the limits of platform-limits.ts (per channel, per workspace and method) with 429 and
 * Retry-After, injects further 429s at random, and keeps what it needs to check the outcome: every daily
 * post, its edits, results posted beside it, and winners' thread replies. Only the methods a daily round
 * uses: auth.test, chat.postMessage, chat.update, conversations.history, conversations.replies.
 */
export interface SimWorkspace {
  readonly teamId: string;
  readonly token: string;
  readonly channels: readonly string[];
}

interface PostedMessage {
  readonly ts: string;
  readonly eventType: string | null;
  readonly roundId: string | null;
  edits: number;
  winnersReplies: number;
  /** The bot's replies in this message's thread, with their metadata. */
  readonly replies: {
    readonly ts: string;
    readonly eventType: string | null;
    readonly roundId: string | null;
  }[];
}

export interface SlackCallCounts {
  calls: number;
  /** Refused by a modelled limit. */
  limited: number;
  /** Refused at random (the chaos), with a Retry-After. */
  injected: number;
}

export class FakeSlackWorkspaces {
  readonly counts = new Map<string, SlackCallCounts>();
  private readonly teamOfToken = new Map<string, string>();
  private readonly teamOfChannel = new Map<string, string>();
  private readonly messages = new Map<string, PostedMessage[]>();
  private readonly postsPerChannel: TokenBuckets;
  private readonly postsPerWorkspace: TokenBuckets;
  private readonly updatesPerWorkspace: TokenBuckets;
  private readonly historyPerWorkspace: TokenBuckets;
  private readonly server: Server;
  private seq = 0;
  private url = '';

  constructor(
    workspaces: readonly SimWorkspace[],
    private readonly options: {
      /** The simulation's clock, in ms: message ts and the buckets follow it. */
      readonly now: () => number;
      readonly random: () => number;
      /** Probability that a write (post or edit) is refused with a 429 regardless of the limits. */
      readonly chaos: number;
      readonly severed: Severed;
    },
  ) {
    for (const w of workspaces) {
      this.teamOfToken.set(w.token, w.teamId);
      for (const c of w.channels) this.teamOfChannel.set(c, w.teamId);
    }
    const now = options.now;
    this.postsPerChannel = new TokenBuckets(SLACK_LIMITS.postPerChannel, now);
    this.postsPerWorkspace = new TokenBuckets(SLACK_LIMITS.postPerWorkspace, now);
    this.updatesPerWorkspace = new TokenBuckets(SLACK_LIMITS.updatePerWorkspace, now);
    this.historyPerWorkspace = new TokenBuckets(SLACK_LIMITS.historyPerWorkspace, now);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/api/`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The daily posts of a channel by round id: how many messages each round got. */
  dailyMessages(channel: string): { roundId: string; posts: number; edits: number; winners: number }[] {
    const byRound = new Map<string, { roundId: string; posts: number; edits: number; winners: number }>();
    for (const m of this.messages.get(channel) ?? []) {
      if (m.eventType !== DAILY_ROUND_EVENT || m.roundId === null) continue;
      const entry = byRound.get(m.roundId) ?? { roundId: m.roundId, posts: 0, edits: 0, winners: 0 };
      entry.posts += 1;
      entry.edits += m.edits;
      entry.winners += m.winnersReplies;
      byRound.set(m.roundId, entry);
    }
    return [...byRound.values()];
  }

  /** Results posted as a new message beside the question (its post was gone): none expected here. */
  resultsBeside(channel: string): number {
    return (this.messages.get(channel) ?? []).filter((m) => m.eventType === DAILY_RESULTS_EVENT).length;
  }

  private count(method: string): SlackCallCounts {
    let c = this.counts.get(method);
    if (c === undefined) {
      c = { calls: 0, limited: 0, injected: 0 };
      this.counts.set(method, c);
    }
    return c;
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
    const body: Record<string, string> = (req.headers['content-type'] ?? '').includes('json')
      ? (JSON.parse(raw) as Record<string, string>)
      : Object.fromEntries(new URLSearchParams(raw));
    const method = sender.path.replace(/^\/api\//, '');
    const auth = req.headers.authorization ?? '';
    const team = this.teamOfToken.get(auth.replace(/^Bearer /, '')) ?? null;
    const counts = this.count(method);
    counts.calls += 1;
    const send = (status: number, answer: Record<string, unknown>, retryAfterMs?: number): void => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (retryAfterMs !== undefined)
        headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterMs / 1000)));
      res.writeHead(status, headers).end(JSON.stringify(answer));
    };
    if (team === null) return send(200, { ok: false, error: 'invalid_auth' });
    if (method === 'auth.test')
      return send(200, { ok: true, team_id: team, user_id: `U${team}`, bot_id: `B${team}` });
    const channel = body.channel ?? '';
    if (this.teamOfChannel.get(channel) !== team) return send(200, { ok: false, error: 'channel_not_found' });

    const refuse = (retryAfterMs: number, injected: boolean): void => {
      if (injected) counts.injected += 1;
      else counts.limited += 1;
      send(429, { ok: false, error: 'ratelimited' }, retryAfterMs);
    };
    const isWrite = method === 'chat.postMessage' || method === 'chat.update';
    if (isWrite && this.options.random() < this.options.chaos)
      return refuse(1_000 + Math.floor(this.options.random() * 19_000), true);

    if (method === 'chat.postMessage') {
      const inWorkspace = this.postsPerWorkspace.take(team);
      if (!inWorkspace.ok) return refuse(inWorkspace.retryAfterMs, false);
      const inChannel = this.postsPerChannel.take(channel);
      if (!inChannel.ok) return refuse(inChannel.retryAfterMs, false);
      const ts = this.nextTs();
      const threadTs = body.thread_ts;
      if (threadTs !== undefined) {
        const parent = this.find(channel, threadTs);
        if (parent !== undefined) {
          parent.winnersReplies += 1;
          parent.replies.push({ ts, ...parseMetadata(body.metadata) });
        }
        return send(200, { ok: true, channel, ts });
      }
      const metadata = parseMetadata(body.metadata);
      const list = this.messages.get(channel) ?? [];
      list.push({
        ts,
        eventType: metadata.eventType,
        roundId: metadata.roundId,
        edits: 0,
        winnersReplies: 0,
        replies: [],
      });
      this.messages.set(channel, list);
      return send(200, { ok: true, channel, ts });
    }
    if (method === 'chat.update') {
      const allowed = this.updatesPerWorkspace.take(team);
      if (!allowed.ok) return refuse(allowed.retryAfterMs, false);
      const message = this.find(channel, body.ts ?? '');
      if (message === undefined) return send(200, { ok: false, error: 'message_not_found' });
      message.edits += 1;
      return send(200, { ok: true, channel, ts: message.ts });
    }
    if (method === 'conversations.history') {
      const allowed = this.historyPerWorkspace.take(team);
      if (!allowed.ok) return refuse(allowed.retryAfterMs, false);
      const oldest = Number(body.oldest ?? 0);
      const found = (this.messages.get(channel) ?? [])
        .filter((m) => Number(m.ts) >= oldest)
        .reverse()
        .map((m) => messageView(m, team));
      return send(200, { ok: true, messages: found, has_more: false });
    }
    if (method === 'conversations.replies') {
      // Non-Marketplace apps share one small budget for history and replies.
      const allowed = this.historyPerWorkspace.take(team);
      if (!allowed.ok) return refuse(allowed.retryAfterMs, false);
      const parent = this.find(channel, body.ts ?? '');
      if (parent === undefined) return send(200, { ok: false, error: 'thread_not_found' });
      const messages = [parent, ...parent.replies].map((m) => messageView(m, team));
      return send(200, { ok: true, messages, has_more: false });
    }
    send(200, { ok: false, error: 'unknown_method' });
  }

  private find(channel: string, ts: string): PostedMessage | undefined {
    return (this.messages.get(channel) ?? []).find((m) => m.ts === ts);
  }

  private nextTs(): string {
    this.seq += 1;
    const ms = this.options.now();
    // Slack's ts: seconds, then a unique suffix. Ours keeps the milliseconds in it, so the post's time
    // read back from the ts (answer speed counts from it) is the simulated instant.
    return `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}${String(this.seq % 1000).padStart(3, '0')}`;
  }
}

function parseMetadata(raw: string | undefined): { eventType: string | null; roundId: string | null } {
  if (raw === undefined) return { eventType: null, roundId: null };
  try {
    const parsed = JSON.parse(raw) as { event_type?: unknown; event_payload?: { round_id?: unknown } };
    return {
      eventType: typeof parsed.event_type === 'string' ? parsed.event_type : null,
      roundId: typeof parsed.event_payload?.round_id === 'string' ? parsed.event_payload.round_id : null,
    };
  } catch {
    return { eventType: null, roundId: null };
  }
}

/** A message as conversations.history and conversations.replies show it: the bot's, with its metadata. */
function messageView(m: { ts: string; eventType: string | null; roundId: string | null }, team: string) {
  return {
    type: 'message',
    ts: m.ts,
    bot_id: `B${team}`,
    ...(m.eventType === null
      ? {}
      : { metadata: { event_type: m.eventType, event_payload: { round_id: m.roundId } } }),
  };
}
