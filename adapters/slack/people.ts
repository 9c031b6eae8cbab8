import type { WebClient } from '@slack/web-api';
import type { Clock } from '../../src/engine/clock.ts';

export interface PersonInfo {
  readonly id: string;
  readonly name: string;
  readonly isBot: boolean;
  readonly isAdmin: boolean;
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

  constructor(
    private readonly client: WebClient,
    private readonly clock: Clock,
    private readonly configuredAdmins: readonly string[],
  ) {}

  /** null when Slack does not know the user. Other failures throw. */
  async info(userId: string): Promise<PersonInfo | null> {
    const now = this.clock.now().getTime();
    const hit = this.cache.get(userId);
    if (hit !== undefined && now - hit.at < TTL_MS) return hit.info;
    let answer: Awaited<ReturnType<WebClient['users']['info']>>;
    try {
      answer = await this.client.users.info({ user: userId });
    } catch (error) {
      if (str(obj(obj(error).data).error) === 'user_not_found') return null;
      throw error;
    }
    const user = obj(answer.user);
    const profile = obj(user.profile);
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
    };
    this.cache.set(userId, { info, at: now });
    return info;
  }

  /** Workspace admins and owners, or the ids in SLACK_ADMIN_USER_IDS. */
  async isAdmin(userId: string): Promise<boolean> {
    if (this.configuredAdmins.includes(userId)) return true;
    const info = await this.info(userId);
    return info?.isAdmin ?? false;
  }
}
