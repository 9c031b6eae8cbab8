import { describe, expect, it } from 'vitest';
import { detectLang, looksLikeQuestion } from '../../src/content/question-cues.ts';

describe('is this heading a question?', () => {
  it.each([
    '什么是 Docker 仓库',
    '本地的镜像文件都存放在哪里',
    '可以在一个容器中同时运行多个应用进程吗',
    '解释基本的Docker使用工作流程',
    '容器退出后，数据会丢失么',
    'Docker与LXC有何不同',
    'What is JSX',
    'How do you create components in React?',
    'Explain the event loop',
    'Java SE vs Java EE',
    'Difference between a process and a thread',
    '⭐️ 为什么说 Java 语言“编译与解释并存”？',
    '6. ❓ Explain idempotency in Ansible.',
    '⭐ 3. Describe the rolling update strategy',
  ])('asks: %s', (title) => expect(looksLikeQuestion(title)).toBe(true));

  it.each([
    'Cgroup',
    'Docker 的基本架构',
    'Linux Namespace',
    'PULL 子命令',
    'State',
    'List rendering',
    '自增自减运算符',
    '2. 📝 Contribution',
    'Differences in behaviour',
  ])('is a topic: %s', (title) => expect(looksLikeQuestion(title)).toBe(false));

  it('detects the language of the prose', () => {
    expect(
      detectLang('Docker 镜像是 Docker 容器运行时的只读模板，每一个镜像由一系列的层（layers）组成。'),
    ).toBe('zh');
    expect(detectLang('React is a JavaScript library for building user interfaces. 中文')).toBe('en');
  });
});
