import { DefaultRestOptions, type Interaction, InteractionType, type RESTOptions } from 'discord.js';
import type { PlatformMetrics } from '../../src/ops/metrics-port.ts';

/**
 * What Discord tells the metrics (src/ops/metrics-port.ts): interactions by type, their acknowledgements
 * (the first callback Discord accepted), and REST 429s by route. Kinds are a closed list.
 */
export const DISCORD_INTERACTION_KINDS = [
  'application_command',
  'message_component',
  'autocomplete',
  'modal_submit',
  'other',
] as const;
export type DiscordInteractionKind = (typeof DISCORD_INTERACTION_KINDS)[number];

export function discordInteractionKind(interaction: Interaction): DiscordInteractionKind {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
      return 'application_command';
    case InteractionType.MessageComponent:
      return 'message_component';
    case InteractionType.ApplicationCommandAutocomplete:
      return 'autocomplete';
    case InteractionType.ModalSubmit:
      return 'modal_submit';
    default:
      return 'other';
  }
}

/**
 * discord.js's own transport, counting each HTTP 429 it receives. Its `rateLimited` event is not that: it
 * fires when its limiter holds a request back to avoid a 429 (that one is logged, see index.ts); a 429 that
 * still comes back is what Discord counts against the bot, so it is counted where the response arrives.
 */
export function countingTransport(metrics: PlatformMetrics): RESTOptions['makeRequest'] {
  return async (url, init) => {
    const response = await DefaultRestOptions.makeRequest(url, init);
    if (response.status === 429) metrics.rateLimited(discordRoute(init.method ?? 'GET', url));
    return response;
  };
}

/**
 * `POST /channels/:id/messages` from a request URL: the API version, ids, interaction and webhook tokens
 * and emoji are replaced, so the route names the method and nothing about who or where.
 */
export function discordRoute(method: string, url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return 'other';
  }
  const route = path
    .replace(/^.*?\/v\d+(?=\/)/, '')
    .replace(/\/(interactions|webhooks)\/(\d+)\/[^/]+/, '/$1/:id/:token')
    .replace(/\/reactions\/[^/]+/, '/reactions/:emoji')
    .replace(/\/\d+(?=\/|$)/g, '/:id');
  return `${method.toUpperCase()} ${route}`;
}
