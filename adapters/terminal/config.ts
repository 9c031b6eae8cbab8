import { z } from 'zod';

/** The terminal chat's environment variables; merged into the app-wide schema like every platform's. */
export const TERMINAL_MODES = ['auto', 'on', 'off'] as const;

export const terminalEnvSchema = z.object({
  NOTEQUIZ_TERMINAL: z
    .enum(TERMINAL_MODES, { error: 'NOTEQUIZ_TERMINAL must be auto, on or off' })
    .default('auto')
    .describe(
      'The local terminal chat: auto (default) runs it when no Slack or Discord token is set; on runs it beside them; off never.',
    ),
  NOTEQUIZ_PLAYER: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}_.-]{1,32}$/u, {
      error: 'NOTEQUIZ_PLAYER must be one word of letters, digits, _ . or -',
    })
    .optional()
    .describe('Your name in the terminal chat. Default $USER (or "player").'),
});

export interface TerminalConfig {
  readonly mode: (typeof TERMINAL_MODES)[number];
  /** NOTEQUIZ_PLAYER, else $USER, else "player". */
  readonly player: string;
}

/** Reads the terminal's variables; throws an Error whose lines start with the variable at fault. */
export function parseTerminalConfig(
  env: Readonly<Record<string, string>>,
  rawEnv: Readonly<Record<string, string | undefined>>,
): TerminalConfig {
  const parsed = terminalEnvSchema.safeParse({
    NOTEQUIZ_TERMINAL: env.NOTEQUIZ_TERMINAL,
    NOTEQUIZ_PLAYER: env.NOTEQUIZ_PLAYER,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join('\n'));
  return {
    mode: parsed.data.NOTEQUIZ_TERMINAL,
    player: parsed.data.NOTEQUIZ_PLAYER ?? terminalUserName(rawEnv.USER ?? rawEnv.USERNAME),
  };
}

/** $USER as a terminal player name: one word; anything unusable falls back to "player". */
export function terminalUserName(user: string | undefined): string {
  const cleaned = (user ?? '')
    .trim()
    .replace(/[^\p{L}\p{N}_.-]+/gu, '')
    .slice(0, 32);
  return cleaned === '' ? 'player' : cleaned;
}
