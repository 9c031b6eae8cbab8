import { z } from 'zod';
import { SLACK_BOT_SCOPES } from './bot-scopes.ts';

/**
 * The Slack adapter's environment variables. The keys are the variable names so the app-wide schema in
 * src/config.ts can merge `slackEnvSchema.shape` as it is. Every field is optional here because Slack itself
 * is optional; `parseSlackConfig` adds the rules that depend on each other (mode needs its secret).
 */
const trimmed = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v));

const userIdList = z
  .string()
  .trim()
  .transform((v) =>
    v
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  )
  .refine((ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)), {
    error: 'SLACK_ADMIN_USER_IDS must be Slack user ids (U… or W…) separated by commas',
  });

/** A whole number in [min, max], given as text; the messages name the variable. */
function wholeNumber(name: string, min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, { error: `${name} must be a whole number` })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `${name} must be at least ${min}` })
        .max(max, { error: `${name} must be at most ${max}` }),
    );
}

/** Where Slack sends the browser back after "Allow" (Bolt's default path, served by http-front-door.ts). */
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';
/** The "Add to Slack" page. */
export const OAUTH_INSTALL_PATH = '/slack/install';

/** 32 bytes, written as 64 hex digits or as base64: AES-256 wants exactly that many. */
function installationKey(name: string) {
  return z.string().transform((text, ctx) => {
    const bytes = /^[0-9a-f]{64}$/i.test(text)
      ? Buffer.from(text, 'hex')
      : /^[A-Za-z0-9+/_-]+={0,2}$/.test(text)
        ? Buffer.from(text, 'base64')
        : null;
    if (bytes === null || bytes.length !== 32) {
      ctx.addIssue({
        code: 'custom',
        message: `${name} must be 32 random bytes as base64 or 64 hex digits (make one with: openssl rand -base64 32)`,
      });
      return z.NEVER;
    }
    return bytes;
  });
}

const scopeList = z
  .string()
  .transform((v) =>
    v
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  )
  .refine((scopes) => scopes.length > 0 && scopes.every((s) => /^[a-z][a-z.:_-]*$/.test(s)), {
    error: 'SLACK_SCOPES must be bot scopes such as chat:write,commands separated by commas',
  });

