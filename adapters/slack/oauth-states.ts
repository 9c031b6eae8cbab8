import { randomBytes } from 'node:crypto';
import type { InstallURLOptions, StateStore } from '@slack/bolt';
import type { InstallationStore as InstallationRecords } from '../../src/engine/installation-store-port.ts';

/** As long as Bolt keeps the state cookie in the browser (its default, 10 minutes). */
export const OAUTH_STATE_TTL_MS = 10 * 60_000;

/** What @slack/oauth's InstallProvider treats as a refused state (the callback answers 400). */
const INVALID_STATE = 'slack_oauth_invalid_state';

/**
 * The OAuth `state` (CSRF protection for /slack/oauth_redirect): 32 random bytes kept in the database until
 * used or expired. Taking it deletes it, so a state works once, on whichever instance the redirect reaches;
 * one we never issued, one already used and one expired are all refused. Bolt checks besides that the state
 * equals the cookie /slack/install set in the installer's browser.
 */
export function databaseStateStore(records: InstallationRecords): StateStore {
  return {
    async generateStateParam(installOptions: InstallURLOptions, now: Date): Promise<string> {
      const state = randomBytes(32).toString('base64url');
      await records.saveOAuthState(
        state,
        JSON.stringify(installOptions),
        new Date(now.getTime() + OAUTH_STATE_TTL_MS),
        now,
      );
      return state;
    },
    async verifyStateParam(now: Date, state: string): Promise<InstallURLOptions> {
      const payload = /^[A-Za-z0-9_-]{1,128}$/.test(state) ? await records.takeOAuthState(state, now) : null;
      if (payload === null)
        throw Object.assign(new Error('The OAuth state is unknown, already used or expired'), {
          code: INVALID_STATE,
        });
      return JSON.parse(payload) as InstallURLOptions;
    },
  };
}
