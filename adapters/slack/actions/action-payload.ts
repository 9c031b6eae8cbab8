import { z } from 'zod';
import type { SlackWho } from '../slack-context.ts';

/**
 * The parts of a block_actions payload we read, checked rather than trusted: the user and team come from
 * Slack (signed request), the button value from the user's client (never trusted; see action-values.ts).
 */
const blockActionSchema = z.object({
  team: z.object({ id: z.string(), domain: z.string().optional() }).nullable().optional(),
  user: z.object({
    id: z.string(),
    name: z.string().optional(),
    username: z.string().optional(),
    team_id: z.string().optional(),
  }),
  channel: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  container: z.object({ channel_id: z.string().optional(), is_ephemeral: z.boolean().optional() }).optional(),
  actions: z
    .array(
      z.object({
        action_id: z.string(),
        value: z.string().optional(),
        // A menu (overflow) sends the option chosen instead of a value.
        selected_option: z.object({ value: z.string() }).optional(),
      }),
    )
    .min(1),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
});

export interface ActionCall {
  readonly who: SlackWho;
  readonly channel: string | null;
  readonly channelName: string;
  readonly actionId: string;
  /** The button's value, or the menu option's. */
  readonly value: string | undefined;
  /** Opens a form (views.open) for a few seconds after the click. */
  readonly triggerId: string | undefined;
  /** Where replies to this click go; absent for clicks in a view (App Home, a form). */
  readonly responseUrl: string | undefined;
}

export function readBlockAction(body: unknown): ActionCall | null {
  const parsed = blockActionSchema.safeParse(body);
  if (!parsed.success) return null;
  const b = parsed.data;
  const teamId = b.team?.id ?? b.user.team_id;
  const action = b.actions[0];
  if (teamId === undefined || action === undefined) return null;
  const channel = b.channel?.id ?? b.container?.channel_id ?? null;
  return {
    who: {
      teamId,
      teamName: b.team?.domain ?? teamId,
      userId: b.user.id,
      userName: b.user.name ?? b.user.username ?? b.user.id,
    },
    channel,
    channelName: b.channel?.name ?? channel ?? '',
    actionId: action.action_id,
    value: action.value ?? action.selected_option?.value,
    triggerId: b.trigger_id,
    responseUrl: b.response_url,
  };
}
