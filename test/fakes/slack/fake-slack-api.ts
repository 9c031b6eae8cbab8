import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkMessage, checkModal, checkView } from './block-kit-check.ts';
import { FakeSocketMode } from './fake-socket-mode.ts';

/**
 * A Slack Web API on 127.0.0.1 that speaks the wire protocol the real @slack/web-api client uses: form or
 * JSON bodies, `{ ok, error }` answers, 429 with Retry-After. It keeps channels, messages, users and App
 * Home views, records every call, and checks every payload against Block Kit's limits; a payload Slack
 * would reject gets Slack's `invalid_blocks` and is listed in `violations` (tests assert it stays empty).
 *
 * Methods: auth.test, chat.postMessage, chat.update, chat.postEphemeral, views.publish, views.open, users.info,
 * conversations.info, conversations.history, conversations.open, apps.connections.open, and the file
 * upload of files.uploadV2 (files.getUploadURLExternal, a POST of the bytes to the upload URL under
 * /upload/<file id>, files.completeUploadExternal); plus response_url targets under /response/<n>.
 *
 * Several workspaces (OAuth installs): `addWorkspace` gives a workspace its own bot token, bot user and bot
 * id; `approveInstall` is the person clicking "Allow" (a one-use code for oauth.v2.access, which checks the
 * client id and secret and answers with that workspace's token). Once any workspace is added, a call with a
 * token the fake did not hand out (or one revoked with `revokeToken`) is refused as Slack would, and
 * `teamOf(call)` says which workspace's token a recorded call used.
 */
export interface FakeUser {
  readonly id: string;
  readonly teamId: string;
  readonly name: string;
  readonly isAdmin?: boolean;
  readonly isOwner?: boolean;
  readonly isBot?: boolean;
}

export interface RecordedCall {
  readonly method: string;
  readonly body: Record<string, unknown>;
  readonly token: string | null;
  readonly status: number;
  readonly answer: Record<string, unknown>;
}

export interface StoredMessage {
  readonly channel: string;
  readonly ts: string;
  text: string;
  blocks: unknown[];
  edits: number;
  /** Who posted it: our bot (through the API) or a person (added by a test with addMessage). */
  readonly user: string;
  readonly botId: string | null;
  /** Message metadata as posted (`{ event_type, event_payload }`), returned by history when asked. */
  readonly metadata: Record<string, unknown> | null;
  /** The parent's ts for a reply in a thread; absent for a message in the channel itself. */
  readonly threadTs?: string;
}

/** A file the bot uploaded and shared (files.completeUploadExternal), with the bytes that arrived. */
export interface SharedFile {
  readonly id: string;
  readonly filename: string;
  readonly title: string;
  /** Where it was shared, or null when it was completed without a channel (only the bot can see it). */
  readonly channel: string | null;
  readonly initialComment: string | null;
  readonly bytes: Uint8Array;
}

export interface ResponsePost {
  readonly id: string;
  readonly body: Record<string, unknown>;
}

type Failure = {
  readonly method: string;
  readonly channel?: string;
  readonly error?: string;
  readonly retryAfterSeconds?: number;
  readonly dropResponse?: boolean;
  remaining: number;
};

const BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T1' } as const;

/** A workspace with its own installation of the app (a token of its own). */
export interface FakeWorkspace {
  readonly teamId: string;
  readonly botToken: string;
  readonly botUserId: string;
  readonly botId: string;
  /** Enterprise Grid: the organisation, and whether the app is installed org-wide. */
  readonly enterpriseId?: string;
  readonly isEnterpriseInstall?: boolean;
}

