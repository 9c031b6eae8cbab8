import type { EventSource } from './app-lifecycle.ts';

/** Fields of Slack's request payloads the adapter reads, wherever Bolt leaves them. */

export function eventIdOf(body: object): string | null {
  return 'event_id' in body && typeof body.event_id === 'string' && body.event_id !== ''
    ? body.event_id
    : null;
}

/** Block actions carry a response_url unless they come from a view (App Home, modals). */
export function responseUrlOf(body: object): string | undefined {
  return 'response_url' in body && typeof body.response_url === 'string' ? body.response_url : undefined;
}

export function eventSourceOf(context: Readonly<Record<string, unknown>>): EventSource {
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    teamId: text(context.teamId),
    enterpriseId: text(context.enterpriseId),
    isEnterpriseInstall: context.isEnterpriseInstall === true,
  };
}
