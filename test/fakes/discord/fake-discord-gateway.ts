import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FakeGuild, type FakeUser, guildObject, shardOfGuild, userObject } from './discord-fixtures.ts';

/**
 * A protocol-level Discord gateway (v10, JSON, no compression): HELLO, IDENTIFY -> READY + GUILD_CREATE,
 * heartbeats and their ACKs, RESUME with replay of missed dispatches, and dispatches the test pushes.
 * Sharded like Discord: IDENTIFY's `shard: [id, count]` picks the servers of that connection
 * (`(guild_id >> 22) % count === id`), and a server's events go to the connection of its shard; direct
 * messages go to shard 0. It shares the fake REST server's port, upgraded on /gateway.
 */

type ShardKey = readonly [id: number, count: number];

interface Session {
  readonly id: string;
  readonly shard: ShardKey;
  /** Every dispatch of this session, for RESUME replay. */
  readonly log: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
  /** While set, dispatches are logged but not sent (the socket is "down"), to test RESUME replay. */
  holding: boolean;
  /** While set, a RESUME of this session waits for finishResume(): the shard stays "reconnecting". */
  stallResume: boolean;
  stalledResume: { ws: WebSocket; seq: number } | null;
}

export interface GatewayStats {
  identifies: number;
  resumes: number;
  heartbeats: number;
  /** Intents bitfield of the last IDENTIFY. */
  lastIntents: number | null;
  connections: number;
  /** The `shard` of every IDENTIFY, in order. */
  identified: ShardKey[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The server an event is about: `guild_id`, or `id` for the GUILD_* events themselves. */
function guildOfEvent(t: string, d: unknown): string | null {
  if (!isRecord(d)) return null;
  if (typeof d.guild_id === 'string') return d.guild_id;
  if (t.startsWith('GUILD_') && typeof d.id === 'string') return d.id;
  return null;
}

export class FakeDiscordGateway {
  readonly stats: GatewayStats = {
    identifies: 0,
    resumes: 0,
    heartbeats: 0,
    lastIntents: null,
    connections: 0,
    identified: [],
  };
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  /** The latest session of each shard id. */
  private readonly current = new Map<number, Session>();
  private sessionCounter = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    server: Server,
    private readonly options: {
      readonly url: () => string;
      readonly botUser: FakeUser;
      readonly applicationId: string;
      readonly guilds: () => readonly FakeGuild[];
      readonly heartbeatIntervalMs: number;
    },
  ) {
    this.wss = new WebSocketServer({ noServer: true });
    server.on('upgrade', (request, socket, head) => {
      if (!request.url?.startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(request, socket, head, (ws) => this.onConnection(ws));
    });
  }

  /** Resolves when `predicate` holds, re-checked after every gateway event. */
  async until(predicate: () => boolean): Promise<void> {
    if (predicate()) return;
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (predicate()) {
          this.listeners.delete(check);
          resolve();
        }
      };
      this.listeners.add(check);
    });
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** True when a connection of `shard` (default 0) is open and identified or resumed. */
  ready(shard = 0): boolean {
    const session = this.current.get(shard);
    return session !== undefined && session.socket !== null && session.stalledResume === null;
  }

  /** The shard that gets a server's events now, by the count its connection identified with. */
  shardOf(guildId: string): number | null {
    for (const session of this.current.values())
      if (shardOfGuild(guildId, session.shard[1]) === session.shard[0]) return session.shard[0];
    return null;
  }

  /**
   * Sends (or, while the socket is down, queues for RESUME) one dispatch event, on the connection of the
   * shard the event's server belongs to (shard 0 for an event outside any server, as Discord does for DMs).
   */
  dispatch(t: string, d: unknown): void {
    const guildId = guildOfEvent(t, d);
    const shard = guildId === null ? 0 : this.shardOf(guildId);
    const session = shard === null ? undefined : this.current.get(shard);
    if (session === undefined)
      throw new Error(
        `fake gateway: no session for ${guildId === null ? 'shard 0' : `server ${guildId}`} (no client identified for its shard)`,
      );
    this.send(session, t, d);
  }

  /**
   * Closes the socket of `shard` (default 0) with `code`; 4000 makes discord.js resume, 1000 makes it
   * identify again. `holdUntilResume` keeps later dispatches for the RESUME replay; `stallResume` leaves
   * the RESUME unanswered until finishResume(shard).
   */
  drop(
    code = 4000,
    options: { shard?: number; holdUntilResume?: boolean; stallResume?: boolean } = {},
  ): void {
    const session = this.current.get(options.shard ?? 0);
    const socket = session?.socket;
    if (session === undefined || !socket) throw new Error('fake gateway: nothing to drop');
    if (options.holdUntilResume) session.holding = true;
    if (options.stallResume) session.stallResume = true;
    session.socket = null;
    socket.close(code, 'fake gateway drop');
    this.changed();
  }

