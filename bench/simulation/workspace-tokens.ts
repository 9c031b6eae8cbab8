import type { StoredInstallation } from '../../adapters/slack/installations.ts';
import type { SimWorkspace } from './fake-slack-workspaces.ts';

/**
 * A simulated workspace as Bolt's installer would have stored it after "Add to Slack": one bot token per
 * workspace, installed by one of its members. The instances read it back through the Slack adapter's own
 * installation lookup (sealed in the shared database), so every scheduled call picks its workspace's token
 * the way a real OAuth deployment does; the fake refuses a call made with another workspace's token.
 */
export function simulatedInstallation(workspace: SimWorkspace): StoredInstallation {
  return {
    team: { id: workspace.teamId },
    enterprise: undefined,
    isEnterpriseInstall: false,
    appId: 'ASIMULATED',
    tokenType: 'bot',
    bot: { token: workspace.token, id: `B${workspace.teamId}`, userId: `U${workspace.teamId}B`, scopes: [] },
    user: { id: `U${workspace.teamId}A`, token: undefined, scopes: undefined },
  };
}
