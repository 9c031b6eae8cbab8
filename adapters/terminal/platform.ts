import { definePlatform } from '../../src/platforms/platform.ts';
import { parseTerminalConfig, type TerminalConfig, terminalEnvSchema } from './config.ts';

/**
 * The terminal chat as a plug-in (src/platforms/platforms.ts lists it). Not a service: it runs when asked
 * (`on`), or by default (`auto`) when no service runs and someone can type or pipe commands. With stdin at
 * /dev/null (a container) it would end at once and the process would exit 0 into a restart loop.
 */
export const terminalPlatform = definePlatform<TerminalConfig>({
  name: 'terminal',
  title: 'Terminal',
  envSchema: terminalEnvSchema,
  howToTurnOn: 'give the terminal chat a terminal (NOTEQUIZ_TERMINAL=on, stdin a terminal or a pipe)',
  service: false,
  configure: (env, rawEnv) => parseTerminalConfig(env, rawEnv),
  isConfigured: (config) => config.mode !== 'off',
  runs: (config, { othersRun, stdin }) =>
    config.mode === 'on' || (config.mode === 'auto' && !othersRun && stdin !== 'none'),
  describe: (config, runs) => (runs ? `on (player ${config.player})` : 'off'),
  async create(config, context) {
    const { createTerminalAdapter } = await import('./index.ts');
    const terminal = createTerminalAdapter({
      engine: context.engine,
      clock: context.clock,
      input: context.io.input,
      output: context.io.output,
      interactive: context.io.interactive,
      player: config.player,
      questionCount: context.questionCount,
      defaultLang: context.defaultLang ?? context.notesLang ?? 'en',
      schedule: { ...context.schedule, timezone: context.localTimezone },
      onError: (error, line) => context.logger.error({ err: error, line }, 'terminal command failed'),
    });
    let chatting: Promise<void> | null = null;
    return {
      publisher: terminal.publisher,
      // The chat runs until end of input or /quit: started here, awaited through ended().
      start: async () => {
        chatting ??= terminal.run();
      },
      stop: async () => terminal.stop(),
      ended: () => chatting ?? Promise.resolve(),
    };
  },
});
