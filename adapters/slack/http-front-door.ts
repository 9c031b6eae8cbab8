import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parse as parseQuery } from 'node:querystring';
import { defaultBodyLimit, isValidSlackRequest } from '@slack/bolt';
import type pino from 'pino';
import type { SeenKeys } from './seen-keys.ts';

/**
 * Everything that reaches SLACK_PORT passes here before Bolt sees it. Bolt's HTTP receiver throws on any
 * request it has no route for (a GET, a scanner's POST /wp-login.php), accepts timestamps from the future,
 * processes a replayed request again, and crashes the process on a signed body that parses to something
 * other than an object. So this door answers everything itself except a well-formed, signed, fresh,
 * first-seen POST to the events path, which it hands to Bolt with the body already read:
 *   another path 404 · another method 405 · a body over the limit 413 · a bad or stale or future
 *   signature 401 · a body that is not a JSON object (or a form holding one) 400 · a replay 200, ignored.
 * With OAuth installs, a GET of the install page or the OAuth redirect also goes to Bolt (its installer).
 */
export interface FrontDoorOptions {
  readonly path: string;
  /**
   * OAuth installs: the pages a person's browser opens (/slack/install, /slack/oauth_redirect). A GET there
   * goes to Bolt's installer, unsigned (a browser cannot sign); the installer checks the state itself.
   */
  readonly browserPaths?: readonly string[];
  readonly signingSecret: string;
  readonly bolt: RequestListener;
  readonly seen: SeenKeys;
  readonly logger: pino.Logger;
  /** Wall-clock milliseconds: signatures carry real time, whatever clock the game runs on. */
  readonly nowMs?: () => number;
  readonly bodyLimit?: number;
}

/** Slack's own rule, both ways: a request more than five minutes away from our clock is refused. */
export const MAX_CLOCK_SKEW_S = 5 * 60;
const FORM = 'application/x-www-form-urlencoded';

export function slackFrontDoor(options: FrontDoorOptions): RequestListener {
  const nowMs = options.nowMs ?? Date.now;
  const limit = options.bodyLimit ?? defaultBodyLimit;
  const refusals = refusalLog(options.logger, nowMs);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const receivedAt = performance.now();
    const path = pathOf(req.url);
    if (path !== null && options.browserPaths?.includes(path) === true) {
      if (req.method !== 'GET') {
        finish(res, 405, { allow: 'GET' });
        return;
      }
      req.resume();
      options.bolt(req, res);
      return;
    }
    if (path !== options.path) {
      finish(res, 404);
      return;
    }
    if (req.method !== 'POST') {
      finish(res, 405, { allow: 'POST' });
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      refusals.note('body over the size limit', 413);
      req.resume();
      finish(res, 413);
      return;
    }
    const body = await readBody(req, limit);
    if (body === null) {
      refusals.note('body over the size limit', 413);
      finish(res, 413);
      return;
    }
    const text = body.toString('utf8');
    const contentType = req.headers['content-type'];
    const timestamp = single(req.headers['x-slack-request-timestamp']);
    const signature = single(req.headers['x-slack-signature']);
    const seconds = timestamp !== undefined && /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
    const now = nowMs();
    if (
      signature === undefined ||
      !Number.isFinite(seconds) ||
      Math.abs(now / 1000 - seconds) > MAX_CLOCK_SKEW_S ||
      !isValidSlackRequest({
        signingSecret: options.signingSecret,
        body: text,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': seconds },
        nowMilliseconds: now,
      })
    ) {
      // Slack's certificate check is unsigned by design (Bolt answers it the same way); nothing runs.
      if (contentType === FORM && parseQuery(text).ssl_check === '1') {
        finish(res, 200);
        return;
      }
      refusals.note('signature or timestamp did not verify (check SLACK_SIGNING_SECRET)', 401);
      finish(res, 401);
      return;
    }
    if (parseSlackBody(text, contentType) === null) {
      refusals.note('signed body is not a JSON object', 400);
      finish(res, 400);
      return;
    }
    // The signature covers timestamp and body, so it names this exact request; it can only be replayed
    // while its timestamp is within the window.
    if (options.seen.seenBefore(signature, (seconds + MAX_CLOCK_SKEW_S + 1) * 1000)) {
      refusals.note('replayed request ignored', 200);
      finish(res, 200);
      return;
    }
    // Bolt reads the body from rawBody, and its customPropertiesExtractor the arrival (slack-metrics.ts).
    Object.assign(req, { rawBody: body, receivedAt });
    options.bolt(req, res);
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.logger.warn({ err: error }, 'Slack request failed before reaching Bolt');
      if (!res.headersSent) finish(res, 500);
      else res.destroy();
    });
  };
}

function pathOf(url: string | undefined): string | null {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return null;
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function finish(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-length': '0', ...headers });
  res.end();
}

/** The whole body, or null once it passes `limit` (the rest is drained, never kept). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        chunks.length = 0;
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * What Bolt will parse, parsed the way Bolt parses it (a form when the content type is exactly the form
 * type, JSON otherwise; a form's `payload` field holds JSON), or null when the result is not an object.
 */
export function parseSlackBody(
  text: string,
  contentType: string | undefined,
): Record<string, unknown> | null {
  try {
    let value: unknown;
    if (contentType === FORM) {
      const fields = parseQuery(text);
      value = typeof fields.payload === 'string' ? JSON.parse(fields.payload) : fields;
    } else {
      value = JSON.parse(text);
    }
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * Refusals are logged, but at most once a minute per reason with a count: a scanner must not be able to
 * flood the log, and an operator with a wrong signing secret still sees why every request fails.
 */
function refusalLog(logger: pino.Logger, nowMs: () => number) {
  const seen = new Map<string, { at: number; since: number }>();
  return {
    note(reason: string, status: number): void {
      const now = nowMs();
      const entry = seen.get(reason);
      if (entry !== undefined && now - entry.at < 60_000) {
        entry.since += 1;
        return;
      }
      logger.warn({ status, suppressedSinceLast: entry?.since ?? 0 }, `Slack request refused: ${reason}`);
      seen.set(reason, { at: now, since: 0 });
    },
  };
}
