import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * Slack's Socket Mode end: `apps.connections.open` hands out a ws:// URL to this server, which greets each
 * connection with `hello` and then delivers envelopes; the app must answer each one with
 * `{ envelope_id, payload }` (the ack). `deliver` resolves with that ack, or rejects if none comes.
 */
export class FakeSocketMode {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly pending = new Map<string, (payload: Record<string, unknown>) => void>();
  readonly acks: { envelopeId: string; payload: Record<string, unknown> }[] = [];
  private connectedWaiters: (() => void)[] = [];

  constructor(server: Server) {
    server.on('upgrade', (req, socket, head) => {
      if (!(req.url ?? '').startsWith('/socket-mode')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
  }

  url(base: string): string {
    return `${base.replace(/^http/, 'ws')}/socket-mode/${randomUUID()}`;
  }

  get connections(): number {
    return this.sockets.size;
  }

  /** Resolves once an app is connected (it received hello). */
  connected(): Promise<void> {
    if (this.sockets.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.connectedWaiters.push(resolve));
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(String(data));
      } catch {
        return;
      }
      if (typeof parsed !== 'object' || parsed === null) return;
      const message = parsed as { envelope_id?: unknown; payload?: unknown };
      if (typeof message.envelope_id !== 'string') return;
      const payload =
        typeof message.payload === 'object' && message.payload !== null
          ? (message.payload as Record<string, unknown>)
          : {};
      this.acks.push({ envelopeId: message.envelope_id, payload });
      this.pending.get(message.envelope_id)?.(payload);
      this.pending.delete(message.envelope_id);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' } }));
    for (const waiter of this.connectedWaiters) waiter();
    this.connectedWaiters = [];
  }

  /**
   * Sends an envelope (`slash_commands`, `interactive`, `events_api`) and waits for its ack.
   * Real Slack retries an envelope that was not acked within 3 s; this fake rejects instead.
   */
  deliver(
    type: 'slash_commands' | 'interactive' | 'events_api',
    payload: Record<string, unknown>,
    timeoutMs = 3000,
  ): Promise<Record<string, unknown>> {
    const ws = [...this.sockets][0];
    if (ws === undefined) return Promise.reject(new Error('fake Socket Mode: no app connected'));
    const envelopeId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(envelopeId);
        reject(new Error(`fake Socket Mode: envelope ${type} was not acknowledged within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      ws.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
    });
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
