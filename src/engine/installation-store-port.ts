/**
 * The StorePort part that keeps apps installed by OAuth (Slack's "Add to Slack"). The engine never calls
 * it: it is part of StorePort so that every store (memory, SQLite, PostgreSQL) keeps installations the same
 * way, in the same database as everything else, and the one contract suite proves it. The records are
 * opaque to the store: the tokens travel sealed (encrypted by the platform's adapter), and the keys are
 * platform-qualified ("slack:T1" for a workspace, "slack:E1" for an Enterprise Grid organisation).
 */
export interface InstallationRecord {
  readonly key: string;
  readonly teamId: string | null;
  readonly enterpriseId: string | null;
  readonly isEnterpriseInstall: boolean;
  /** The installation, tokens included, as the adapter sealed it. */
  readonly sealed: string;
  /** First installed; kept when the same workspace installs again. */
  readonly installedAt: Date;
  readonly updatedAt: Date;
}

export interface InstallationStore {
  /** Creates or replaces the installation under its key (a reinstall keeps `installedAt`). */
  saveInstallation(record: InstallationRecord): Promise<void>;
  getInstallation(key: string): Promise<InstallationRecord | null>;
  /** Every installation whose key starts with `prefix` ("slack:"), by key. */
  listInstallations(prefix: string): Promise<InstallationRecord[]>;
  /**
   * Removes the installation; false when there was none. Links to it stay: they say which workspaces an
   * organisation has, which an uninstall does not change, so a reinstall knows whose schedules to resume.
   */
  deleteInstallation(key: string): Promise<boolean>;
  /** Says that a workspace ("slack:T1") is served by another installation (an org-wide one, "slack:E1"). */
  linkWorkspace(workspaceKey: string, installationKey: string): Promise<void>;
  /** The installation a workspace was linked to, or null. */
  linkedInstallation(workspaceKey: string): Promise<string | null>;
  /** The workspaces linked to an installation, by key. */
  linkedWorkspaces(installationKey: string): Promise<string[]>;
  /** Keeps an OAuth `state` until `expiresAt`, with what it carries; drops states already expired. */
  saveOAuthState(state: string, payload: string, expiresAt: Date, now: Date): Promise<void>;
  /**
   * Takes a state once: its payload for exactly one caller while it has not expired, null for every other
   * caller (never saved, already taken, expired). Two redirects racing with one state: one wins.
   */
  takeOAuthState(state: string, now: Date): Promise<string | null>;
}
