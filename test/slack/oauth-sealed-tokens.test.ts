import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSlackConfig, type SlackConfigError } from '../../adapters/slack/config.ts';
import { SealedInstallations } from '../../adapters/slack/installations.ts';
import { SealError, seal, unseal } from '../../adapters/slack/sealed-box.ts';
import type { StorePort } from '../../src/engine/store-port.ts';
import { openStore } from '../../src/store/open-store.ts';
import { fakeClock } from '../fakes/fake-clock.ts';
import { ACME, CLIENT_ID, CLIENT_SECRET, KEY_A, KEY_B, oauthHarness } from './oauth-harness.ts';
import { SECRET } from './slack-harness.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'notequiz-sealed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const keyA = Buffer.from(KEY_A, 'base64');
const keyB = Buffer.from(KEY_B, 'hex');

function installationsWith(store: StorePort, current: Buffer, previous: Buffer | null) {
  return new SealedInstallations({
    records: store,
    keys: { current, previous },
    clock: fakeClock('2026-02-01T00:00:00Z'),
    logger: pino({ level: 'silent' }),
  });
}

describe('Slack installations at rest', () => {
  it('keeps no token in plain text in the database, and rotates to a new key with reseal', async () => {
    const file = path.join(dir, 'sealed.db');
    const h = await oauthHarness({ store: await openStore(`file:${file}`) });
    expect((await h.install(ACME, 'UADA')).status).toBe(200);
    await h.close();

    const raw = new Database(file, { readonly: true });
    const rows = raw.prepare('SELECT * FROM Installation').all() as Record<string, unknown>[];
    raw.close();
    expect(rows).toHaveLength(1);
    const dump = JSON.stringify(rows);
    expect(dump).toContain('"teamId":"T1"');
    for (const secret of [ACME.botToken, Buffer.from(ACME.botToken).toString('base64'), 'UADA'])
      expect(dump).not.toContain(secret);

    // Rotation: the new key is current, the old one previous. Reads work before and after the reseal.
    const store = await openStore(`file:${file}`, { migrate: false });
    try {
      const rotating = installationsWith(store, keyB, keyA);
      expect((await rotating.forTeam('T1'))?.bot?.token).toBe(ACME.botToken);
      expect(await rotating.reseal()).toEqual({ resealed: 1, current: 0, unreadable: [] });
      expect(await rotating.reseal()).toEqual({ resealed: 0, current: 1, unreadable: [] });
      // Sealed with the new key only: the old key can go, and alone it no longer opens anything.
      expect((await installationsWith(store, keyB, null).forTeam('T1'))?.bot?.token).toBe(ACME.botToken);
      expect(await installationsWith(store, keyA, null).forTeam('T1')).toBeNull();
      expect(await installationsWith(store, keyA, null).reseal()).toEqual({
        resealed: 0,
        current: 0,
        unreadable: ['slack:T1'],
      });
    } finally {
      await store.close();
    }
  });

  it('refuses a sealed value that was altered or moved to another workspace', () => {
    const sealed = seal('{"bot":{"token":"xoxb-1"}}', keyA, 'slack:T1');
    const keys = { current: keyA, previous: null };
    expect(unseal(sealed, keys, 'slack:T1')).toContain('xoxb-1');
    expect(() => unseal(sealed, keys, 'slack:T2')).toThrow(SealError);
    // A different character where the ciphertext ends (not the last one, whose low bits base64url may ignore).
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.slice(-1);
    expect(flipped).not.toBe(sealed);
    expect(() => unseal(flipped, keys, 'slack:T1')).toThrow(/did not decrypt/);
    expect(() => unseal('xoxb-plain', keys, 'slack:T1')).toThrow(/not a sealed value/);
  });
});

describe('Slack OAuth settings', () => {
  const base = {
    SLACK_CLIENT_ID: CLIENT_ID,
    SLACK_CLIENT_SECRET: CLIENT_SECRET,
    SLACK_SIGNING_SECRET: SECRET,
  };
  const errorOf = (env: Record<string, string>): SlackConfigError | null => {
    try {
      parseSlackConfig(env);
      return null;
    } catch (error) {
      return error as SlackConfigError;
    }
  };

  it('turns OAuth on with the client id and secret, reading the key as base64 or hex', () => {
    const config = parseSlackConfig({
      ...base,
      SLACK_INSTALLATION_KEY: KEY_A,
      SLACK_INSTALLATION_KEY_PREVIOUS: KEY_B,
    });
    expect(config.botToken).toBeNull();
    expect(config.oauth?.installationKeys.current.equals(keyA)).toBe(true);
    expect(config.oauth?.installationKeys.previous?.equals(keyB)).toBe(true);
    expect(config.oauth?.scopes).toContain('chat:write');
    expect(parseSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SECRET }).oauth).toBeNull();
  });

  it('names the variable when the key is missing or not 32 bytes, or the modes are mixed', () => {
    expect(errorOf(base)?.variable).toBe('SLACK_INSTALLATION_KEY');
    expect(errorOf(base)?.message).toMatch(/^SLACK_INSTALLATION_KEY is missing/);
    const short = errorOf({ ...base, SLACK_INSTALLATION_KEY: Buffer.alloc(16).toString('base64') });
    expect(short?.variable).toBe('SLACK_INSTALLATION_KEY');
    expect(short?.message).toMatch(/32 random bytes/);
    expect(errorOf({ ...base, SLACK_INSTALLATION_KEY: KEY_A, SLACK_BOT_TOKEN: 'xoxb-1' })?.variable).toBe(
      'SLACK_BOT_TOKEN',
    );
    expect(errorOf({ SLACK_CLIENT_ID: CLIENT_ID, SLACK_INSTALLATION_KEY: KEY_A })?.variable).toBe(
      'SLACK_CLIENT_SECRET',
    );
    expect(errorOf({ ...base, SLACK_INSTALLATION_KEY: KEY_A, SLACK_APP_TOKEN: 'xapp-1' })?.variable).toBe(
      'SLACK_MODE',
    );
  });
});
