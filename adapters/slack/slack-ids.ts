import type { ChannelId, PlayerId, TenantId } from '../../src/engine/ids.ts';

/**
 * Slack ids as the engine sees them: qualified with the platform and workspace ("slack:T1:C2"), so a
 * channel id from one workspace can never name a channel of another. Only this file builds or splits them.
 */
export const tenantIdOf = (teamId: string): TenantId => `slack:${teamId}`;
export const channelIdOf = (teamId: string, channel: string): ChannelId => `slack:${teamId}:${channel}`;
export const playerIdOf = (teamId: string, user: string): PlayerId => `slack:${teamId}:${user}`;

/** The Slack-side parts of a qualified id, or null when it is not a Slack id. */
export function splitQualified(id: string): { teamId: string; localId: string | null } | null {
  const parts = id.split(':');
  if (parts[0] !== 'slack' || parts.length < 2 || parts.length > 3 || parts[1] === '') return null;
  return { teamId: parts[1] ?? '', localId: parts[2] ?? null };
}

/** A posted message: "C123:1700000000.000100" (channel and ts), stored by the engine as postRef. */
export const postRefOf = (channel: string, ts: string): string => `${channel}:${ts}`;

export function splitPostRef(postRef: string): { channel: string; ts: string } | null {
  const at = postRef.indexOf(':');
  if (at <= 0 || at === postRef.length - 1) return null;
  return { channel: postRef.slice(0, at), ts: postRef.slice(at + 1) };
}

/** A message ts ("1700000000.000100": seconds and microseconds) is when Slack created it; null if not one. */
export function timeOfTs(ts: string): Date | undefined {
  if (!/^\d{1,12}\.\d{1,6}$/.test(ts)) return undefined;
  return new Date(Math.round(Number(ts) * 1000));
}