export class FakeSlackApi extends EventEmitter {
  readonly calls: RecordedCall[] = [];
  readonly violations: { method: string; problems: string[] }[] = [];
  readonly messages = new Map<string, StoredMessage>();
  readonly ephemerals: { channel: string; user: string; body: Record<string, unknown> }[] = [];
  readonly responses: ResponsePost[] = [];
  readonly views = new Map<string, Record<string, unknown>>();
  /** Modals opened with views.open, in order, with the trigger each used. */
  readonly modals: { triggerId: string; view: Record<string, unknown> }[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, { id: string; name: string; archived: boolean; member: boolean }>();
  /** Files completed with files.completeUploadExternal, in order. */
  readonly files: SharedFile[] = [];
  readonly socket: FakeSocketMode;
  /** Upload URLs handed out and not yet completed: what was declared, then the bytes once posted. */
  private readonly uploads = new Map<
    string,
    { filename: string; length: number; bytes: Uint8Array | null }
  >();
  /** Direct-message channels opened with conversations.open: D<user id>, as chat.postMessage to a user. */
  private readonly ims = new Set<string>();
  private fileCounter = 0;
  private readonly failures: Failure[] = [];
  private readonly workspaces = new Map<string, FakeWorkspace>();
  private readonly revoked = new Set<string>();
  private readonly codes = new Map<string, { workspace: FakeWorkspace; installer: string }>();
  private oauthClient: { id: string; secret: string } | null = null;
  private readonly server: Server;
  private tsCounter = 0;
  private responseCounter = 0;
  private base = '';

  constructor(options: { now?: () => number } = {}) {
    super();
    this.setMaxListeners(0);
    this.now = options.now ?? (() => Date.now());
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    });
    this.socket = new FakeSocketMode(this.server);
  }

  private readonly now: () => number;

  /** Base URL for `slackApiUrl` (ends with "/api/"). */
  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    await this.socket.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The app's OAuth credentials, as "Basic Information" shows them. */
  setOAuthClient(id: string, secret: string): void {
    this.oauthClient = { id, secret };
  }

  addWorkspace(workspace: FakeWorkspace): void {
    this.workspaces.set(workspace.botToken, workspace);
  }

  /** The installer clicked "Allow" on Slack's page: the code Slack puts in the redirect. */
  approveInstall(botToken: string, installer = 'UINSTALLER'): string {
    const workspace = this.workspaces.get(botToken);
    if (workspace === undefined) throw new Error(`fake Slack API: no workspace with token ${botToken}`);
    const code = `code-${this.codes.size + 1}-${workspace.teamId}`;
    this.codes.set(code, { workspace, installer });
    this.revoked.delete(botToken);
    return code;
  }

  /** The token stops working (uninstall, revocation), as Slack does right before telling the app. */
  revokeToken(botToken: string): void {
    this.revoked.add(botToken);
  }

  /** Which workspace's token a recorded call used: its team id, or null for a token of no workspace. */
  teamOf(call: RecordedCall): string | null {
    return call.token === null ? null : (this.workspaces.get(call.token)?.teamId ?? null);
  }

  addUser(user: FakeUser): void {
    this.users.set(user.id, user);
  }

  addChannel(id: string, name: string, options: { archived?: boolean; member?: boolean } = {}): void {
    this.channels.set(id, { id, name, archived: options.archived ?? false, member: options.member ?? true });
  }

  /** A fresh response_url, as Slack puts in every slash command and interaction. */
  newResponseUrl(): string {
    this.responseCounter += 1;
    return `${this.base}/response/${this.responseCounter}`;
  }

  /**
   * Makes the next `times` calls of a method (optionally for one channel) fail with an error or a 429.
   * `dropResponse`: Slack does the work (the message is posted) but the connection is reset before the
   * answer arrives, as when the network fails mid-request; the client sees a request error.
   */
  failNext(failure: {
    method: string;
    channel?: string;
    error?: string;
    retryAfterSeconds?: number;
    dropResponse?: boolean;
    times?: number;
  }): void {
    this.failures.push({ ...failure, remaining: failure.times ?? 1 });
  }

  /** A message someone else wrote in a channel (for history around ours). */
  addMessage(channel: string, user: string, text: string): StoredMessage {
    const ts = this.nextTs();
    const message: StoredMessage = {
      channel,
      ts,
      text,
      blocks: [],
      edits: 0,
      user,
      botId: null,
      metadata: null,
    };
    this.messages.set(`${channel}:${ts}`, message);
    return message;
  }

  /** Messages of a channel, oldest first. */
  messagesIn(channel: string): StoredMessage[] {
    return [...this.messages.values()]
      .filter((m) => m.channel === channel)
      .sort((a, b) => Number(a.ts) - Number(b.ts));
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  responsesTo(url: string): ResponsePost[] {
    const id = url.slice(url.lastIndexOf('/') + 1);
    return this.responses.filter((r) => r.id === id);
  }

  /** Resolves once a recorded call or response post satisfies `match`; rejects after `timeoutMs`. */
  waitFor<T>(match: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = match();
        if (found === undefined || found === null || found === false) return false;
        this.off('recorded', check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.off('recorded', check);
        reject(new Error('fake Slack API: waited too long for an expected call'));
      }, timeoutMs);
      if (!check()) this.on('recorded', check);
    });
  }

  /** The bot a token belongs to: its workspace's, or the one bot of a fake with no workspaces added. */
  private botOf(token: string): {
    teamId: string;
    userId: string;
    botId: string;
    enterpriseId?: string;
    isEnterpriseInstall: boolean;
  } {
    const workspace = this.workspaces.get(token);
    if (workspace === undefined) return { ...BOT, isEnterpriseInstall: false };
    return {
      teamId: workspace.teamId,
      userId: workspace.botUserId,
      botId: workspace.botId,
      ...(workspace.enterpriseId === undefined ? {} : { enterpriseId: workspace.enterpriseId }),
      isEnterpriseInstall: workspace.isEnterpriseInstall === true,
    };
  }

  /** oauth.v2.access: a code from approveInstall, once, for the app's own client id and secret. */
  private exchangeCode(body: Record<string, unknown>): Record<string, unknown> {
    if (
      this.oauthClient === null ||
      body.client_id !== this.oauthClient.id ||
      body.client_secret !== this.oauthClient.secret
    )
      return { ok: false, error: 'invalid_client_id' };
    const granted = this.codes.get(String(body.code ?? ''));
    if (granted === undefined) return { ok: false, error: 'invalid_code' };
    this.codes.delete(String(body.code));
    const { workspace, installer } = granted;
    const org = workspace.isEnterpriseInstall === true;
    return {
      ok: true,
      app_id: 'AFAKE',
      authed_user: { id: installer },
      scope: 'channels:history,chat:write,commands,files:write,groups:history,im:write,users:read',
      token_type: 'bot',
      access_token: workspace.botToken,
      bot_user_id: workspace.botUserId,
      team: org ? null : { id: workspace.teamId, name: `Team ${workspace.teamId}` },
      enterprise: workspace.enterpriseId === undefined ? null : { id: workspace.enterpriseId, name: 'Org' },
      is_enterprise_install: org,
    };
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${Math.floor(this.now() / 1000)}.${String(this.tsCounter).padStart(6, '0')}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await readBytes(req);
    const raw = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', this.base);
    if (url.pathname.startsWith('/upload/')) {
      await this.handleUpload(url.pathname.slice('/upload/'.length), bytes, req, res);
      return;
    }
    if (url.pathname.startsWith('/response/')) {
      this.handleResponseUrl(url.pathname.slice('/response/'.length), raw, res);
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const body = parseBody(raw, req.headers['content-type'] ?? '');
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ')
      ? auth.slice(7)
      : typeof body.token === 'string'
        ? body.token
        : null;
    const failure = this.takeFailure(method, body);
    let status = 200;
    let answer: Record<string, unknown>;
    if (failure?.dropResponse === true) {
      answer = token === null ? { ok: false, error: 'not_authed' } : this.answer(method, body, token);
      this.calls.push({ method, body, token, status: 0, answer });
      // The work is done, then the connection is reset (RST) before a byte of the answer is sent.
      req.socket.resetAndDestroy();
      this.emit('recorded');
      return;
    }
    if (failure?.retryAfterSeconds !== undefined) {
      status = 429;
      answer = { ok: false, error: 'ratelimited' };
      res.setHeader('Retry-After', String(failure.retryAfterSeconds));
    } else if (failure !== undefined) {
      answer = { ok: false, error: failure.error ?? 'fatal_error' };
    } else if (method === 'oauth.v2.access') {
      answer = this.exchangeCode(body);
    } else if (token === null) {
      answer = { ok: false, error: 'not_authed' };
    } else if (this.revoked.has(token)) {
      answer = { ok: false, error: 'token_revoked' };
    } else if (this.workspaces.size > 0 && !this.workspaces.has(token) && !token.startsWith('xapp-')) {
      answer = { ok: false, error: 'invalid_auth' };
    } else {
      answer = this.answer(method, body, token);
    }
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    this.calls.push({ method, body, token, status, answer });
    this.emit('recorded');
  }

  private takeFailure(method: string, body: Record<string, unknown>): Failure | undefined {
    const i = this.failures.findIndex(
      (f) => f.method === method && (f.channel === undefined || f.channel === body.channel),
    );
    const failure = this.failures[i];
    if (failure === undefined) return undefined;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.failures.splice(i, 1);
    return failure;
  }

  private invalid(method: string, problems: string[]): Record<string, unknown> | null {
    if (problems.length === 0) return null;
    this.violations.push({ method, problems });
    return { ok: false, error: 'invalid_blocks', errors: problems };
  }

  private answer(method: string, body: Record<string, unknown>, token: string): Record<string, unknown> {
    const channel = typeof body.channel === 'string' ? body.channel : '';
    switch (method) {
      case 'auth.test': {
        const bot = this.botOf(token);
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'notequiz',
          team_id: bot.teamId,
          user_id: bot.userId,
          bot_id: bot.botId,
          ...(bot.enterpriseId === undefined ? {} : { enterprise_id: bot.enterpriseId }),
          is_enterprise_install: bot.isEnterpriseInstall,
        };
      }
      case 'apps.connections.open':
        if (!token.startsWith('xapp-')) return { ok: false, error: 'not_allowed_token_type' };
        return { ok: true, url: this.socket.url(this.base) };
      case 'chat.postMessage': {
        const refused = this.channelProblem(channel) ?? this.invalid(method, checkMessage(body));
        if (refused !== null) return refused;
        const ts = this.nextTs();
        const target = this.users.has(channel) ? `D${channel}` : channel;
        this.messages.set(`${target}:${ts}`, {
          channel: target,
          ts,
          text: String(body.text ?? ''),
          blocks: asArray(body.blocks),
          edits: 0,
          user: this.botOf(token).userId,
          botId: this.botOf(token).botId,
          metadata: isRecord(body.metadata) ? body.metadata : null,
          ...(typeof body.thread_ts === 'string' ? { threadTs: body.thread_ts } : {}),
        });
        return { ok: true, channel: target, ts, message: { text: body.text, blocks: body.blocks } };
      }
      case 'chat.update': {
        const stored = this.messages.get(`${channel}:${String(body.ts)}`);
        if (stored === undefined) return { ok: false, error: 'message_not_found' };
        const refused = this.invalid(method, checkMessage(body));
        if (refused !== null) return refused;
        stored.text = String(body.text ?? '');
        stored.blocks = asArray(body.blocks);
        stored.edits += 1;
        return { ok: true, channel, ts: stored.ts };
      }
      case 'chat.postEphemeral': {
        const refused = this.channelProblem(channel) ?? this.invalid(method, checkMessage(body));
        if (refused !== null) return refused;
        this.ephemerals.push({ channel, user: String(body.user), body });
        return { ok: true, message_ts: this.nextTs() };
      }
      case 'views.publish': {
        const view = parseMaybeJson(body.view);
        const refused = this.invalid(method, checkView(view));
        if (refused !== null) return refused;
        this.views.set(String(body.user_id), view as Record<string, unknown>);
        return { ok: true, view };
      }
      case 'views.open': {
        const view = parseMaybeJson(body.view);
        if (typeof body.trigger_id !== 'string' || body.trigger_id === '')
          return { ok: false, error: 'invalid_trigger_id' };
        const refused = this.invalid(method, checkModal(view));
        if (refused !== null) return refused;
        this.modals.push({ triggerId: body.trigger_id, view: view as Record<string, unknown> });
        return { ok: true, view: { id: `V${this.modals.length}`, ...(view as Record<string, unknown>) } };
      }
      case 'users.info': {
        const user = this.users.get(String(body.user));
        if (user === undefined) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: user.id,
            team_id: user.teamId,
            name: user.name,
            real_name: user.name,
            is_admin: user.isAdmin ?? false,
            is_owner: user.isOwner ?? false,
            is_primary_owner: false,
            is_bot: user.isBot ?? false,
            profile: { display_name: user.name, real_name: user.name },
          },
        };
      }
      case 'conversations.info': {
        const found = this.channels.get(channel);
        if (found === undefined) return { ok: false, error: 'channel_not_found' };
        return {
          ok: true,
          channel: { id: found.id, name: found.name, is_archived: found.archived, is_member: found.member },
        };
      }
      case 'conversations.history':
        return this.history(channel, body);
      case 'conversations.replies':
        return this.replies(channel, body);
      case 'conversations.open': {
        const users = String(body.users ?? '')
          .split(',')
          .filter(Boolean);
        const user = users.length === 1 ? this.users.get(users[0] ?? '') : undefined;
        if (users.length === 0) return { ok: false, error: 'users_list_not_supplied' };
        if (user === undefined) return { ok: false, error: 'user_not_found' };
        const id = `D${user.id}`;
        this.ims.add(id);
        return { ok: true, channel: { id } };
      }
      case 'files.getUploadURLExternal': {
        const length = Number(body.length);
        const filename = typeof body.filename === 'string' ? body.filename : '';
        if (filename === '' || !Number.isInteger(length) || length <= 0)
          return { ok: false, error: 'invalid_arguments' };
        this.fileCounter += 1;
        const id = `F${String(this.fileCounter).padStart(8, '0')}`;
        this.uploads.set(id, { filename, length, bytes: null });
        return { ok: true, upload_url: `${this.base}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal':
        return this.completeUpload(body);
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  /**
   * Newest first, `oldest`/`latest` exclusive as Slack has them, `limit` per page with a cursor that is the
   * offset into the filtered list; metadata only with include_all_metadata, as Slack does.
   */
  private history(channel: string, body: Record<string, unknown>): Record<string, unknown> {
    const found = this.channels.get(channel);
    if (found === undefined) return { ok: false, error: 'channel_not_found' };
    if (!found.member) return { ok: false, error: 'not_in_channel' };
    const oldest = Number(body.oldest ?? 0);
    const latest = body.latest === undefined ? Number.POSITIVE_INFINITY : Number(body.latest);
    const limit = Math.max(1, Math.min(999, Number(body.limit ?? 100)));
    const offset = Number(body.cursor ?? 0);
    const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
    // Replies in threads are not the channel's history (Slack lists them with conversations.replies).
    const all = this.messagesIn(channel)
      .filter((m) => m.threadTs === undefined && Number(m.ts) > oldest && Number(m.ts) < latest)
      .reverse();
    const page = all.slice(offset, offset + limit);
    const hasMore = offset + limit < all.length;
    return {
      ok: true,
      messages: page.map((m) => messageView(m, withMetadata)),
      has_more: hasMore,
      response_metadata: { next_cursor: hasMore ? String(offset + limit) : '' },
    };
  }

  /** A thread: its parent, then its replies oldest first; metadata only with include_all_metadata. */
  private replies(channel: string, body: Record<string, unknown>): Record<string, unknown> {
    const found = this.channels.get(channel);
    if (found === undefined) return { ok: false, error: 'channel_not_found' };
    if (!found.member) return { ok: false, error: 'not_in_channel' };
    const parent = this.messages.get(`${channel}:${String(body.ts)}`);
    if (parent === undefined) return { ok: false, error: 'thread_not_found' };
    const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
    const thread = this.messagesIn(channel).filter((m) => m.threadTs === parent.ts);
    return {
      ok: true,
      messages: [parent, ...thread].map((m) => messageView(m, withMetadata)),
      has_more: false,
      response_metadata: { next_cursor: '' },
    };
  }

  /**
   * Shares uploaded files as Slack does: every file must have had its declared bytes posted to its upload
   * URL; with `channel_id` they are shared there (where the bot must be able to post), else kept private.
   */
  private completeUpload(body: Record<string, unknown>): Record<string, unknown> {
    const listed = parseMaybeJson(body.files);
    const files = Array.isArray(listed) ? listed.filter(isRecord) : [];
    if (files.length === 0) return { ok: false, error: 'invalid_arguments' };
    const channel = typeof body.channel_id === 'string' && body.channel_id !== '' ? body.channel_id : null;
    if (channel !== null) {
      const refused = this.channelProblem(channel);
      if (refused !== null) return refused;
    }
    const problems: string[] = [];
    for (const f of files) {
      const upload = this.uploads.get(String(f.id));
      if (upload === undefined) return { ok: false, error: 'file_not_found' };
      if (upload.bytes === null) problems.push(`${String(f.id)}: completed before its bytes were uploaded`);
      else if (upload.bytes.length !== upload.length)
        problems.push(`${String(f.id)}: declared ${upload.length} bytes, uploaded ${upload.bytes.length}`);
    }
    if (problems.length > 0) {
      this.violations.push({ method: 'files.completeUploadExternal', problems });
      return { ok: false, error: 'invalid_arguments', errors: problems };
    }
    const comment = typeof body.initial_comment === 'string' ? body.initial_comment : null;
    const done = files.map((f) => {
      const id = String(f.id);
      const upload = this.uploads.get(id);
      this.uploads.delete(id);
      const title = typeof f.title === 'string' ? f.title : (upload?.filename ?? '');
      this.files.push({
        id,
        filename: upload?.filename ?? '',
        title,
        channel,
        initialComment: comment,
        bytes: upload?.bytes ?? new Uint8Array(),
      });
      return { id, title };
    });
    return { ok: true, files: done };
  }

  /**
   * The upload URL takes the bytes raw or as a multipart form (what @slack/web-api sends: one file part),
   * answers 200 "OK - <length>", and refuses a file id it did not hand out.
   */
  private async handleUpload(
    fileId: string,
    bytes: Buffer,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const upload = this.uploads.get(fileId);
    if (upload === undefined || req.method !== 'POST') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not_found');
      return;
    }
    const type = req.headers['content-type'] ?? '';
    let data = new Uint8Array(bytes);
    if (type.startsWith('multipart/form-data')) {
      const form = await new Request('http://fake/upload', {
        method: 'POST',
        headers: { 'content-type': type },
        body: bytes,
      }).formData();
      const parts = [...form.values()].filter((v): v is File => typeof v !== 'string');
      const [part] = parts;
      if (parts.length !== 1 || part === undefined) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end('expected one file');
        return;
      }
      data = new Uint8Array(await part.arrayBuffer());
    }
    upload.bytes = data;
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${data.length}`);
    this.emit('recorded');
  }

  private channelProblem(channel: string): Record<string, unknown> | null {
    if (this.users.has(channel) || this.ims.has(channel)) return null;
    const found = this.channels.get(channel);
    if (found === undefined) return { ok: false, error: 'channel_not_found' };
    if (found.archived) return { ok: false, error: 'is_archived' };
    if (!found.member) return { ok: false, error: 'not_in_channel' };
    return null;
  }

  private handleResponseUrl(id: string, raw: string, res: ServerResponse): void {
    let body: Record<string, unknown> = {};
    try {
      body = asRecord(JSON.parse(raw));
    } catch {
      res.writeHead(400).end('invalid_json');
      return;
    }
    const problems = checkMessage(body);
    if (problems.length > 0) {
      this.violations.push({ method: 'response_url', problems });
      res.writeHead(400, { 'content-type': 'text/plain' }).end('invalid_blocks');
      this.emit('recorded');
      return;
    }
    this.responses.push({ id, body });
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    this.emit('recorded');
  }
}

function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const asRecord = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** A stored message as the conversations.* methods return it. */
function messageView(m: StoredMessage, withMetadata: boolean): Record<string, unknown> {
  return {
    type: 'message',
    ts: m.ts,
    text: m.text,
    user: m.user,
    ...(m.threadTs === undefined ? {} : { thread_ts: m.threadTs }),
    ...(m.botId === null ? {} : { bot_id: m.botId, app_id: 'AFAKE' }),
    ...(withMetadata && m.metadata !== null ? { metadata: m.metadata } : {}),
  };
}

const JSON_FIELDS: ReadonlySet<string> = new Set(['blocks', 'attachments', 'view', 'metadata', 'files']);

/** The Web API client sends forms whose object fields are JSON strings; some callers send JSON. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return asRecord(JSON.parse(raw));
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = JSON_FIELDS.has(key) ? parseMaybeJson(value) : value;
  }
  return out;
}
