import { describe, expect, it } from 'vitest';
import type { GateContext } from '../../src/content/gate-checks/gate-check.ts';
import { judge, type Spec } from './gate-fixtures.ts';

/** A deck whose notes run `podman inspect` and `podman image rm`. */
const NOTES_USE: GateContext = {
  commandArgs: new Map(),
  commandTasks: new Map(),
  commandKeys: new Set(['podman inspect', 'podman image rm', 'podman ps']),
  recordFields: new Set(),
};

const command = (stem: string, options: readonly string[], lang: 'en' | 'zh' = 'en'): Spec => ({
  origin: 'command',
  source: 'same-program',
  stem,
  options,
  lang,
});

describe('"which command does it?" asks for a job, among real and different commands', () => {
  it('drops a statement to judge, and keeps the task it could have been', () => {
    const options = ['podman rmi', 'podman ps', 'podman logs'];
    expect(judge(command('A tagged image can never be removed.', options))).toBe('not-a-task');
    expect(judge(command('Remove an image by its tag', options))).toBeNull();
  });

  it('drops a bare heading, and keeps a how-to question', () => {
    const options = ['podman logs', 'podman ps', 'podman rmi'];
    expect(judge(command('Logging', options))).toBe('not-a-task');
    expect(judge(command('How do I read what a container printed?', options))).toBeNull();
  });

  it('drops a why question in Chinese, and keeps a 如何 task', () => {
    const options = ['podman ps', 'podman logs', 'podman rmi'];
    expect(judge(command('为什么容器退出后还占着名字？', options, 'zh'))).toBe('not-a-task');
    expect(judge(command('如何看到已经退出的容器？', options, 'zh'))).toBeNull();
    expect(judge(command('容器常用命令', options, 'zh'))).toBe('not-a-task');
    expect(judge(command('列出已经退出的容器的命令是？', options, 'zh'))).toBeNull();
  });

  it('drops a heading that names one way of several (a means, the object left to the heading above)', () => {
    const options = ['podman commit', 'podman ps', 'podman logs'];
    expect(judge(command('基于已有的容器创建', options, 'zh'))).toBe('not-a-task');
    expect(judge(command('通过本地模板来导入', options, 'zh'))).toBe('not-a-task');
    // The object is there: "save a container as a new image with a command".
    expect(judge(command('使用命令把容器保存为新镜像', options, 'zh'))).toBeNull();
    expect(judge(command('Create from an existing container', options))).toBe('not-a-task');
    expect(judge(command('Create an image from an existing container', options))).toBeNull();
  });

  it('drops a key one letter off a command the notes use, and keeps the real spelling', () => {
    const options = ['podman inspec', 'podman ps', 'podman logs'];
    expect(judge(command('How do I see a container’s full settings as JSON?', options), NOTES_USE)).toBe(
      'misspelled-option',
    );
    const real = ['podman inspect', 'podman ps', 'podman logs'];
    expect(judge(command('How do I see a container’s full settings as JSON?', real), NOTES_USE)).toBeNull();
  });

  it('drops two options that are one command with and without its group noun', () => {
    const stem = 'How do I see the layers an image was built from?';
    expect(judge(command(stem, ['podman history', 'podman image history', 'podman rm']))).toBe(
      'alias-options',
    );
    expect(judge(command(stem, ['podman history', 'podman image prune', 'podman rm']))).toBeNull();
  });
});
