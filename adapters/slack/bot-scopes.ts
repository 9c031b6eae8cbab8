/**
 * The bot scopes the adapter needs: what OAuth installs ask for unless SLACK_SCOPES says otherwise.
 * manifest.yaml lists the same ones (test/slack/manifest.test.ts holds both to the methods we call).
 */
export const SLACK_BOT_SCOPES: readonly string[] = [
  'channels:history',
  'chat:write',
  'commands',
  'files:write',
  'groups:history',
  'im:write',
  'users:read',
];