export const slackEnvSchema = z.object({
  SLACK_BOT_TOKEN: trimmed
    .pipe(
      z
        .string()
        // The prefix alone (a placeholder left in .env) is not a token: start-up would only fail later.
        .regex(/^xoxb-\S+$/, { error: 'SLACK_BOT_TOKEN must be a bot token: "xoxb-" and the rest of it' })
        .optional(),
    )
    .optional()
    .describe(
      'Bot User OAuth Token (xoxb-…) from the app\'s "OAuth & Permissions" page. Setting it turns Slack on.',
    ),
  SLACK_SIGNING_SECRET: trimmed
    .pipe(
      z
        .string()
        .regex(/^[0-9a-f]{16,}$/i, {
          error: 'SLACK_SIGNING_SECRET must be the hex "Signing Secret" from "Basic Information"',
        })
        .optional(),
    )
    .optional()
    .describe(
      'Signing Secret from "Basic Information"; verifies that HTTP requests come from Slack (HTTP mode).',
    ),
  SLACK_APP_TOKEN: trimmed
    .pipe(
      z
        .string()
        .regex(/^xapp-\S+$/, {
          error: 'SLACK_APP_TOKEN must be an app-level token: "xapp-" and the rest of it',
        })
        .optional(),
    )
    .optional()
    .describe(
      'App-level token (xapp-…) with the connections:write scope; turns on Socket Mode (no public URL needed).',
    ),
  SLACK_MODE: trimmed
    .pipe(z.enum(['http', 'socket'], { error: 'SLACK_MODE must be "http" or "socket"' }).optional())
    .optional()
    .describe('"http" or "socket". Unset: socket when SLACK_APP_TOKEN is set, else http.'),
  SLACK_PORT: trimmed
    .pipe(wholeNumber('SLACK_PORT', 0, 65535).optional())
    .optional()
    .describe("HTTP mode: the port Slack's requests arrive on (POST /slack/events). Default 3000."),
  SLACK_HOST: trimmed.optional().describe('HTTP mode: the interface to listen on. Default 0.0.0.0 (all).'),
  SLACK_API_URL: trimmed
    .pipe(
      z
        .url({
          protocol: /^https?$/,
          error: 'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/',
        })
        .optional(),
    )
    .optional()
    .describe(
      'Base URL of the Slack Web API. Default https://slack.com/api/. For proxies and tests (a local fake).',
    ),
  SLACK_API_RETRIES: trimmed
    .pipe(wholeNumber('SLACK_API_RETRIES', 0, 10).optional())
    .optional()
    .describe(
      'How often a failed Web API call (network error, 5xx) is retried. Default 2. Rate limits are never retried blindly: they honour Retry-After.',
    ),
  SLACK_ADMIN_USER_IDS: userIdList
    .optional()
    .describe(
      'Comma-separated Slack user ids (U…) who may run admin commands besides workspace admins and owners; they also get admin notices.',
    ),
  SLACK_DEFAULT_CHANNEL: trimmed
    .pipe(
      z
        .string()
        .regex(/^[CGD][A-Z0-9]{2,}$/, {
          error: 'SLACK_DEFAULT_CHANNEL must be a channel id such as C0123ABCD (not a #name)',
        })
        .optional(),
    )
    .optional()
    .describe(
      'Channel id where admin notices go (a schedule paused because the bot lost a channel). Unset: notices go by DM to SLACK_ADMIN_USER_IDS.',
    ),
  SLACK_LANG: trimmed
    .pipe(z.enum(['en', 'zh'], { error: 'SLACK_LANG must be "en" or "zh"' }).optional())
    .optional()
    .describe('Language of workspaces that never ran /quiz lang. Unset: the language of the notes.'),
  SLACK_COUNT_UPDATE_MS: trimmed
    .pipe(wholeNumber('SLACK_COUNT_UPDATE_MS', 0, 3_600_000).optional())
    .optional()
    .describe(
      "Least time between two edits of a daily post's live answer count (chat.update is rate limited). Default 3000.",
    ),
  SLACK_CONCURRENCY: trimmed
    .pipe(wholeNumber('SLACK_CONCURRENCY', 1, 1000).optional())
    .optional()
    .describe(
      'How many acknowledged requests are worked on at once (store writes, replies); the rest wait their turn so acks stay fast under bursts. Default 8.',
    ),
  SLACK_CLIENT_ID: trimmed
    .pipe(
      z
        .string()
        .regex(/^\d+\.\d+$/, {
          error: 'SLACK_CLIENT_ID must be the "Client ID" from "Basic Information" (digits.digits)',
        })
        .optional(),
    )
    .optional()
    .describe(
      'OAuth installs ("Add to Slack", several workspaces): the Client ID from "Basic Information". With SLACK_CLIENT_SECRET it replaces SLACK_BOT_TOKEN.',
    ),
  SLACK_CLIENT_SECRET: trimmed
    .pipe(
      z
        .string()
        .regex(/^[0-9a-f]{16,}$/i, {
          error: 'SLACK_CLIENT_SECRET must be the hex "Client Secret" from "Basic Information"',
        })
        .optional(),
    )
    .optional()
    .describe('OAuth installs: the Client Secret from "Basic Information".'),
  SLACK_INSTALLATION_KEY: trimmed
    .pipe(installationKey('SLACK_INSTALLATION_KEY').optional())
    .optional()
    .describe(
      'OAuth installs: the key that encrypts the stored installations (their tokens), 32 bytes as base64 or hex (`openssl rand -base64 32`). Required with SLACK_CLIENT_ID.',
    ),
  SLACK_INSTALLATION_KEY_PREVIOUS: trimmed
    .pipe(installationKey('SLACK_INSTALLATION_KEY_PREVIOUS').optional())
    .optional()
    .describe(
      'OAuth installs, while rotating the key: the key before SLACK_INSTALLATION_KEY; installations it sealed are still read until `notequiz slack reseal` has sealed them again.',
    ),
  SLACK_SCOPES: trimmed
    .pipe(scopeList.optional())
    .optional()
    .describe(
      'OAuth installs: the bot scopes asked for, comma-separated. Default: those of adapters/slack/manifest.yaml.',
    ),
  SLACK_REDIRECT_URI: trimmed
    .pipe(
      z
        .url({
          protocol: /^https?$/,
          error: 'SLACK_REDIRECT_URI must be an http(s) URL ending in /slack/oauth_redirect',
        })
        .refine((v) => new URL(v).pathname === OAUTH_REDIRECT_PATH, {
          error: `SLACK_REDIRECT_URI must end in ${OAUTH_REDIRECT_PATH}`,
        })
        .optional(),
    )
    .optional()
    .describe(
      'OAuth installs: the public URL of /slack/oauth_redirect, when the app lists more than one Redirect URL.',
    ),
  SLACK_BOT_USER_ID: trimmed
    .optional()
    .describe("Optional: the bot's user id (U…). With SLACK_BOT_ID it skips the auth.test call at start-up."),
  SLACK_BOT_ID: trimmed.optional().describe('Optional: the bot id (B…). See SLACK_BOT_USER_ID.'),
});

