import { createHmac } from 'node:crypto';

/**
 * Requests as Slack sends them to an HTTP-mode app: form bodies for slash commands and interactions, JSON
 * for events, each signed with HMAC-SHA256 over "v0:<timestamp>:<body>" with the app's signing secret.
 */
export interface SignedPost {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

export function sign(secret: string, timestampSeconds: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestampSeconds}:${body}`).digest('hex')}`;
}

export interface SignOptions {
  readonly secret: string;
  /** Seconds since the epoch; defaults to now (Bolt rejects timestamps more than 5 minutes off). */
  readonly timestamp?: number;
  /** Overrides the computed signature (to send a forged one). */
  readonly signature?: string;
  /** More headers, as Slack adds on a redelivery (`x-slack-retry-num`, `x-slack-retry-reason`). */
  readonly headers?: Readonly<Record<string, string>>;
}

export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  options: SignOptions,
): Promise<SignedPost> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? sign(options.secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text, ms: performance.now() - started };
}

export const formBody = (fields: Readonly<Record<string, string>>): string =>
  new URLSearchParams(fields).toString();

/** A slash command as a form body. */
export function postCommand(
  url: string,
  fields: Readonly<Record<string, string>>,
  options: SignOptions,
): Promise<SignedPost> {
  return postSigned(url, formBody(fields), 'application/x-www-form-urlencoded', options);
}

/** An interaction (block_actions…): a form with one `payload` field holding JSON. */
export function postInteraction(url: string, payload: unknown, options: SignOptions): Promise<SignedPost> {
  return postSigned(
    url,
    formBody({ payload: JSON.stringify(payload) }),
    'application/x-www-form-urlencoded',
    options,
  );
}

export function postEvent(url: string, payload: unknown, options: SignOptions): Promise<SignedPost> {
  return postSigned(url, JSON.stringify(payload), 'application/json', options);
}
