import { expect, it } from 'vitest';
import type { InstallationRecord } from '../../src/engine/installation-store-port.ts';
import type { GetStore } from './contract-fixtures.ts';

const at = (iso: string): Date => new Date(iso);

const workspace = (key: string, sealed: string, when = '2026-01-05T08:00:00Z'): InstallationRecord => ({
  key,
  teamId: key.replace('slack:', ''),
  enterpriseId: null,
  isEnterpriseInstall: false,
  sealed,
  installedAt: at(when),
  updatedAt: at(when),
});

export function installationContract(store: GetStore): void {
  it('keeps one installation per key: a reinstall replaces it and keeps when it was first installed', async () => {
    await store().saveInstallation(workspace('slack:T1', 'sealed-1'));
    await store().saveInstallation(workspace('slack:T1', 'sealed-2', '2026-02-01T00:00:00Z'));
    expect(await store().getInstallation('slack:T1')).toEqual({
      ...workspace('slack:T1', 'sealed-2', '2026-02-01T00:00:00Z'),
      installedAt: at('2026-01-05T08:00:00Z'),
    });
    expect(await store().getInstallation('slack:T2')).toBeNull();
  });

  it('lists by prefix, in key order, and an org-wide install is its own key', async () => {
    await store().saveInstallation(workspace('slack:T2', 'b'));
    await store().saveInstallation(workspace('slack:T1', 'a'));
    await store().saveInstallation({
      ...workspace('slack:E1', 'org'),
      teamId: null,
      enterpriseId: 'E1',
      isEnterpriseInstall: true,
    });
    await store().saveInstallation(workspace('other:X1', 'x'));
    const listed = await store().listInstallations('slack:');
    expect(listed.map((r) => r.key)).toEqual(['slack:E1', 'slack:T1', 'slack:T2']);
    expect(listed[0]).toMatchObject({ teamId: null, enterpriseId: 'E1', isEnterpriseInstall: true });
  });

  it('deletes an installation, keeping which workspaces belong to the organisation', async () => {
    await store().saveInstallation({ ...workspace('slack:E1', 'org'), isEnterpriseInstall: true });
    await store().linkWorkspace('slack:T8', 'slack:E1');
    await store().linkWorkspace('slack:T7', 'slack:E1');
    await store().linkWorkspace('slack:T7', 'slack:E1');
    await store().linkWorkspace('slack:T9', 'slack:E2');
    expect(await store().linkedInstallation('slack:T7')).toBe('slack:E1');
    expect(await store().linkedInstallation('slack:T1')).toBeNull();
    expect(await store().deleteInstallation('slack:E1')).toBe(true);
    expect(await store().getInstallation('slack:E1')).toBeNull();
    expect(await store().linkedWorkspaces('slack:E1')).toEqual(['slack:T7', 'slack:T8']);
    expect(await store().deleteInstallation('slack:E1')).toBe(false);
  });

  it('gives an OAuth state to one taker only, and never once it has expired', async () => {
    const now = at('2026-01-05T08:00:00Z');
    const later = at('2026-01-05T08:10:00Z');
    await store().saveOAuthState('s1', '{"scopes":["commands"]}', later, now);
    await store().saveOAuthState('s2', '{}', later, now);
    const takers = await Promise.all([
      store().takeOAuthState('s1', now),
      store().takeOAuthState('s1', now),
      store().takeOAuthState('s1', now),
    ]);
    expect(takers.filter((t) => t !== null)).toEqual(['{"scopes":["commands"]}']);
    expect(await store().takeOAuthState('s1', now)).toBeNull();
    expect(await store().takeOAuthState('forged', now)).toBeNull();
    expect(await store().takeOAuthState('s2', later)).toBeNull();
  });
}
