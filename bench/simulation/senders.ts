/**
 * Which simulated instance sent a request to a fake: each instance's clients point at
 * `http://host:port/from/<instance>/…`, so a fake can tell. A dead process sends nothing more, and what it
 * had queued but not sent (a request waiting out another one's Retry-After) dies with it; in one Node
 * process those requests would still go out, so the fakes drop every request of an instance once it died.
 */
const PREFIX = /^\/from\/([^/]+)/;

/** The API base URL an instance's clients use. */
export function urlFrom(base: string, instance: string): string {
  const url = new URL(base);
  url.pathname = `/from/${encodeURIComponent(instance)}${url.pathname}`;
  return url.toString().replace(/\/$/, base.endsWith('/') ? '/' : '');
}

/** The sending instance (null when the URL names none) and the path the API would see. */
export function senderOf(rawUrl: string): { readonly instance: string | null; readonly path: string } {
  const url = new URL(rawUrl, 'http://x');
  const match = PREFIX.exec(url.pathname);
  if (match === null) return { instance: null, path: url.pathname };
  return { instance: decodeURIComponent(match[1] ?? ''), path: url.pathname.slice(match[0].length) };
}

/** Whether an instance is dead: its requests are dropped unanswered, as if never sent. */
export type Severed = (instance: string) => boolean;
