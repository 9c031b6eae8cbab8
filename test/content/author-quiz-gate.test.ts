import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/** The author's own quizzes: a catch-all option out of place, and a question copied twice into one deck. */
const one = (text: string) => buildDeck([{ path: 'quiz.md', text }]);
const choicesOf = (text: string) => one(text).questions.filter((q) => q.kind === 'choice');

describe('a catch-all option reads right only as the last one', () => {
  it('asks no auto-graded question when "all of the above" comes before other options', () => {
    const text = [
      '#### Which of these are JavaScript primitives?',
      '',
      '- [ ] string',
      '- [x] All of the above',
      '- [ ] number',
    ].join('\n');
    expect(choicesOf(text)).toEqual([]);
    expect(one(text).dropped.map((d) => d.reason)).toContain('catch-all-not-last');
  });

  it('drops a Chinese catch-all out of place too', () => {
    const text = ['#### 哪些是 Java 的基本类型？', '', '- [ ] int', '- [x] 以上都是', '- [ ] char'].join(
      '\n',
    );
    expect(choicesOf(text)).toEqual([]);
  });

  it('keeps the question when "none of the above" is last, as the author ordered it', () => {
    const text = [
      '#### Which of these is a JavaScript primitive?',
      '',
      '- [x] string',
      '- [ ] Date',
      '- [ ] None of the above',
    ].join('\n');
    expect(choicesOf(text).map((q) => q.options.at(-1))).toEqual(['None of the above']);
  });
});

describe('"all of the above" is right only if every other option is: a flashcard, never auto-graded', () => {
  const asKey = [
    '#### Which of these are JavaScript primitives?',
    '',
    '- [ ] string',
    '- [ ] number',
    '- [x] All of the above',
  ].join('\n');

  it('asks it as a flashcard listing the options, as the key or as a distractor, in English and Chinese', () => {
    expect(choicesOf(asKey)).toEqual([]);
    expect(one(asKey).dropped.map((d) => d.reason)).toContain('all-of-the-above');
    expect(one(asKey).questions.find((q) => q.kind === 'flashcard')?.stem).toContain('C. All of the above');
    const asDistractor = [
      '#### 哪个是 Java 的基本类型？',
      '',
      '- [x] int',
      '- [ ] String',
      '- [ ] 以上都是',
    ].join('\n');
    expect(choicesOf(asDistractor)).toEqual([]);
    expect(one(asDistractor).dropped.map((d) => d.reason)).toContain('all-of-the-above');
  });

  it('keeps an option that only starts like one ("All values are copied")', () => {
    const text = [
      '#### What does a shallow copy copy?',
      '',
      '- [ ] All values, nested objects too',
      '- [x] The top-level properties only',
      '- [ ] Nothing until written',
    ].join('\n');
    expect(choicesOf(text)).toHaveLength(1);
  });
});

describe("a joke among the author's options", () => {
  it('asks the question as a flashcard only, in English and Chinese', () => {
    const zh = [
      '#### 哪个装饰器声明组件？',
      '',
      '- [x] @Component',
      '- [ ] @Injectable',
      '- [ ] 绝对不是答案 :P',
    ].join('\n');
    expect(choicesOf(zh)).toEqual([]);
    expect(one(zh).dropped.map((d) => d.reason)).toContain('joke-option');
    const en = ['#### Which flag follows a log?', '', '- [x] -f', '- [ ] -n', '- [ ] a pizza, lol'].join(
      '\n',
    );
    expect(choicesOf(en)).toEqual([]);
  });

  it('keeps options that hold a colon or a letter pair in code', () => {
    const text = [
      '#### Which Vim command writes and quits?',
      '',
      '- [x] `:wq`',
      '- [ ] `:q!`',
      '- [ ] `:D`',
    ].join('\n');
    expect(choicesOf(text)).toHaveLength(1);
  });
});

describe('a question copied twice into one deck is asked once', () => {
  const quiz = (first: string, second: string, key2: string) =>
    [
      `#### ${first}`,
      '',
      '- [ ] git diff',
      '- [x] git diff --cached',
      '- [ ] git log -p',
      '',
      `#### ${second}`,
      '',
      `- [ ] git diff`,
      `- [${key2 === 'cached' ? 'x' : ' '}] git diff --cached`,
      `- [${key2 === 'log' ? 'x' : ' '}] git log -p`,
    ].join('\n');

  it('keeps the first of two questions that differ only by numbering, case and punctuation', () => {
    const text = quiz(
      'Q1. Which command shows the staged changes?',
      '12. which command shows the staged changes',
      'cached',
    );
    expect(choicesOf(text)).toHaveLength(1);
    expect(one(text).dropped.map((d) => d.reason)).toContain('duplicate-question');
    // Nor is the copy's flashcard: the player would see the question twice.
    expect(one(text).questions.filter((q) => q.kind === 'flashcard')).toHaveLength(1);
  });

  it('keeps both when the same stem has another key (a near miss)', () => {
    const text = quiz('Which command shows the changes?', 'Which command shows the changes?', 'log');
    expect(choicesOf(text)).toHaveLength(2);
  });
});