export type SlackEnv = z.input<typeof slackEnvSchema>;

/** OAuth installs ("Add to Slack"): every workspace's token comes from its stored installation. */
export interface SlackOAuthConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
  readonly redirectUri: string | null;
  /** SLACK_INSTALLATION_KEY, then SLACK_INSTALLATION_KEY_PREVIOUS when set: seal with the first, open with either. */
  readonly installationKeys: { readonly current: Buffer; readonly previous: Buffer | null };
}

export interface SlackConfig {
  readonly mode: 'http' | 'socket';
  /** The one workspace's token; null in OAuth mode, where each workspace has its own. */
  readonly botToken: string | null;
  /** Set when SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are: OAuth installs, many workspaces. */
  readonly oauth: SlackOAuthConfig | null;
  readonly signingSecret: string | null;
  readonly appToken: string | null;
  readonly port: number;
  readonly host: string;
  /** Always ends with "/". */
  readonly apiUrl: string;
  readonly apiRetries: number;
  readonly adminUserIds: readonly string[];
  readonly defaultChannel: string | null;
  readonly lang: 'en' | 'zh' | null;
  readonly countUpdateMs: number;
  readonly workConcurrency: number;
  readonly botUserId: string | null;
  readonly botId: string | null;
}

export class SlackConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'SlackConfigError';
  }
}

export function isSlackConfigured(env: Readonly<Record<string, string | undefined>>): boolean {
  return (env.SLACK_BOT_TOKEN ?? '').trim() !== '' || isOAuthConfigured(env);
}

/** OAuth mode: SLACK_CLIENT_ID or SLACK_CLIENT_SECRET set (parseSlackConfig then wants both). */
function isOAuthConfigured(env: Readonly<Record<string, string | undefined>>): boolean {
  return (env.SLACK_CLIENT_ID ?? '').trim() !== '' || (env.SLACK_CLIENT_SECRET ?? '').trim() !== '';
}

