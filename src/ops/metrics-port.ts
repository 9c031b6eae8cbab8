/**
 * What the adapters may tell the metrics, without knowing prom-client (src/ops/metrics.ts implements it,
 * NO_PLATFORM_METRICS stands in when /metrics is off). The engine and the content never see any of it.
 *
 * Every label value an adapter can pass comes from a closed list bound once at start-up (its request kinds)
 * or from its API's own method names, which the implementation caps: a user, channel or question id never
 * becomes a label.
 */
export interface PlatformMetrics {
  /**
   * The counters for this platform's inbound requests, one per kind, bound once when the adapter is built so
   * that counting a request is a lookup and an increment.
   */
  inbound<K extends string>(kinds: readonly K[]): InboundMeter<K>;
  /**
   * The platform's API answered HTTP 429. `method` is the API's own name for the call (`chat.postMessage`;
   * `POST /channels/:id/messages` with ids already replaced).
   */
  rateLimited(method: string): void;
}

export interface InboundMeter<K extends string> {
  /** A request of this kind reached the adapter (after the signature check, before any work). */
  received(kind: K): void;
  /**
   * The platform was told we have it (Slack's HTTP 200 or Socket Mode ack, Discord's interaction callback).
   * `receivedAt` is the performance.now() of its arrival; the latency is taken from it.
   */
  acked(kind: K, receivedAt: number): void;
}

const NO_INBOUND: InboundMeter<string> = { received() {}, acked() {} };

export const NO_PLATFORM_METRICS: PlatformMetrics = {
  inbound: () => NO_INBOUND,
  rateLimited() {},
};
