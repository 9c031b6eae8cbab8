import type { ServerResponse } from 'node:http';
import { SnowflakeUtil } from 'discord.js';
import {
  channelObject,
  type FakeGuild,
  type FakeUser,
  guildObject,
  messageObject,
  nextSnowflake,
  PERMISSION_BIT,
  PERMISSIONS,
  userObject,
} from './discord-fixtures.ts';
import {
  checkAutocompleteBody,
  checkCommandsBody,
  checkMessageBody,
  checkModalBody,
} from './discord-payload-check.ts';

/**
 * The fake Discord's REST routes: interaction callbacks, webhook edits and follow-ups, channel messages and
 * application commands. Payloads over Discord's limits get Discord's 400 and are kept in `violations`.
 */

/** A file part of a multipart request: `files[n]`, its file name, type and bytes. */
export interface UploadedFile {
  readonly key: string;
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** A file attached to a message, with the bytes that arrived. */
export interface StoredAttachment {
  readonly id: string;
  readonly filename: string;
  readonly description: string | null;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** Discord's attachment_size_limit for the servers of the fake (what interactions say too). */
const ATTACHMENT_SIZE_LIMIT = 8_388_608;

export interface StoredMessage {
  readonly id: string;
  readonly channelId: string;
  body: Record<string, unknown>;
  /** Files attached, in order. */
  attachments: StoredAttachment[];
  edits: number;
  /** Set for messages created by an interaction response. */
  readonly interactionId?: string;
  /** When Discord created it (the fake's clock): the message's `timestamp`. */
  readonly createdAt?: Date;
}

export interface InteractionState {
  readonly id: string;
  readonly token: string;
  readonly channelId: string;
  /** The message a component was on. */
  readonly messageId: string | null;
  readonly sentAt: number;
  /** The callback, once the bot answered. */
  callback: { type: number; data: unknown; at: number } | null;
  /** The message that `@original` refers to. */
  originalId: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export class FakeDiscordRest {
  readonly violations: { path: string; problems: string[] }[] = [];
  readonly messages = new Map<string, StoredMessage>();
  /** Message ids by channel and enforced nonce. */
  private readonly nonces = new Map<string, string>();
  readonly interactions = new Map<string, InteractionState>();
  readonly commands = new Map<string, unknown[]>();
  /** Channels that answer 403 Missing Access. */
  readonly forbiddenChannels = new Set<string>();
  /** The bot's permissions per channel, where they differ from what it was invited with (PERMISSIONS.bot). */
  readonly botPermissions = new Map<string, bigint>();
  /** Direct-message channels the bot opened: channel id -> the user's id. */
  readonly dmChannels = new Map<string, string>();
  /** Users who do not accept direct messages from the bot (Discord's 50007). */
  readonly closedDms = new Set<string>();

  constructor(
    private readonly options: {
      readonly applicationId: string;
      readonly botUser: FakeUser;
      readonly guilds: () => readonly FakeGuild[];
      readonly gatewayUrl: () => string;
      /** GET /gateway/bot: the recommended shard count and how many shards may identify at once. */
      readonly recommendedShards: number;
      readonly maxConcurrency: number;
      /** The time Discord stamps on a message it creates. */
      readonly now: () => Date;
    },
  ) {}

  /** What the bot may do in a channel: PERMISSIONS.bot unless a test changed it. */
  permissionsIn(channelId: string): bigint {
    return this.botPermissions.get(channelId) ?? BigInt(PERMISSIONS.bot);
  }

  private newMessage(
    channelId: string,
    body: unknown,
    interactionId?: string,
    files: readonly UploadedFile[] = [],
  ): StoredMessage {
    const message: StoredMessage = {
      id: nextSnowflake(),
      channelId,
      body: isRecord(body) ? body : {},
      attachments: attachmentsAfter([], body, files),
      edits: 0,
      createdAt: this.options.now(),
      ...(interactionId === undefined ? {} : { interactionId }),
    };
    this.messages.set(message.id, message);
    return message;
  }

  private get applicationId(): string {
    return this.options.applicationId;
  }
  private get botUser(): FakeUser {
    return this.options.botUser;
  }
  private get guilds(): readonly FakeGuild[] {
    return this.options.guilds();
  }
  private get gatewayUrl(): string {
    return this.options.gatewayUrl();
  }

  private invalid(res: ServerResponse, path: string, problems: string[]): boolean {
    if (problems.length === 0) return false;
    this.violations.push({ path, problems });
    send(res, 400, { code: 50035, message: 'Invalid Form Body', errors: { _errors: problems } });
    return true;
  }

  /**
   * What Discord refuses about a message's files: a part not named `files[n]`, a file not listed in
   * `attachments` (or listed without its part), a description over 1,024 characters, a file over the size
   * limit, or an embed image `attachment://name` naming no file of the message.
   */
  private fileProblems(
    body: unknown,
    files: readonly UploadedFile[],
    kept: readonly StoredAttachment[],
  ): string[] {
    const problems: string[] = [];
    const listed = isRecord(body) && Array.isArray(body.attachments) ? body.attachments.filter(isRecord) : [];
    const names = new Set(kept.map((a) => a.filename));
    for (const file of files) {
      const index = /^files\[(\d+)\]$/.exec(file.key)?.[1];
      if (index === undefined) problems.push(`file part "${file.key}" is not files[n]`);
      else if (!listed.some((a) => String(a.id) === index))
        problems.push(`file ${file.key} is not listed in attachments`);
      if (file.bytes.length > ATTACHMENT_SIZE_LIMIT)
        problems.push(`file ${file.name} has ${file.bytes.length} bytes (max ${ATTACHMENT_SIZE_LIMIT})`);
      names.add(file.name);
    }
    for (const a of listed) {
      const isNew = files.some((f) => f.key === `files[${String(a.id)}]`);
      if (!isNew && !kept.some((k) => k.id === String(a.id)))
        problems.push(`attachments lists ${String(a.id)}, which is neither a file part nor kept`);
      if (chars(a.description) > 1024)
        problems.push(`attachment description has ${chars(a.description)} characters (max 1024)`);
    }
    const embeds = isRecord(body) && Array.isArray(body.embeds) ? body.embeds.filter(isRecord) : [];
    for (const embed of embeds) {
      const url = isRecord(embed.image) ? embed.image.url : undefined;
      if (
        typeof url === 'string' &&
        url.startsWith('attachment://') &&
        !names.has(url.slice('attachment://'.length))
      )
        problems.push(`embed image ${url} names no file of the message`);
    }
    return problems;
  }

  route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    res: ServerResponse,
    files: readonly UploadedFile[] = [],
  ): void {
    const parts = path.split('/').filter(Boolean);
    if (method === 'GET' && path === '/gateway/bot') {
      send(res, 200, {
        url: this.gatewayUrl,
        shards: this.options.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 0,
          max_concurrency: this.options.maxConcurrency,
        },
      });
      return;
    }
    if (method === 'GET' && parts[0] === 'guilds' && parts.length === 2) {
      const guild = this.guilds.find((g) => g.id === parts[1]);
      if (guild === undefined) send(res, 404, { message: 'Unknown Guild', code: 10004 });
      else send(res, 200, guildObject(guild, this.botUser));
      return;
    }
    if (parts[0] === 'interactions' && parts[3] === 'callback' && method === 'POST') {
      this.interactionCallback(parts[1] ?? '', parts[2] ?? '', query, body, res, path, files);
      return;
    }
    if (parts[0] === 'webhooks') {
      this.webhook(method, parts, body, res, path, files);
      return;
    }
    if (parts[0] === 'channels') {
      this.channel(method, parts, query, body, res, path, files);
      return;
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = isRecord(body) && typeof body.recipient_id === 'string' ? body.recipient_id : '';
      const existing = [...this.dmChannels].find(([, user]) => user === recipient)?.[0];
      const id = existing ?? nextSnowflake();
      this.dmChannels.set(id, recipient);
      send(res, 200, {
        id,
        type: 1,
        last_message_id: null,
        recipients: [userObject({ id: recipient, username: `user-${recipient.slice(-4)}` })],
      });
      return;
    }
    if (parts[0] === 'applications' && parts.at(-1) === 'commands') {
      const key = parts.length === 5 ? `guild:${parts[3]}` : 'global';
      if (method === 'PUT') {
        if (this.invalid(res, path, checkCommandsBody(body))) return;
        const list = (Array.isArray(body) ? body : []).map((c: unknown) => ({
          ...(isRecord(c) ? c : {}),
          id: nextSnowflake(),
          application_id: this.applicationId,
          version: nextSnowflake(),
        }));
        this.commands.set(key, list);
        send(res, 200, list);
        return;
      }
      send(res, 200, this.commands.get(key) ?? []);
      return;
    }
    send(res, 404, { message: '404: Not Found', code: 0 });
  }

