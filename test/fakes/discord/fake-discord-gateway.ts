import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import { type FakeGuild, type FakeUser, guildObject, userObject } from './discord-fixtures.ts';

/**
 * A protocol-level Discord gateway (v10, JSON, no compression): HELLO, IDENTIFY -> READY + GUILD_CREATE,
 * heartbeats and their ACKs, RESUME with replay of missed dispatches, and dispatches the test pushes.
 * It shares the fake REST server's port, upgraded on /gateway.
 */

interface Session {
  readonly id: string;
  /** Every dispatch of this session, for RESUME replay. */
  readonly log: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

export interface GatewayStats {
  identifies: number;
  resumes: number;
  heartbeats: number;
  /** Intents bitfield of the last IDENTIFY. */
  lastIntents: number | null;
  connections: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export class FakeDiscordGateway {
  readonly stats: GatewayStats = {
    identifies: 0,
    resumes: 0,
    heartbeats: 0,
    lastIntents: null,
    connections: 0,
  };
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  private current: Session | null = null;
  private sessionCounter = 0;
  private readonly listeners = new Set<() => void>();
  /** While set, dispatches are logged but not sent (the socket is "down"), to test RESUME replay. */
  private holding = false;

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

  get ready(): boolean {
    return this.current?.socket !== null && this.current?.socket !== undefined;
  }

  /** Sends (or, while the socket is down, queues for RESUME) one dispatch event. */
  dispatch(t: string, d: unknown): void {
    const session = this.current;
    if (session === null) throw new Error('fake gateway: no session (the client has not identified)');
    const s = session.log.length + 1;
    session.log.push({ s, t, d });
    if (!this.holding && session.socket !== null) session.socket.send(JSON.stringify({ op: 0, t, s, d }));
  }

  /** Closes the client's socket with `code`; 4000 makes discord.js resume, 1000 makes it identify again. */
  drop(code = 4000, options: { holdUntilResume?: boolean } = {}): void {
    const socket = this.current?.socket;
    if (!socket) throw new Error('fake gateway: nothing to drop');
    if (options.holdUntilResume) this.holding = true;
    if (this.current) this.current.socket = null;
    socket.close(code, 'fake gateway drop');
    this.changed();
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
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
      if (this.current?.socket === ws) this.current.socket = null;
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
    this.stats.identifies += 1;
    this.stats.lastIntents = isRecord(d) && typeof d.intents === 'number' ? d.intents : null;
    this.sessionCounter += 1;
    const session: Session = { id: `session-${this.sessionCounter}`, log: [], socket: ws };
    this.sessions.set(session.id, session);
    this.current = session;
    this.holding = false;
    const guilds = this.options.guilds();
    this.dispatch('READY', {
      v: 10,
      user: { ...userObject(this.options.botUser), verified: true, mfa_enabled: false, flags: 0 },
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.options.url(),
      shard: [0, 1],
      application: { id: this.options.applicationId, flags: 0 },
    });
    for (const guild of guilds) this.dispatch('GUILD_CREATE', guildObject(guild, this.options.botUser));
  }

  private resume(ws: WebSocket, d: unknown): void {
    const sessionId = isRecord(d) ? d.session_id : undefined;
    const seq = isRecord(d) && typeof d.seq === 'number' ? d.seq : 0;
    const session = typeof sessionId === 'string' ? this.sessions.get(sessionId) : undefined;
    if (session === undefined) {
      ws.send(JSON.stringify({ op: 9, d: false }));
      return;
    }
    this.stats.resumes += 1;
    session.socket = ws;
    this.current = session;
    this.holding = false;
    for (const event of session.log.filter((e) => e.s > seq)) {
      ws.send(JSON.stringify({ op: 0, t: event.t, s: event.s, d: event.d }));
    }
    this.dispatch('RESUMED', {});
  }
}
