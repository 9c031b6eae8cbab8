import { describe, expect, it } from 'vitest';
import { askedOf as asked, choicesOf, noteDeck as deckOf } from './deck-helpers.ts';

/**
 * Layouts and questions round 18's blind sets (AM, AN) showed misread or wrongly asked, in fixtures
 * written for these tests: keys in a table after a quiz under "Instructions", keys typed as code in the
 * blank or after the question, worked solutions, JSON data, functions named after their job, one thing's
 * aspects listed beside another's, and descriptive labels among names.
 */
describe('a quiz keyed by a table at its end', () => {
  const question = (n: number, stem: string, options: readonly string[]) => [
    `### Q${n}. ${stem}`,
    '',
    ...options.map((o, k) => `${'abcd'[k]}) ${o}`),
    '',
    '---',
    '',
  ];
  const quiz = [
    '# 🧠 Quiz: Networking',
    '',
    '## 📝 Instructions',
    '',
    '* Total Questions: **3**',
    '* Answer Key: Included at the end',
    '',
    '---',
    '',
    ...question(1, 'Which layer routes packets?', ['Physical', 'Network', 'Session']),
    ...question(2, 'Which port does SSH use?', ['21', '22', '23']),
    ...question(3, 'The command to list listening sockets is:', ['`ss -tln`', '`hostname`', '`ip link`']),
  ];
  const key = ['## ✅ Answer Key', '', '| Question | Correct Answer |', '| --- | --- |'];

  it('reads `| Q1 | b) Network |` rows as the keys, the questions under "Instructions" asked', () => {
    const note = [...quiz, ...key, '| Q1 | b) Network |', '| Q2 | b) 22 |', '| Q3 | a) `ss -tln` |'];
    expect(choicesOf(note.join('\n'))).toEqual([
      ['Which layer routes packets?', 'Network'],
      ['Which port does SSH use?', '22'],
      ['The command to list listening sockets is', '`ss -tln`'],
    ]);
  });

  it('reads no key from a row whose cell is a word, not an option letter (near miss)', () => {
    const note = [...quiz, ...key, '| Q1 | network |', '| Q2 | ssh |', '| Q3 | routes |'];
    expect(choicesOf(note.join('\n'))).toEqual([]);
  });

  it('still asks nothing of the instructions themselves', () => {
    const note = [...quiz, ...key, '| Q1 | b) Network |', '| Q2 | b) 22 |', '| Q3 | a) `ss -tln` |'];
    expect(deckOf(note.join('\n')).cards.map((c) => c.prompt)).not.toContain('Instructions');
  });
});

describe('keys exam notes type beside the question', () => {
  const options = ['+ A.Stacks', '+ B.PC寄存器', '+ C.Heap', '+ D.Heap Frame'];

  it('reads a key typed as code in the blank, `(`D`)`', () => {
    expect(choicesOf(['### 1.JVM内存不包含如下哪个部分(`D`)', ...options].join('\n'))).toEqual([
      ['JVM内存不包含如下哪个部分(  )', 'Heap Frame'],
    ]);
  });

  it('leaves code in brackets that is no letter a name (near miss)', () => {
    expect(choicesOf(['### 1.JVM内存不包含如下哪个部分(`Dx`)', ...options].join('\n'))).toEqual([]);
  });

  const tape = (stemEnd: string, bold: string) =>
    [
      `**2、逻辑文件存放在磁带上应组织成**${stemEnd}`,
      '',
      'A、索引文件                       B、直接文件',
      '',
      `${bold === 'C' ? '**C、顺序文件**' : 'C、顺序文件'}                       D、链接文件`,
    ].join('\n');

  it('reads a letter set apart after the question as its key, cut from the question', () => {
    expect(choicesOf(tape('        C', ''))).toEqual([['逻辑文件存放在磁带上应组织成', '顺序文件']]);
  });

  it('asks nothing when that letter and the option in bold disagree', () => {
    expect(choicesOf(tape('        B', 'C'))).toEqual([]);
    expect(choicesOf(tape('', 'C'))).toEqual([['逻辑文件存放在磁带上应组织成', '顺序文件']]);
  });
});

