import type { Lang } from '../../src/content/question.ts';
import type { QuizEngine } from '../../src/engine/api.ts';
import type { Clock } from '../../src/engine/clock.ts';
import type { RoundPublisher } from '../../src/schedule/publisher.ts';
import { createInterpreter, type Interpreter } from './interpreter.ts';
import { TERMINAL_TENANT, terminalPlace } from './terminal-ids.ts';
import { tt } from './terminal-messages.ts';
import { createTerminalPublisher } from './terminal-publisher.ts';
import { createTerminalShell } from './terminal-shell.ts';

/**
 * The local terminal chat: what `npm start` runs when no Slack or Discord token is set, so anyone can play
 * within a minute of cloning. One tenant (local:terminal), one channel (local:terminal:main), players
 * local:terminal:<name>.
 */
export interface TerminalAdapterOptions {
  readonly engine: QuizEngine;
  readonly clock: Clock;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** True for a person at a TTY (prompt and banner); false for a pipe (plain replies only). */
  readonly interactive: boolean;
  readonly player: string;
  /** How many questions were loaded, for the welcome line. */
  readonly questionCount: number;
  /** Language when the terminal tenant never chose one with /lang. */
  readonly defaultLang: Lang;
  /** Schedule given to the terminal channel the first time, so /daily and the scheduler have a day. */
  readonly schedule: { readonly timezone: string; readonly postTime: string; readonly closeTime: string };
  readonly onError?: (error: unknown, line: string) => void;
}

export interface TerminalAdapter {
  /** Prints daily rounds and results for `local:` channels. */
  readonly publisher: RoundPublisher;
  readonly interpreter: Interpreter;
  /** Creates the channel (and its schedule) if needed, then chats until end of input or /quit. */
  run(): Promise<void>;
  stop(): void;
}

/** Makes sure the terminal's tenant and channel exist with a daily schedule; returns the tenant's language. */
export async function prepareTerminalChannel(
  engine: QuizEngine,
  schedule: TerminalAdapterOptions['schedule'],
): Promise<Lang | null> {
  const channel = await engine.ensurePlace(
    { tenantId: TERMINAL_TENANT, tenantName: 'terminal' },
    terminalPlace,
  );
  if (channel.schedule === null) {
    await engine.setSchedule(channel.id, {
      postTime: schedule.postTime,
      closeTime: schedule.closeTime,
      timezone: schedule.timezone,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      paused: false,
    });
  }
  return engine.tenantLang(TERMINAL_TENANT);
}

export function createTerminalAdapter(options: TerminalAdapterOptions): TerminalAdapter {
  const interpreter = createInterpreter({
    engine: options.engine,
    clock: options.clock,
    timezone: options.schedule.timezone,
    lang: options.defaultLang,
    player: options.player,
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  const shell = createTerminalShell({
    interpreter,
    input: options.input,
    output: options.output,
    interactive: options.interactive,
  });
  const publisher = createTerminalPublisher(interpreter.session, (text) => shell.print(text));
  return {
    publisher,
    interpreter,
    async run() {
      const chosen = await prepareTerminalChannel(options.engine, options.schedule);
      if (chosen !== null) interpreter.session.lang = chosen;
      if (options.interactive) {
        const lang = interpreter.session.lang;
        shell.print(tt(lang, 'welcome', { questions: options.questionCount, name: options.player }));
      }
      await shell.run();
    },
    stop: () => shell.close(),
  };
}