  /** True once the client asked to resume `shard` and the fake is holding its answer. */
  resumeStalled(shard: number): boolean {
    return this.current.get(shard)?.stalledResume != null;
  }

  /** Answers a stalled RESUME: the missed events, then RESUMED. */
  finishResume(shard: number): void {
    const session = this.current.get(shard);
    const stalled = session?.stalledResume;
    if (session === undefined || stalled == null)
      throw new Error(`fake gateway: no stalled resume on shard ${shard}`);
    session.stallResume = false;
    session.stalledResume = null;
    this.completeResume(session, stalled.ws, stalled.seq);
    this.changed();
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private send(session: Session, t: string, d: unknown): void {
    const s = session.log.length + 1;
    session.log.push({ s, t, d });
    if (!session.holding && session.socket !== null) session.socket.send(JSON.stringify({ op: 0, t, s, d }));
  }

  private onConnection(ws: WebSocket): void {
    this.stats.connections += 1;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } }));
    ws.on('message', (raw) => {
      let payload: unknown;
      try {
        payload = JSON.parse(String(raw));
      } catch {
        ws.close(4002, 'decode error');
        return;
      }
      if (!isRecord(payload)) return;
      this.onPayload(ws, payload.op, payload.d);
      this.changed();
    });
    ws.on('close', () => {
      for (const session of this.current.values()) if (session.socket === ws) session.socket = null;
      this.changed();
    });
  }

  private onPayload(ws: WebSocket, op: unknown, d: unknown): void {
    switch (op) {
      case 1:
        this.stats.heartbeats += 1;
        ws.send(JSON.stringify({ op: 11 }));
        return;
      case 2:
        this.identify(ws, d);
        return;
      case 6:
        this.resume(ws, d);
        return;
      default:
        return;
    }
  }

  private identify(ws: WebSocket, d: unknown): void {
    const requested = isRecord(d) && Array.isArray(d.shard) ? d.shard : [0, 1];
    const [id, count] = requested;
    if (
      typeof id !== 'number' ||
      typeof count !== 'number' ||
      !Number.isInteger(id) ||
      !Number.isInteger(count) ||
      count < 1 ||
      id < 0 ||
      id >= count
    ) {
      ws.close(4010, 'Invalid shard.');
      return;
    }
    this.stats.identifies += 1;
    this.stats.identified.push([id, count]);
    this.stats.lastIntents = isRecord(d) && typeof d.intents === 'number' ? d.intents : null;
    this.sessionCounter += 1;
    const session: Session = {
      id: `session-${this.sessionCounter}`,
      shard: [id, count],
      log: [],
      socket: ws,
      holding: false,
      stallResume: false,
      stalledResume: null,
    };
    this.sessions.set(session.id, session);
    this.current.set(id, session);
    const guilds = this.options.guilds().filter((g) => shardOfGuild(g.id, count) === id);
    this.send(session, 'READY', {
      v: 10,
      user: { ...userObject(this.options.botUser), verified: true, mfa_enabled: false, flags: 0 },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.options.url(),
      shard: [id, count],
      application: { id: this.options.applicationId, flags: 0 },
    });
    for (const guild of guilds) this.send(session, 'GUILD_CREATE', guildObject(guild, this.options.botUser));
  }

  private resume(ws: WebSocket, d: unknown): void {
    const sessionId = isRecord(d) ? d.session_id : undefined;
    const seq = isRecord(d) && typeof d.seq === 'number' ? d.seq : 0;
    const session = typeof sessionId === 'string' ? this.sessions.get(sessionId) : undefined;
    if (session === undefined) {
      ws.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    this.current.set(session.shard[0], session);
    if (session.stallResume) {
      session.stalledResume = { ws, seq };
      return;
    }
    this.completeResume(session, ws, seq);
  }

  private completeResume(session: Session, ws: WebSocket, seq: number): void {
    this.stats.resumes += 1;
    session.socket = ws;
    session.holding = false;
    for (const event of session.log.filter((e) => e.s > seq)) {
      ws.send(JSON.stringify({ op: 0, t: event.t, s: event.s, d: event.d }));
    }
    this.send(session, 'RESUMED', {});
  }
}