  private interactionCallback(
    id: string,
    token: string,
    query: URLSearchParams,
    body: unknown,
    res: ServerResponse,
    path: string,
    files: readonly UploadedFile[],
  ): void {
    const interaction = this.interactions.get(id);
    if (interaction === undefined || interaction.token !== token) {
      send(res, 404, { message: 'Unknown interaction', code: 10062 });
      return;
    }
    if (interaction.callback !== null) {
      send(res, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      return;
    }
    const type = isRecord(body) && typeof body.type === 'number' ? body.type : -1;
    const data = isRecord(body) && isRecord(body.data) ? body.data : {};
    if (type === 8 && this.invalid(res, path, checkAutocompleteBody(data))) return;
    if ((type === 4 || type === 7) && this.invalid(res, path, checkMessageBody(data))) return;
    if (type === 9 && this.invalid(res, path, checkModalBody(data))) return;
    const updated =
      type === 7 && interaction.messageId !== null ? this.messages.get(interaction.messageId) : undefined;
    if (this.invalid(res, path, this.fileProblems(data, files, updated?.attachments ?? []))) return;
    interaction.callback = { type, data, at: performance.now() };
    let message: StoredMessage | undefined;
    if (type === 4 || type === 5) {
      message = this.newMessage(interaction.channelId, data, id, files);
      interaction.originalId = message.id;
    } else if ((type === 6 || type === 7) && interaction.messageId !== null) {
      interaction.originalId = interaction.messageId;
      message = this.messages.get(interaction.messageId);
      if (message && type === 7) {
        message.body = { ...message.body, ...data };
        message.attachments = attachmentsAfter(message.attachments, data, files);
        message.edits += 1;
      }
    }
    if (query.get('with_response') !== 'true') {
      res.writeHead(204).end();
      return;
    }
    send(res, 200, {
      interaction: {
        id,
        type: 3,
        response_message_id: message?.id,
        response_message_loading: type === 5,
        response_message_ephemeral:
          isRecord(data) && typeof data.flags === 'number' && (data.flags & 64) !== 0,
      },
      resource: message ? { type, message: this.render(message) } : { type },
    });
  }

  private webhook(
    method: string,
    parts: string[],
    body: unknown,
    res: ServerResponse,
    path: string,
    files: readonly UploadedFile[],
  ): void {
    const token = parts[2];
    const interaction = [...this.interactions.values()].find((i) => i.token === token);
    if (interaction === undefined || parts[1] !== this.applicationId) {
      send(res, 404, { message: 'Unknown Webhook', code: 10015 });
      return;
    }
    if (parts.length === 3 && method === 'POST') {
      if (this.invalid(res, path, [...checkMessageBody(body), ...this.fileProblems(body, files, [])])) return;
      send(res, 200, this.render(this.newMessage(interaction.channelId, body, interaction.id, files)));
      return;
    }
    const target = parts[4] === '@original' ? interaction.originalId : (parts[4] ?? null);
    const message = target === null ? undefined : this.messages.get(target);
    if (message === undefined) {
      send(res, 404, { message: 'Unknown Message', code: 10008 });
      return;
    }
    this.message(method, message, body, res, path, files);
  }

  private channel(
    method: string,
    parts: string[],
    query: URLSearchParams,
    body: unknown,
    res: ServerResponse,
    path: string,
    files: readonly UploadedFile[],
  ): void {
    const channelId = parts[1] ?? '';
    const dmUser = this.dmChannels.get(channelId);
    const known = dmUser !== undefined || this.guilds.some((g) => g.channels.some((c) => c.id === channelId));
    if (!known) {
      send(res, 404, { message: 'Unknown Channel', code: 10003 });
      return;
    }
    const permissions = dmUser === undefined ? this.permissionsIn(channelId) : BigInt(PERMISSIONS.bot);
    if (this.forbiddenChannels.has(channelId) || (permissions & PERMISSION_BIT.viewChannel) === 0n) {
      send(res, 403, { message: 'Missing Access', code: 50001 });
      return;
    }
    if (method === 'GET' && parts.length === 2 && dmUser === undefined) {
      const guild = this.guilds.find((g) => g.channels.some((c) => c.id === channelId));
      const index = guild?.channels.findIndex((c) => c.id === channelId) ?? -1;
      const channel = guild?.channels[index];
      if (guild !== undefined && channel !== undefined)
        send(res, 200, channelObject(guild.id, channel, index));
      return;
    }
    const writes = parts[2] === 'messages' && (method === 'POST' || method === 'PATCH');
    if (writes && dmUser !== undefined && this.closedDms.has(dmUser)) {
      send(res, 403, { message: 'Cannot send messages to this user', code: 50007 });
      return;
    }
    const hasEmbeds = isRecord(body) && Array.isArray(body.embeds) && body.embeds.length > 0;
    if (
      writes &&
      ((permissions & PERMISSION_BIT.sendMessages) === 0n ||
        (hasEmbeds && (permissions & PERMISSION_BIT.embedLinks) === 0n))
    ) {
      send(res, 403, { message: 'Missing Permissions', code: 50013 });
      return;
    }
    if (parts[2] === 'messages' && parts.length === 3 && method === 'GET') {
      send(res, 200, this.history(channelId, query));
      return;
    }
    if (parts[2] === 'messages' && parts.length === 3 && method === 'POST') {
      if (this.invalid(res, path, [...checkMessageBody(body), ...this.fileProblems(body, files, [])])) return;
      // enforce_nonce: a post repeating a nonce gets the message the first one created, not a second one.
      const nonce = enforcedNonce(body);
      const earlier =
        nonce === null ? undefined : this.messages.get(this.nonces.get(`${channelId}|${nonce}`) ?? '');
      if (earlier !== undefined) {
        send(res, 200, this.render(earlier));
        return;
      }
      const created = this.newMessage(channelId, body, undefined, files);
      if (nonce !== null) this.nonces.set(`${channelId}|${nonce}`, created.id);
      send(res, 200, this.render(created));
      return;
    }
    if (parts[2] === 'messages' && parts.length === 4) {
      const message = this.messages.get(parts[3] ?? '');
      if (message === undefined || message.channelId !== channelId) {
        send(res, 404, { message: 'Unknown Message', code: 10008 });
        return;
      }
      this.message(method, message, body, res, path, files);
      return;
    }
    send(res, 404, { message: '404: Not Found', code: 0 });
  }

  private message(
    method: string,
    message: StoredMessage,
    body: unknown,
    res: ServerResponse,
    path: string,
    files: readonly UploadedFile[] = [],
  ): void {
    if (method === 'GET') {
      send(res, 200, this.render(message));
      return;
    }
    if (method === 'DELETE') {
      this.messages.delete(message.id);
      res.writeHead(204).end();
      return;
    }
    if (method === 'PATCH') {
      const problems = [...checkMessageBody(body), ...this.fileProblems(body, files, message.attachments)];
      if (this.invalid(res, path, problems)) return;
      message.body = { ...message.body, ...(isRecord(body) ? body : {}) };
      message.attachments = attachmentsAfter(message.attachments, body, files);
      message.edits += 1;
      send(res, 200, this.render(message));
      return;
    }
    send(res, 405, { message: 'Method Not Allowed', code: 0 });
  }

  forgetNonces(): void {
    this.nonces.clear();
  }

  /**
   * GET /channels/{id}/messages with `after` and `limit` (the only paging the bot uses), newest first.
   * The fake's ids are ordered but carry no real time, so an `after` that is not one of its messages is
   * read as Discord reads every snowflake: as an instant, compared with when each message was created.
   */
  private history(channelId: string, query: URLSearchParams): Record<string, unknown>[] {
    const after = query.get('after') ?? '0';
    const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? '50')));
    const anchor = this.messages.get(after);
    const since = SnowflakeUtil.timestampFrom(after);
    const isNewer = (m: StoredMessage): boolean =>
      anchor !== undefined
        ? BigInt(m.id) > BigInt(anchor.id)
        : (m.createdAt?.getTime() ?? Number.POSITIVE_INFINITY) > since;
    const newer = [...this.messages.values()]
      .filter((m) => m.channelId === channelId && isNewer(m))
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
      .slice(0, limit);
    return newer.reverse().map((m) => this.render(m));
  }

  private render(message: StoredMessage): Record<string, unknown> {
    return messageObject({
      id: message.id,
      channelId: message.channelId,
      author: this.botUser,
      body: message.body,
      attachments: message.attachments,
      edited: message.edits > 0,
      ...(message.createdAt === undefined ? {} : { createdAt: message.createdAt }),
      ...(message.interactionId === undefined
        ? {}
        : { applicationId: this.applicationId, interactionId: message.interactionId }),
    });
  }
}

export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

const chars = (s: unknown): number => (typeof s === 'string' ? [...s].length : 0);

/**
 * A message's files after a create or an edit: with `attachments` in the body, the listed ones it already
 * had and the new file parts (each with the description listed for it); without, the old ones and the new.
 */
function attachmentsAfter(
  kept: readonly StoredAttachment[],
  body: unknown,
  files: readonly UploadedFile[],
): StoredAttachment[] {
  const listed = isRecord(body) && Array.isArray(body.attachments) ? body.attachments.filter(isRecord) : null;
  const old = listed === null ? kept : kept.filter((a) => listed.some((l) => String(l.id) === a.id));
  const added = files.map((file) => {
    const entry = listed?.find((l) => file.key === `files[${String(l.id)}]`);
    return {
      id: nextSnowflake(),
      filename: file.name,
      description: typeof entry?.description === 'string' ? entry.description : null,
      contentType: file.contentType,
      bytes: file.bytes,
    };
  });
  return [...old, ...added];
}

function enforcedNonce(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { nonce, enforce_nonce: enforce } = body as { nonce?: unknown; enforce_nonce?: unknown };
  return enforce === true && typeof nonce === 'string' ? nonce : null;
}
