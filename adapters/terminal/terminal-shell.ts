import { createInterface, type Interface } from 'node:readline';
import type { Interpreter } from './interpreter.ts';

/**
 * The thin I/O around the interpreter. Interactive (a TTY): a prompt naming the player. Piped: no prompt,
 * no escape codes, one reply per command in order, and the shell ends at end of input once every line
 * has been answered, so `printf '/quiz\nB\n' | npm start` is scriptable.
 */
export interface TerminalShell {
  /** Resolves at end of input, on /quit, or after close(). */
  run(): Promise<void>;
  /** Prints something that did not come from a typed command (the scheduler's daily post). */
  print(text: string): void;
  close(): void;
}

export function createTerminalShell(options: {
  interpreter: Interpreter;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
  banner?: string;
}): TerminalShell {
  const { interpreter, input, output, interactive } = options;
  let rl: Interface | null = null;
  let closed = false;

  const prompt = () => {
    if (!interactive || rl === null || closed) return;
    rl.setPrompt(`${interpreter.session.player}> `);
    rl.prompt();
  };

  const write = (text: string) => {
    if (text !== '') output.write(text.endsWith('\n') ? text : `${text}\n`);
  };

  return {
    async run() {
      rl = createInterface({
        input,
        output: interactive ? output : undefined,
        terminal: interactive,
        crlfDelay: Number.POSITIVE_INFINITY,
      });
      rl.on('close', () => {
        closed = true;
      });
      // Ctrl-C at the prompt leaves like end of input does (readline would otherwise only pause).
      rl.on('SIGINT', () => rl?.close());
      if (interactive && options.banner !== undefined) write(options.banner);
      prompt();
      // for-await reads one line at a time, so replies come out in the order the commands went in.
      for await (const line of rl) {
        const reply = await interpreter.handle(line);
        write(reply.text);
        if (reply.quit) break;
        prompt();
      }
      closed = true;
      rl.close();
    },
    print(text: string) {
      if (interactive && !closed) output.write('\r\x1b[K');
      write(text);
      prompt();
    },
    close() {
      closed = true;
      rl?.close();
    },
  };
}
