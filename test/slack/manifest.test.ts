import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../adapters/slack');

/**
 * Bot scopes each Web API method we call needs (from Slack's method reference). conversations.history and
 * conversations.replies need channels:history for public and groups:history for private channels; the daily
 * channel may be either.
 */
const SCOPE_OF: Readonly<Record<string, string | readonly string[] | null>> = {
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'users.info': 'users:read',
  'views.publish': null,
  'views.open': null,
  'conversations.info': 'channels:read',
  'conversations.history': ['channels:history', 'groups:history'],
  'conversations.replies': ['channels:history', 'groups:history'],
  'conversations.open': 'im:write',
  // files.getUploadURLExternal and files.completeUploadExternal.
  filesUploadV2: 'files:write',
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') ? [readFileSync(full, 'utf8')] : [];
  });
}

interface Manifest {
  features: {
    slash_commands: { command: string; should_escape: boolean }[];
    app_home: { home_tab_enabled: boolean };
  };
  oauth_config: { scopes: { bot: string[] }; redirect_urls: string[] };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean } };
}

describe('the Slack app manifest', () => {
  const manifest = parse(readFileSync(path.join(root, 'manifest.yaml'), 'utf8')) as Manifest;
  const code = sources(root).join('\n');

  it('asks for exactly the bot scopes of the Web API methods the adapter calls', () => {
    const called = [
      ...[...code.matchAll(/client\.(chat|users|views|conversations)\.(\w+)\(/g)].map(
        (m) => `${m[1]}.${m[2]}`,
      ),
      ...[...code.matchAll(/\.(filesUploadV2)\(/g)].map((m) => m[1] ?? ''),
    ];
    expect(called.length).toBeGreaterThan(0);
    const needed = new Set<string>(['commands']);
    for (const method of called) {
      expect(SCOPE_OF, `scope of ${method} unknown to this test`).toHaveProperty([method]);
      const scope = SCOPE_OF[method];
      for (const one of typeof scope === 'string' ? [scope] : (scope ?? [])) needed.add(one);
    }
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('asks OAuth installs for the same bot scopes as the manifest, and names the redirect path', async () => {
    const { SLACK_BOT_SCOPES } = await import('../../adapters/slack/bot-scopes.ts');
    expect([...SLACK_BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
    expect(manifest.oauth_config.redirect_urls).toEqual(['https://YOUR-HOST/slack/oauth_redirect']);
  });

  it('declares the /quiz command (with escaped mentions), the App Home event and interactivity', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/quiz']);
    expect(manifest.features.slash_commands[0]?.should_escape).toBe(true);
    expect(code).toContain("app.command('/quiz'");
    const events = ['app_home_opened', 'app_uninstalled', 'tokens_revoked'];
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(events);
    expect([...code.matchAll(/app\.event\('(\w+)'/g)].map((m) => m[1])).toEqual(events);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });
});
