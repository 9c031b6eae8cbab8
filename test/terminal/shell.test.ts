import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createTerminalShell } from '../../adapters/terminal/terminal-shell.ts';
import { terminalWorld } from './terminal-fixtures.ts';

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  return () => text;
}

describe('terminal shell', () => {
  let world: Awaited<ReturnType<typeof terminalWorld>>;
  afterEach(async () => {
    await world.store.close();
  });

  it('answers piped lines in order with no prompt and ends at end of input', async () => {
    world = await terminalWorld();
    const input = new PassThrough();
    const output = new PassThrough();
    const read = collect(output);
    const shell = createTerminalShell({ interpreter: world.interpreter, input, output, interactive: false });
    input.end('/as bob\n\n# comment\n/topics\n/as carol\n');
    await shell.run();
    expect(read()).toBe('You are now bob.\nTopics: Docker, Images, Networks\nYou are now carol.\n');
  });

  it('stops reading at /quit even with more input waiting', async () => {
    world = await terminalWorld();
    const input = new PassThrough();
    const output = new PassThrough();
    const read = collect(output);
    const shell = createTerminalShell({ interpreter: world.interpreter, input, output, interactive: false });
    input.write('/quit\n/as bob\n');
    await shell.run();
    expect(read()).toBe('Bye.\n');
    expect(world.interpreter.session.player).toBe('ann');
  });

  it('shows a prompt with the current player when interactive', async () => {
    world = await terminalWorld();
    const input = new PassThrough();
    const output = new PassThrough();
    const read = collect(output);
    const shell = createTerminalShell({ interpreter: world.interpreter, input, output, interactive: true });
    const done = shell.run();
    input.end('/as bob\n');
    await done;
    expect(read()).toContain('ann> ');
    expect(read()).toContain('You are now bob.\n');
    expect(read()).toContain('bob> ');
  });
});