/** Reads the Slack variables; throws a SlackConfigError whose message starts with the variable's name. */
export function parseSlackConfig(env: Readonly<Record<string, string | undefined>>): SlackConfig {
  const picked: Record<string, string | undefined> = {};
  for (const key of Object.keys(slackEnvSchema.shape)) picked[key] = env[key];
  const parsed = slackEnvSchema.safeParse(picked);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'SLACK_*');
    const message = issue?.message ?? 'is invalid';
    throw new SlackConfigError(variable, message.startsWith(variable) ? message : `${variable}: ${message}`);
  }
  const e = parsed.data;
  const oauth = oauthSettings(e);
  if (e.SLACK_BOT_TOKEN === undefined && oauth === null) {
    throw new SlackConfigError(
      'SLACK_BOT_TOKEN',
      'SLACK_BOT_TOKEN is missing: set the bot token (xoxb-…) to use Slack in one workspace, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for installs by OAuth',
    );
  }
  if (e.SLACK_BOT_TOKEN !== undefined && oauth !== null) {
    throw new SlackConfigError(
      'SLACK_BOT_TOKEN',
      'SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: keep SLACK_BOT_TOKEN for one workspace, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for installs by OAuth (each workspace then has its own token)',
    );
  }
  const mode = e.SLACK_MODE ?? (e.SLACK_APP_TOKEN !== undefined ? 'socket' : 'http');
  if (oauth !== null && mode === 'socket') {
    throw new SlackConfigError(
      'SLACK_MODE',
      'SLACK_MODE: installs by OAuth need HTTP mode (Slack sends the browser to /slack/oauth_redirect); unset SLACK_APP_TOKEN and SLACK_MODE',
    );
  }
  if (mode === 'socket' && e.SLACK_APP_TOKEN === undefined) {
    throw new SlackConfigError(
      'SLACK_APP_TOKEN',
      'SLACK_APP_TOKEN is missing: Socket Mode needs an app-level token (xapp-…) with connections:write',
    );
  }
  if (mode === 'http' && e.SLACK_SIGNING_SECRET === undefined) {
    throw new SlackConfigError(
      'SLACK_SIGNING_SECRET',
      'SLACK_SIGNING_SECRET is missing: HTTP mode needs the Signing Secret (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  const apiUrl = e.SLACK_API_URL ?? 'https://slack.com/api/';
  return {
    mode,
    botToken: e.SLACK_BOT_TOKEN ?? null,
    oauth,
    signingSecret: e.SLACK_SIGNING_SECRET ?? null,
    appToken: e.SLACK_APP_TOKEN ?? null,
    port: e.SLACK_PORT ?? 3000,
    host: e.SLACK_HOST ?? '0.0.0.0',
    apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    apiRetries: e.SLACK_API_RETRIES ?? 2,
    adminUserIds: e.SLACK_ADMIN_USER_IDS ?? [],
    defaultChannel: e.SLACK_DEFAULT_CHANNEL ?? null,
    lang: e.SLACK_LANG ?? null,
    countUpdateMs: e.SLACK_COUNT_UPDATE_MS ?? 3000,
    workConcurrency: e.SLACK_CONCURRENCY ?? 8,
    botUserId: e.SLACK_BOT_USER_ID ?? null,
    botId: e.SLACK_BOT_ID ?? null,
  };
}

type ParsedSlackEnv = z.output<typeof slackEnvSchema>;

/** OAuth mode's settings, or null without SLACK_CLIENT_ID and SLACK_CLIENT_SECRET; throws when half set. */
function oauthSettings(e: ParsedSlackEnv): SlackOAuthConfig | null {
  if (e.SLACK_CLIENT_ID === undefined && e.SLACK_CLIENT_SECRET === undefined) return null;
  if (e.SLACK_CLIENT_ID === undefined)
    throw new SlackConfigError(
      'SLACK_CLIENT_ID',
      'SLACK_CLIENT_ID is missing: installs by OAuth need the Client ID beside SLACK_CLIENT_SECRET',
    );
  if (e.SLACK_CLIENT_SECRET === undefined)
    throw new SlackConfigError(
      'SLACK_CLIENT_SECRET',
      'SLACK_CLIENT_SECRET is missing: installs by OAuth need the Client Secret beside SLACK_CLIENT_ID',
    );
  if (e.SLACK_INSTALLATION_KEY === undefined)
    throw new SlackConfigError(
      'SLACK_INSTALLATION_KEY',
      "SLACK_INSTALLATION_KEY is missing: installs by OAuth store each workspace's token encrypted with it; make one with `openssl rand -base64 32` and keep it safe",
    );
  return {
    clientId: e.SLACK_CLIENT_ID,
    clientSecret: e.SLACK_CLIENT_SECRET,
    scopes: e.SLACK_SCOPES ?? SLACK_BOT_SCOPES,
    redirectUri: e.SLACK_REDIRECT_URI ?? null,
    installationKeys: {
      current: e.SLACK_INSTALLATION_KEY,
      previous: e.SLACK_INSTALLATION_KEY_PREVIOUS ?? null,
    },
  };
}
