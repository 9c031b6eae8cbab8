import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { fitStem, MAX_OPTION_LENGTH, MAX_STEM_LENGTH, optionsFit } from '../../src/content/chat-fit.ts';
import { givesAway } from '../../src/content/gate-checks/give-away.ts';
import { isAutoGraded } from '../../src/content/question.ts';

describe('chat fit', () => {
  it('keeps options whole: a long Chinese option reaches the player as the note wrote it', () => {
    const long =
      '一种轻量级、可移植、自包含的软件打包技术，它把应用程序及其全部依赖打包在一起，使应用程序可以在开发、测试和生产等几乎任何环境中以完全相同的方式稳定运行。';
    expect(long.length).toBeGreaterThan(75);
    const notes = [
      '## 相关概念',
      '',
      `- **容器**：${long}`,
      '- **镜像**：用于创建运行实例的只读模板，包含所需的文件系统、依赖库、环境变量和启动配置，可以分层构建并在不同主机之间分发。',
      '- **仓库**：集中存放模板文件的场所，可以公开也可以私有，用户从中拉取和推送，团队通常会为不同的项目和环境分别建立。',
      '- **数据卷**：绕过联合文件系统的目录，可以在多个实例之间共享和重用文件，即使实例被删除，其中保存的内容也会继续保留在主机上。',
    ].join('\n');
    const deck = buildDeck([{ path: 'c.md', text: notes }]);
    // Whole, past any button's 75 characters.
    const withLong = deck.questions.filter((q) => isAutoGraded(q) && q.options.includes(long));
    expect(withLong.length).toBeGreaterThan(0);
    for (const q of deck.questions) for (const o of q.options) expect(o.endsWith('…')).toBe(false);
  });

  it('takes options up to the bound, distinct in any case, and refuses the rest instead of cutting them', () => {
    expect(optionsFit(['a', 'b', 'c'])).toBe(true);
    expect(optionsFit(['x'.repeat(MAX_OPTION_LENGTH), 'b', 'c'])).toBe(true);
    expect(optionsFit(['x'.repeat(MAX_OPTION_LENGTH + 1), 'b', 'c'])).toBe(false);
    expect(optionsFit(['Docker', 'docker', 'c'])).toBe(false);
    expect(optionsFit(['', 'b', 'c'])).toBe(false);
  });

  it('keeps stems within 1,500 characters', () => {
    expect(fitStem('问'.repeat(4000)).length).toBeLessThanOrEqual(MAX_STEM_LENGTH);
    expect(fitStem('short\nstem')).toBe('short\nstem');
  });

  it('spots a give-away: only the right option shares a rare word with the stem', () => {
    expect(
      givesAway('使用 tag 命令为镜像添加标签', 'docker tag', ['docker pull', 'docker save', 'docker logs']),
    ).toBe(true);
    expect(
      givesAway('Which command copies files between a container and the host?', 'docker cp', [
        'docker pull',
        'docker save',
      ]),
    ).toBe(false);
    // Words every option shares ("docker") do not count.
    expect(
      givesAway('Which docker command removes an image?', 'docker rmi', ['docker ps', 'docker logs']),
    ).toBe(false);
    expect(
      givesAway('Which docker command lists images?', 'docker images', ['docker ps', 'docker logs']),
    ).toBe(true);
    // The key shares two of the stem's words where another option shares one: still a give-away.
    expect(
      givesAway('Returns the initial server snapshot, right before hydration', 'getServerSnapshot', [
        'getSnapshot',
        'subscribe',
      ]),
    ).toBe(true);
    expect(
      givesAway('Returns the current value, right before hydration', 'getServerSnapshot', [
        'getSnapshot',
        'subscribe',
      ]),
    ).toBe(false);
    // A plural in the stem points at the singular in the key.
    expect(
      givesAway('Algorithms that find the changes', 'diffing algorithm', ['useId hook', 'portals']),
    ).toBe(true);
  });
});
