import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { isAutoGraded, type Question } from '../../src/content/question.ts';

/**
 * A table of commands and what they do (`| 命令 | 说明 |`) is asked row by row: "which command does this?"
 * among the other rows' commands, never as a question of kind `command` (that one offers bare subcommands
 * and needs a card whose answer is a command). A task that names the key's own argument ("Pods" for
 * `kubectl get pod -A`, "Stash" for `git stash`) is answered by matching words and must not be asked; a
 * task that says what the command does, without naming what only the key holds, is a question.
 */

/** Every auto-graded question of one note, with no per-card limit hiding one the gate kept. */
function askedOf(lines: readonly string[]): Question[] {
  const deck = buildDeck([{ path: 'commands.md', text: lines.join('\n') }], { maxAutoGradedPerCard: 100 });
  return deck.questions.filter(isAutoGraded);
}

const keyOf = (q: Question): string => (q.correctIndex === null ? '' : (q.options[q.correctIndex] ?? ''));

/** Questions that ask for this command, given a task. */
const askingFor = (asked: readonly Question[], command: string): Question[] =>
  asked.filter((q) => keyOf(q) === command);

describe('command tables', () => {
  it('drops a task that names the key’s argument in the plural, and keeps one that describes', () => {
    const asked = askedOf([
      '# Kubernetes 笔记',
      '',
      '## 查看资源',
      '',
      '| 命令 | 说明 |',
      '|---|---|',
      '| kubectl get pod -A | 显示所有命名空间里的 Pods |',
      '| kubectl get cm -A | 显示所有命名空间里的配置项 |',
      '| kubectl get node -o wide | 显示每台机器的内网 IP 和系统版本 |',
      '| kubectl cluster-info | 显示控制平面和集群服务的地址 |',
      '| kubectl api-resources | 列出集群支持的全部资源类型 |',
    ]);
    expect(askingFor(asked, 'kubectl get pod -A')).toEqual([]);
    // Near miss: 配置项 says what `cm` holds without naming it.
    expect(askingFor(asked, 'kubectl get cm -A').map((q) => q.stem)).toContain('显示所有命名空间里的配置项');
  });

  it('keeps a task that only a look at the flags tells apart (the one-right checks judge it, not the echo)', () => {
    const asked = askedOf([
      '# Docker 笔记',
      '',
      '## 容器与镜像',
      '',
      '| 命令 | 说明 |',
      '|---|---|',
      '| docker ps -a | 列出所有容器，包括已停止的 |',
      '| docker images | 列出本地所有的镜像 |',
      '| docker ps | 列出正在运行的容器 |',
      '| docker rm | 删除一个已停止的容器 |',
    ]);
    expect(askingFor(asked, 'docker ps -a').map((q) => q.stem)).toContain('列出所有容器，包括已停止的');
  });

  it('drops "Stash your changes" for `git stash`, and keeps "Save uncommitted changes away for later"', () => {
    const table = (stash: string): string[] => [
      '# Git notes',
      '',
      '## Common commands',
      '',
      '| Command | Description |',
      '|---|---|',
      `| git stash | ${stash} |`,
      '| git status -s | Show the working tree status in short form |',
      '| git commit -a | Record all tracked changes in one commit |',
      '| git log -p | Show each commit with its patch |',
      '| git diff --staged | Compare the staged changes with the last commit |',
    ];
    expect(askingFor(askedOf(table('Stash your changes')), 'git stash')).toEqual([]);
    const kept = askingFor(askedOf(table('Save uncommitted changes away for later')), 'git stash');
    expect(kept.map((q) => q.stem)).toContain('Save uncommitted changes away for later');
  });
});