describe('facts that are no terms to ask about', () => {
  it('asks nothing of the labelled steps of a worked solution', () => {
    const note = [
      '# 计组',
      '',
      '### 【真题 5.1】控制信号故障',
      '',
      '**题目**：若 `RegWrite` 恒为 0，哪些指令不能正确执行？',
      '**【解题】**',
      '* **分析**：`RegWrite` 控制是否将结果写回寄存器堆。',
      '* **受影响指令**：所有需要写寄存器的指令。',
      '* **不受影响**：`sw`, `beq`, `j`。',
    ].join('\n');
    expect(asked(note)).toEqual([]);
    // The same list as the answer of a question is a glossary (near miss).
    expect(asked(note.replace('**【解题】**', '**答案**'))).not.toEqual([]);
  });

  it('asks nothing whose description is a formula', () => {
    const note = [
      '## 性能平衡点',
      '',
      '* **硬件方式耗时**：$1.1 \\times 1$，所有指令都变慢 10%。',
      '* **软件方式耗时**：$3x + (1-x) \\times 1 = 2x + 1$。',
      '* **不等式**：$1.1 < 2x + 1$，即 $x > 5\\%$。',
    ].join('\n');
    expect(asked(note)).toEqual([]);
  });

  it('reads no term from the keys of JSON data', () => {
    const note = [
      '## Quiz data',
      '',
      '{',
      '"type": "mcq",',
      '"question": "Which call creates a process?",',
      '"instruction": "Drag to arrange from most to least common",',
      '"hint": "Think about fork."',
      '}',
    ].join('\n');
    expect(asked(note)).toEqual([]);
  });

  it('does not ask for a function named after the job its description says', () => {
    const note = [
      '### What are aggregate functions in SQL?',
      '',
      '- COUNT(): Counts rows',
      '- SUM(): Adds up numeric values',
      '- AVG(): Calculates the mean',
      '- MIN(): Finds the minimum value',
      '- MAX(): Finds the maximum value',
    ].join('\n');
    const keys = asked(note).map(([, key]) => key);
    expect(keys).not.toContain('MIN()');
    expect(keys).not.toContain('MAX()');
  });

  it('asks nothing of aspects two sections list under the same labels', () => {
    const section = (name: string, words: readonly string[]) => [
      `### ${name}`,
      '',
      `- **Pods**: ${words[0]}`,
      `- **Pod names**: ${words[1]}`,
      `- **Storage**: ${words[2]}`,
      `- **Scaling**: ${words[3]}`,
      '',
    ];
    const note = [
      '## Workloads',
      '',
      ...section('Deployment', [
        'Identical and interchangeable replicas of one template.',
        'Random suffixes that change whenever a pod is replaced.',
        'Shared or ephemeral volumes, never tied to one pod.',
        'Horizontal, by raising the replica count at any time.',
      ]),
      ...section('StatefulSet', [
        'Each replica keeps a sticky identity across restarts.',
        'Predictable ordinals such as db-0 and db-1.',
        'One persistent volume claim per pod that follows it.',
        'Ordered, one pod at a time, in both directions.',
      ]),
    ].join('\n');
    expect(asked(note)).toEqual([]);
    // One such section alone defines its labels (near miss).
    const one = note.slice(0, note.indexOf('### StatefulSet'));
    expect(asked(one)).not.toEqual([]);
  });

  it('asks nothing of a command’s output columns glossed one by one, but asks a glossary of acronyms', () => {
    const columns = [
      '#### images 命令列出镜像',
      '',
      '+ REPOSITORY: 来自于哪个仓库；',
      '+ TAG: 镜像的标签信息，比如 5.7、latest 表示不同的版本信息；',
      '+ IMAGE ID: 镜像的 ID，两个 ID 相同时指向同一个镜像；',
      '+ CREATED: 镜像最后的更新时间；',
      '+ SIZE: 镜像的大小，轻量级的 alpine 版本更小；',
    ].join('\n');
    expect(asked(columns)).toEqual([]);
    const acronyms = [
      '#### SQL 语言的分类',
      '',
      '+ DDL: 创建、修改和删除表结构的语句；',
      '+ DML: 插入、更新和删除表中行的语句；',
      '+ DCL: 授予和收回用户权限的语句；',
      '+ TCL: 提交和回滚一组操作的语句；',
    ].join('\n');
    expect(asked(acronyms)).not.toEqual([]);
  });

  it('offers no label that describes among names, nor asks it', () => {
    const note = [
      '#### 线程调度',
      '',
      '- 抢占式调度：每条线程执行的时间、线程的切换都由系统控制；',
      '- 协同式调度：某一线程执行后主动通知系统切换到另一线程上执行；',
      '- 线程让出CPU的情况：运行线程主动让出CPU，或当前线程阻塞；',
    ].join('\n');
    expect(asked(note)).toEqual([]);
    const three = note.replace('- 线程让出CPU的情况', '- 混合式调度');
    expect(asked(three)).not.toEqual([]);
  });
});

describe('fill-in-the-blank exercises answered in bold', () => {
  const sentences = [
    '1、软件工程于**1968**年提出。',
    '',
    '2、螺旋模型结合了**瀑布模型**和**快速原型模型**的优点。',
  ];

  it('asks each bold answer as a blank under a "填空题" heading, the others shown', () => {
    const deck = deckOf(['## 填空题', '', ...sentences].join('\n'));
    expect(deck.cards.map((c) => [c.prompt, c.answer])).toEqual([
      ['软件工程于[...]年提出。', '1、软件工程于**1968**年提出。'],
      ['螺旋模型结合了[...]和快速原型模型的优点。', '2、螺旋模型结合了**瀑布模型**和快速原型模型的优点。'],
      ['螺旋模型结合了瀑布模型和[...]的优点。', '2、螺旋模型结合了瀑布模型和**快速原型模型**的优点。'],
    ]);
  });

  it('leaves bold emphasis in other sections as it is (near miss)', () => {
    const deck = deckOf(['## 软件工程概述', '', ...sentences].join('\n'));
    expect(deck.cards.map((c) => c.prompt)).toEqual(['软件工程概述']);
  });
});
