import {
  channelObject,
  type FakeChannel,
  type FakeGuild,
  type FakeUser,
  memberObject,
  messageObject,
  nextSnowflake,
  PERMISSIONS,
  userObject,
} from './discord-fixtures.ts';
import type { FakeDiscord, InteractionState, StoredMessage } from './fake-discord.ts';

/**
 * INTERACTION_CREATE payloads as Discord sends them (slash commands, buttons, autocomplete), pushed
 * through the fake gateway. Returns the interaction so a test can wait for the bot's callback.
 */

export interface Where {
  readonly guild: FakeGuild;
  readonly channel: FakeChannel;
  readonly user: FakeUser;
  /** Discord permission bits of the member; default an ordinary member. */
  readonly permissions?: string;
  /** The user's client language, e.g. 'zh-CN'. */
  readonly locale?: string;
  /** Sent from a direct message with the bot instead of the server. */
  readonly dm?: boolean;
  /** The bot's permissions in the channel as Discord reports them (app_permissions); default the fake's. */
  readonly appPermissions?: string;
}

export interface CommandOption {
  readonly name: string;
  /** 1 subcommand, 3 string, 4 integer, 5 boolean, 6 user. */
  readonly type: number;
  readonly value?: string | number | boolean;
  readonly options?: readonly CommandOption[];
  readonly focused?: boolean;
}

function base(fake: FakeDiscord, where: Where, type: number): Record<string, unknown> {
  if (where.dm) {
    return {
      id: nextSnowflake(),
      application_id: fake.applicationId,
      type,
      token: `tok-${nextSnowflake()}`,
      version: 1,
      channel_id: where.channel.id,
      channel: { id: where.channel.id, type: 1, recipients: [userObject(where.user)] },
      user: userObject(where.user),
      locale: where.locale ?? 'en-US',
      app_permissions: PERMISSIONS.member,
      entitlements: [],
      authorizing_integration_owners: { '1': where.user.id },
      context: 1,
      attachment_size_limit: 8_388_608,
    };
  }
  return {
    id: nextSnowflake(),
    application_id: fake.applicationId,
    type,
    token: `tok-${nextSnowflake()}`,
    version: 1,
    guild_id: where.guild.id,
    channel_id: where.channel.id,
    channel: channelObject(where.guild.id, where.channel, 0),
    member: memberObject(where.user, where.permissions ?? PERMISSIONS.member, true),
    locale: where.locale ?? 'en-US',
    guild_locale: where.guild.preferredLocale ?? 'en-US',
    app_permissions: where.appPermissions ?? String(fake.rest.permissionsIn(where.channel.id)),
    entitlements: [],
    authorizing_integration_owners: { '0': where.guild.id },
    context: 0,
    attachment_size_limit: 8_388_608,
  };
}

function dispatch(
  fake: FakeDiscord,
  payload: Record<string, unknown>,
  messageId: string | null,
): InteractionState {
  const state = fake.registerInteraction({
    id: String(payload.id),
    token: String(payload.token),
    channelId: String(payload.channel_id),
    messageId,
  });
  fake.gateway.dispatch('INTERACTION_CREATE', payload);
  return state;
}

/** `/name options…`; users named in USER options are resolved the way Discord does. */
export function sendCommand(
  fake: FakeDiscord,
  where: Where,
  name: string,
  options: readonly CommandOption[] = [],
  resolvedUsers: readonly FakeUser[] = [],
): InteractionState {
  const payload = base(fake, where, 2);
  payload.data = {
    id: nextSnowflake(),
    name,
    type: 1,
    options,
    ...(resolvedUsers.length === 0
      ? {}
      : {
          resolved: {
            users: Object.fromEntries(resolvedUsers.map((u) => [u.id, userObject(u)])),
            members: Object.fromEntries(
              resolvedUsers.map((u) => [u.id, memberObject(u, PERMISSIONS.member, false)]),
            ),
          },
        }),
  };
  return dispatch(fake, payload, null);
}

export function sendAutocomplete(
  fake: FakeDiscord,
  where: Where,
  name: string,
  options: readonly CommandOption[],
): InteractionState {
  const payload = base(fake, where, 4);
  payload.data = { id: nextSnowflake(), name, type: 1, options };
  return dispatch(fake, payload, null);
}

/** A press on a button of `message` (a message the fake stored, so it knows its flags). */
export function sendButton(
  fake: FakeDiscord,
  where: Where,
  message: StoredMessage,
  customId: string,
): InteractionState {
  const payload = base(fake, where, 3);
  payload.message = messageObject({
    id: message.id,
    channelId: message.channelId,
    author: fake.botUser,
    body: message.body,
    applicationId: fake.applicationId,
    ...(message.createdAt === undefined ? {} : { createdAt: message.createdAt }),
  });
  payload.data = { custom_id: customId, component_type: 2 };
  return dispatch(fake, payload, message.id);
}

/** custom_ids of the buttons on a stored message, in order. */
export function buttonIds(message: StoredMessage): string[] {
  const rows = Array.isArray(message.body.components) ? message.body.components : [];
  const ids: string[] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || !('components' in row) || !Array.isArray(row.components))
      continue;
    for (const button of row.components) {
      if (
        typeof button === 'object' &&
        button !== null &&
        'custom_id' in button &&
        typeof button.custom_id === 'string'
      )
        ids.push(button.custom_id);
    }
  }
  return ids;
}

/** Everything a user reads on a message: content, embed titles, descriptions, fields, footers. */
export function visibleText(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const parts: string[] = [];
  const record = body as Record<string, unknown>;
  if (typeof record.content === 'string') parts.push(record.content);
  const embeds = Array.isArray(record.embeds) ? record.embeds : [];
  for (const embed of embeds) {
    if (typeof embed !== 'object' || embed === null) continue;
    const e = embed as Record<string, unknown>;
    for (const key of ['title', 'description'] as const) if (typeof e[key] === 'string') parts.push(e[key]);
    if (Array.isArray(e.fields))
      for (const f of e.fields)
        if (typeof f === 'object' && f !== null) parts.push(String(f.name), String(f.value));
    if (typeof e.footer === 'object' && e.footer !== null && 'text' in e.footer)
      parts.push(String(e.footer.text));
  }
  return parts.join('\n');
}

/**
 * A modal submitted (interaction type 5), as Discord sends the form: each Label with the value of the
 * component inside it. `fields` maps a component's custom_id to the values of a select or a text value.
 * `from` is the message whose button opened the form.
 */
export function sendModalSubmit(
  fake: FakeDiscord,
  where: Where,
  customId: string,
  fields: Readonly<Record<string, readonly string[] | string>>,
  from?: StoredMessage,
): InteractionState {
  const payload = base(fake, where, 5);
  if (from !== undefined)
    payload.message = messageObject({
      id: from.id,
      channelId: from.channelId,
      author: fake.botUser,
      body: from.body,
      applicationId: fake.applicationId,
    });
  let id = 0;
  payload.data = {
    custom_id: customId,
    components: Object.entries(fields).map(([name, value]) => ({
      type: 18,
      id: ++id,
      component:
        typeof value === 'string'
          ? { type: 4, id: ++id, custom_id: name, value }
          : { type: 3, id: ++id, custom_id: name, values: [...value] },
    })),
  };
  return dispatch(fake, payload, from?.id ?? null);
}
