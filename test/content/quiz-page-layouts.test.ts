import { describe, expect, it } from 'vitest';
import { buildDeck, type Deck } from '../../src/content/build-deck.ts';
import { gradedKeys } from './deck-helpers.ts';

/**
 * Layouts of generated and exported quiz pages: the key in words after a mark (`✅ **Correct Answer:** …`),
 * a key heading with a mark in a fold, a "题目" label heading and field lines under a numbered heading, a
 * page that opens with a rule, a `**Question:**` label, question ids (`Q1-C2`), `【A】` options in code
 * blocks with the program asked about above them. Fixtures written for these tests.
 */
const one = (text: string): Deck => buildDeck([{ path: 'quiz.md', text }]);
const graded = gradedKeys;

describe('quiz page layouts', () => {
  it('reads a key in words after a mark and a label, an aside under it', () => {
    const deck = one(`# Security quiz

### 1. Which of the following is a passive attack?

* [ ] Phishing
* [ ] Eavesdropping
* [ ] Denial of service
* [ ] Spoofing

<details>
<summary><strong>Show Answer</strong></summary>

✅ **Correct Answer:** Eavesdropping
💡 Passive attacks listen without altering traffic.

</details>
`);
    expect(graded(deck)).toEqual([['Which of the following is a passive attack?', 'Eavesdropping']]);
  });

  it('reads a numbered question page: fields, a "题目" label heading, options, a key heading in a fold', () => {
    const deck = one(`# 第 3 章：盒模型

## 第 1 题 🟢

**类型：** 单选题  
**标签：** 盒模型组成

### 题目

CSS 盒模型从内到外的组成顺序是？

**选项：**
- A. content → padding → border → margin
- B. content → margin → padding → border
- C. content → border → padding → margin

<details>
<summary>查看答案</summary>

### ✅ 正确答案：A

### 📖 解析

**盒模型的四个组成部分**

- content：实际内容
- padding：内边距
- border：边框
</details>
`);
    expect(deck.cards.map((c) => c.kind)).toEqual(['choice']);
    expect(graded(deck)).toEqual([
      ['CSS 盒模型从内到外的组成顺序是？', 'content → padding → border → margin'],
    ]);
  });

  it('reads a page that opens with a rule, question ids and a **Question:** label', () => {
    const deck = one(`---
### **Q1-C2**

**Question:** Which port does Telnet use?
**A.** 6
**B.** 23
**C.** 17
**Correct Answer: B**

**Explanation:**

Port **23** is reserved for Telnet.

**Why the others are incorrect:**

* **A, C:** other services.

---

### **Q2-C2**

**Question:** Which port does SSH use?
**A.** 22
**B.** 25
**C.** 80
**Correct Answer: A**
`);
    expect(deck.problems).toEqual([]);
    expect(deck.cards.map((c) => c.kind)).toEqual(['choice', 'choice']);
    expect(graded(deck)).toEqual([
      ['Which port does Telnet use?', '23'],
      ['Which port does SSH use?', '22'],
    ]);
  });

  it('still reports front matter that is broken YAML', () => {
    const deck = one(`---
title: [unclosed
---

# Notes
`);
    expect(deck.problems.map((p) => p.code)).toEqual(['invalid-front-matter', 'no-cards']);
  });

  it('reads 【A】 options in a code block, under the program the question asks about', () => {
    const deck = one(`# Python 练习

1. 执行以下程序，输出结果为：

   \`\`\`python
   a = [1]
   a.append(2)
   print(len(a))
   \`\`\`

   \`\`\`python
   【A】1
   【B】2
   【C】3
   \`\`\`

   正确答案：B

2. Python 中表示空值的是：

   \`\`\`
   【A】null
   【B】None
   【C】nil
   \`\`\`

   正确答案：B
`);
    expect(graded(deck)).toEqual([
      ['执行以下程序，输出结果为：\n\n```python\na = [1]\na.append(2)\nprint(len(a))\n```', '2'],
      ['Python 中表示空值的是：', 'None'],
    ]);
  });
});