describe('an author question that cannot be read in a chat window', () => {
  it('drops a stem that asks about code it does not show, and keeps it with its listing', () => {
    const bare = ['#### What does the following code print?', '', '- [ ] 1', '- [x] 2', '- [ ] 3'].join('\n');
    expect(choicesOf(bare)).toEqual([]);
    expect(one(bare).dropped.map((d) => d.reason)).toContain('missing-listing');
    const shown = [
      '#### What does the following code print?',
      '',
      '```js',
      'console.log(1 + 1);',
      '```',
      '',
      '- [ ] 1',
      '- [x] 2',
      '- [ ] 3',
    ].join('\n');
    expect(choicesOf(shown)).toHaveLength(1);
  });

  it('drops a Chinese stem pointing at 以下代码 with none shown', () => {
    const bare = ['#### 以下代码输出什么？', '', '- [ ] 1', '- [x] 2', '- [ ] 3'].join('\n');
    expect(choicesOf(bare)).toEqual([]);
  });

  it('drops a question whose option is only an address, and keeps one whose options are words', () => {
    const linked = [
      '#### Where is the flag documented?',
      '',
      '- [ ] https://example.com/flags',
      '- [x] The manual page',
      '- [ ] The release notes',
    ].join('\n');
    expect(choicesOf(linked)).toEqual([]);
    expect(one(linked).dropped.map((d) => d.reason)).toContain('link-option');
    const worded = linked.replace('https://example.com/flags', 'The wiki');
    expect(choicesOf(worded)).toHaveLength(1);
  });

  it('drops a stem that points at a picture it does not show', () => {
    const bare = ['#### What does the diagram below show? 如图', '', '- [ ] A', '- [x] B', '- [ ] C'].join(
      '\n',
    );
    expect(one(bare).questions.filter((q) => q.kind === 'choice')).toEqual([]);
  });
});

describe("a template's placeholder among the author's options", () => {
  it('asks the question as a flashcard only', () => {
    const zh = [
      '#### 下列关于 finally 的说法正确的是？',
      '',
      '- [x] finally 块总会执行',
      '- [ ] finally 块可以省略 try',
      '- [ ] 替换为错误项',
    ].join('\n');
    expect(choicesOf(zh)).toEqual([]);
    expect(one(zh).dropped.map((d) => d.reason)).toContain('placeholder-option');
    const en = ['#### Which port does SSH use?', '', '- [x] 22', '- [ ] 80', '- [ ] Option 3'].join('\n');
    expect(choicesOf(en)).toEqual([]);
  });

  it('keeps an option that merely mentions such a word ("Option 3 of the config")', () => {
    const text = [
      '#### Which flag keeps the container running in the background?',
      '',
      '- [x] `-d`',
      '- [ ] `-t`',
      '- [ ] `--todo-list`',
    ].join('\n');
    expect(choicesOf(text)).toHaveLength(1);
  });
});

describe("an author's key far longer than every other option", () => {
  const quiz = (key: string) =>
    [
      '#### What is the main motivation for using Kubernetes?',
      '',
      '- [ ] To run a single container on a laptop',
      `- [x] ${key}`,
      '- [ ] To replace Docker entirely',
      '- [ ] To manage only virtual machines',
    ].join('\n');

  it('asks no auto-graded question: the length gives the key away', () => {
    const text = quiz('To automate deployment, scaling, and management of containerized applications');
    expect(choicesOf(text)).toEqual([]);
    expect(one(text).dropped.map((d) => d.reason)).toContain('tell-length');
  });

  it('keeps a key that is longer but not twice as long, and a short key among sentences', () => {
    expect(choicesOf(quiz('To automate deploying and scaling containers'))).toHaveLength(1);
    const output = [
      '#### What does `cat notes.txt | wc -l` print when the file holds three lines?',
      '',
      '- [ ] the first line of the file',
      '- [x] `3`',
      '- [ ] the size of the file in bytes',
    ].join('\n');
    expect(choicesOf(output)).toHaveLength(1);
  });

  it('asks none whose key is nearly twice the longest option and over twice their average (set AA)', () => {
    const text = [
      '#### What is the purpose of Quality of Service (QoS) in networking?',
      '',
      '- [ ] To secure network devices from unauthorized access',
      '- [x] To prioritize and manage network traffic to ensure better performance for critical applications',
      '- [ ] To assign IP addresses dynamically',
      '- [ ] To physically connect devices in a LAN',
    ].join('\n');
    expect(choicesOf(text)).toEqual([]);
    expect(one(text).dropped.map((d) => d.reason)).toContain('tell-length');
    // Near miss: one distractor as long as the key hides it.
    const near = text.replace(
      'To assign IP addresses dynamically',
      'To assign every device on the network an IP address that never changes',
    );
    expect(choicesOf(near)).toHaveLength(1);
  });

  it('keeps a short Chinese key three times as long as the others: a few characters apart', () => {
    const text = [
      '#### 数字签名主要用于保证数据的？',
      '',
      '- [ ] 机密性',
      '- [x] 完整性和不可否认性',
      '- [ ] 可用性',
    ].join('\n');
    expect(choicesOf(text)).toHaveLength(1);
  });
});

describe('an author key worded apart from every wrong option', () => {
  const quiz = (options: readonly string[]) =>
    [
      '#### What is a Pod in Kubernetes?',
      '',
      ...options.map((o, k) => `- [${k === 0 ? 'x' : ' '}] ${o}`),
    ].join('\n');

  it('asks nothing when every wrong option opens with one word and the key does not (round 17, set AJ)', () => {
    const text = quiz([
      'The smallest deployable unit of one or more containers',
      'To store cluster state as key-value pairs',
      'To route traffic between the nodes',
      'To schedule workloads on the nodes',
    ]);
    expect(choicesOf(text)).toEqual([]);
    expect(one(text).dropped.map((d) => d.reason)).toContain('tell-opening');
  });

  it('asks it when the openings vary (near miss)', () => {
    const text = quiz([
      'The smallest deployable unit of one or more containers',
      'A store of cluster state as key-value pairs',
      'To route traffic between the nodes',
      'The scheduler of workloads on the nodes',
    ]);
    expect(choicesOf(text)).toHaveLength(1);
  });
});
