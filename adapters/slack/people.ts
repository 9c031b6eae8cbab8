import type { Clock } from '../../src/engine/clock.ts';
import type { SlackClient } from './web-clients.ts';

export interface PersonInfo {
  readonly id: string;
  readonly name: string;
  readonly isBot: boolean;
  /** Admin or owner of `teamId`, their own workspace; says nothing about any other workspace. */
  readonly isAdmin: boolean;
  /** The workspace the user belongs to (in a Slack Connect channel, possibly another organisation's). */
  readonly teamId: string | null;
  /** Enterprise Grid: the workspaces of the org the user belongs to. */
  readonly teams: readonly string[];
}

const TTL_MS = 5 * 60 * 1000;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};

/**
 * Who someone is (name, bot, admin) from users.info, cached for a few minutes: the admin check and duel
 * opponents need it, the answer path never does (names come with the click).
 */
export class People {
  private readonly cache = new Map<string, { info: PersonInfo; at: number }>();
  private homeTeam: Promise<{ teamId: string | null; enterprise: boolean }> | null = null;

  constructor(
    private readonly client: SlackClient,
    private readonly clock: Clock,
    private readonly configuredAdmins: readonly string[],
  ) {}

  /** null when Slack does not know the user. Other failures throw. */
  async info(userId: string): Promise<PersonInfo | null> {
    const now = this.clock.now().getTime();
    const hit = this.cache.get(userId);
    if (hit !== undefined && now - hit.at < TTL_MS) return hit.info;
    let answer: Awaited<ReturnType<SlackClient['users']['info']>>;
    try {
      answer = await this.client.users.info({ user: userId });
    } catch (error) {
      if (str(obj(obj(error).data).error) === 'user_not_found') return null;
      throw error;
    }
    const user = obj(answer.user);
    const profile = obj(user.profile);
    const enterprise = obj(user.enterprise_user);
    const info: PersonInfo = {
      id: userId,
      name:
        str(profile.display_name) ??
        str(profile.real_name) ??
        str(user.real_name) ??
        str(user.name) ??
        userId,
      isBot: user.is_bot === true || userId === 'USLACKBOT',
      isAdmin: user.is_admin === true || user.is_owner === true || user.is_primary_owner === true,
      teamId: str(user.team_id) ?? null,
      teams: Array.isArray(enterprise.teams) ? enterprise.teams.filter((t) => typeof t === 'string') : [],
    };
    this.cache.set(userId, { info, at: now });
    return info;
  }

  /**
   * The ids in SLACK_ADMIN_USER_IDS, and admins and owners of the workspace the request came from, when
   * that is the workspace the bot is installed in. users.info's admin flag speaks of the user's own
   * workspace: in a Slack Connect channel the admin of a partner organisation is not ours.
   */
  async isAdmin(teamId: string, userId: string): Promise<boolean> {
    if (this.configuredAdmins.includes(userId)) return true;
    const info = await this.info(userId);
    if (info === null || !info.isAdmin) return false;
    if (info.teamId !== teamId && !info.teams.includes(teamId)) return false;
    const home = await this.home();
    return home.enterprise || home.teamId === null || home.teamId === teamId;
  }

  /** The bot's own workspace (auth.test), asked once. */
  private home(): Promise<{ teamId: string | null; enterprise: boolean }> {
    if (this.homeTeam === null) {
      const asked = this.client.auth.test().then((answer) => ({
        teamId: str(answer.team_id) ?? null,
        enterprise: answer.is_enterprise_install === true,
      }));
      // A failed look-up is asked again next time rather than remembered.
      asked.catch(() => {
        if (this.homeTeam === asked) this.homeTeam = null;
      });
      this.homeTeam = asked;
    }
    return this.homeTeam;
  }
}
