/**
 * Inbound payloads shaped like the ones Slack sends (the fields Bolt and our adapter read), built from a
 * few ids so tests read as "U7 clicks option 2 in C1".
 */
export interface Who {
  readonly team: string;
  readonly user: string;
  readonly userName?: string;
}

export function slashCommand(
  who: Who,
  channel: string,
  text: string,
  responseUrl: string,
): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: who.team,
    team_domain: `team-${who.team.toLowerCase()}`,
    channel_id: channel,
    channel_name: `chan-${channel.toLowerCase()}`,
    user_id: who.user,
    user_name: who.userName ?? who.user.toLowerCase(),
    command: '/quiz',
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
  };
}

export function blockAction(
  who: Who,
  channel: string,
  action: { actionId: string; value: string; messageTs?: string },
  responseUrl: string,
  options: { ephemeral?: boolean } = {},
): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: who.team, domain: `team-${who.team.toLowerCase()}` },
    user: {
      id: who.user,
      username: who.userName ?? who.user.toLowerCase(),
      name: who.userName ?? who.user.toLowerCase(),
      team_id: who.team,
    },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: options.ephemeral
      ? { type: 'message', message_ts: action.messageTs ?? '1.1', channel_id: channel, is_ephemeral: true }
      : { type: 'message', message_ts: action.messageTs ?? '1.1', channel_id: channel, is_ephemeral: false },
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    channel: { id: channel, name: `chan-${channel.toLowerCase()}` },
    message: options.ephemeral ? undefined : { type: 'message', ts: action.messageTs ?? '1.1', text: '' },
    response_url: responseUrl,
    actions: [
      {
        type: 'button',
        action_id: action.actionId,
        block_id: 'b',
        text: { type: 'plain_text', text: 'x' },
        value: action.value,
        action_ts: `${Math.floor(Date.now() / 1000)}.000001`,
      },
    ],
  };
}

export function appHomeOpened(who: Who): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: who.team,
    api_app_id: 'A1',
    event: { type: 'app_home_opened', user: who.user, channel: `D${who.user}`, tab: 'home', event_ts: '1.1' },
    type: 'event_callback',
    event_id: `Ev${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: who.team, user_id: 'UBOT', is_bot: true }],
  };
}

/** A choice in an overflow menu ("…"): Slack sends the option chosen instead of a value. */
export function menuAction(
  who: Who,
  channel: string,
  action: { actionId: string; selected: string; messageTs?: string },
  responseUrl: string,
  options: { ephemeral?: boolean } = {},
): Record<string, unknown> {
  const payload = blockAction(
    who,
    channel,
    {
      actionId: action.actionId,
      value: '',
      ...(action.messageTs === undefined ? {} : { messageTs: action.messageTs }),
    },
    responseUrl,
    options,
  );
  payload.actions = [
    {
      type: 'overflow',
      action_id: action.actionId,
      block_id: 'b',
      selected_option: { text: { type: 'plain_text', text: 'x' }, value: action.selected },
      action_ts: `${Math.floor(Date.now() / 1000)}.000001`,
    },
  ];
  return payload;
}

/**
 * A modal submitted: the view as we opened it (callback_id, private_metadata) with `values` as Slack
 * reports input state, block_id -> action_id -> { value } or { selected_option }.
 */
export function viewSubmission(
  who: Who,
  view: Record<string, unknown>,
  values: Record<string, Record<string, Record<string, unknown>>>,
): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: who.team, domain: `team-${who.team.toLowerCase()}` },
    user: {
      id: who.user,
      username: who.userName ?? who.user.toLowerCase(),
      name: who.userName ?? who.user.toLowerCase(),
      team_id: who.team,
    },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    view: {
      id: 'V1',
      team_id: who.team,
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      title: view.title,
      blocks: view.blocks,
      state: { values },
      hash: '1.abc',
      app_id: 'A1',
      bot_id: 'BBOT',
    },
    response_urls: [],
  };
}
