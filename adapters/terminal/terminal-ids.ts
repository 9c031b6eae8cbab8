import type { Actor, Place } from '../../src/engine/api.ts';
import type { ChannelId, PlayerId, TenantId } from '../../src/engine/ids.ts';

/** The terminal is one tenant with one channel; every local player lives in it. */
export const TERMINAL_TENANT: TenantId = 'local:terminal';
export const TERMINAL_CHANNEL: ChannelId = 'local:terminal:main';
export const TERMINAL_PLATFORM = 'local';

export const terminalPlace: Place = { channelId: TERMINAL_CHANNEL, channelName: 'main' };

/** Names are one word; case does not make a different player ("Ann" and "ann" are the same person). */
export function isPlayerName(name: string): boolean {
  return /^[\p{L}\p{N}_.-]{1,32}$/u.test(name);
}

export function terminalPlayerId(name: string): PlayerId {
  return `${TERMINAL_TENANT}:${name.toLowerCase()}`;
}

export function terminalActor(name: string): Actor {
  return {
    tenantId: TERMINAL_TENANT,
    tenantName: 'terminal',
    playerId: terminalPlayerId(name),
    displayName: name,
  };
}
