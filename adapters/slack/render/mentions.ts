import { escapeMrkdwn, fitPlain } from '../block-limits.ts';
import { splitQualified } from '../slack-ids.ts';

/**
 * A real mention of a player (`<@U…>`): Slack shows their current name and notifies them. Only for those
 * the bot means to reach (the challenged player, the winners); anyone else is named as escaped text, and
 * a player who is not a Slack user (a terminal player in a shared store) is always text.
 */
export function slackMention(playerId: string, displayName: string): string {
  const user = splitQualified(playerId)?.localId;
  return user !== undefined && user !== null && /^[UW][A-Z0-9]+$/.test(user)
    ? `<@${user}>`
    : escapeMrkdwn(fitPlain(displayName, 60));
}
