/**
 * Notes shaped to find super-linear work in the pipeline: long runs of one construct, or thousands of
 * small units that each look at all the others. Each is `bytes` long (about).
 */
const fill = (unit: string, bytes: number): string =>
  unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

const many = (bytes: number, make: (k: number) => string): string => {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < bytes; k++) {
    const part = make(k);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
};

/** The five shapes issue 11 found quadratic or worse: measured at 1 MB (the others at half that). */
export const ISSUE_SHAPES: readonly string[] = [
  'a <details> holding a long run of <',
  'a heading holding a long run of spaces',
  'thousands of "What is termN?" defining **termN**',
  'a long run of unclosed **',
  'a long run of <summary',
];

export const HOSTILE_SHAPES: Readonly<Record<string, (bytes: number) => string>> = {
  'a <details> holding a long run of <': (n) =>
    `<details><summary>What is it?</summary>\n${fill('<', n)}\n</details>\n`,
  'a heading holding a long run of spaces': (n) => `## What${fill(' ', n)}is it?\n\nAnswer.\n`,
  'thousands of "What is termN?" defining **termN**': (n) =>
    many(n, (k) => `### What is term${k}?\n\n**term${k}** is the ${k}th thing we define here.\n\n`),
  'a long run of unclosed **': (n) => `## What is bold?\n\n${fill('**a ', n)}\n`,
  'a run of ** with no words': (n) => `## What is bold?\n\n${fill('*', n)}\n`,
  'a long run of <summary': (n) => `<details>${fill('<summary', n)}\n</details>\n`,
  'a long run of <details>': (n) => fill('<details>\n', n),
  'a long run of </details>': (n) => fill('</details>', n),
  'a long run of <quiz>': (n) => fill('<quiz>\n', n),
  'a long run of </quiz>': (n) => fill('</quiz>', n),
  'an indented <quiz> left open over thousands of <details>': (n) =>
    `    <quiz>\n${fill('<details>\n    - [ ] x\n    > why\n', n)}`,
  'a quiz of thousands of options with feedback': (n) =>
    `<quiz>\nWhich one?\n${many(n, (k) => `- [${k % 3 === 0 ? 'x' : ' '}] option ${k}\n> because ${k}\n`)}</quiz>\n`,
  'thousands of mkdocs-quiz blocks': (n) =>
    many(n, (k) => `<quiz>\nWhich is ${k}?\n- [ ] ${k + 1}\n- [x] ${k}\n\nBecause ${k}.\n</quiz>\n\n`),
  'thousands of fill-in-the-blank quizzes': (n) =>
    many(n, (k) => `<quiz>\nPort ${k} is [[open]] and \`[[x]]\` is code.\n\n---\nSee ${k}.\n</quiz>\n\n`),
  'a line of colons': (n) => `## Cards\n\nq${fill(':', n)}a\n`,
  'a line of :: pairs': (n) => `## Cards\n\n${fill('a::', n)}\n`,
  'a long run of ==': (n) => `## Clozes\n\n${fill('==a', n)}\n`,
  'a long run of {{': (n) => `---\nflashcards:\n  clozes: [curly]\n---\n${fill('{{a', n)}\n`,
  'a long to-do list': (n) => `## Later\n\n${fill('- [ ] something to do\n', n)}`,
  'lettered lines without a key': (n) => `## Which?\n\n${fill('A. one\nB. two\n', n)}`,
  'question and ? lines': (n) => fill('Which one?\n?\nThis one.\n\n', n),
  'a run of ? lines': (n) => `q\n${fill('?\n', n)}`,
  'closing brackets in Chinese prose': (n) => `## 命令\n\n运行 docker ps ${fill(')', n)} 即可。\n`,
  'dots in Chinese prose': (n) => `## 命令\n\n运行 docker ps${fill('.', n)}即可。\n`,
  'a wide table': (n) => `## Table\n\n|${fill(' a |', n / 2)}\n|${fill(' - |', n / 2)}\n`,
  'a long table': (n) => `## Table\n\n| a | b |\n| - | - |\n${fill('| `x` | y |\n', n)}`,
  'nested blockquotes': (n) => `## Quote\n\n${fill('>', n)} text\n`,
  'nested lists': (n) => `## List\n\n${many(n, (k) => `${'  '.repeat(k % 200)}- item ${k}\n`)}`,
  'unclosed link labels': (n) => `## Links\n\n${fill('[a](', n)}\n`,
  'a run of backticks': (n) => `## Code\n\n${fill('`a', n)}\n`,
  'a run of html comments': (n) => `## Comments\n\n${fill('<!--', n)}\n`,
  'a definition list of thousands': (n) => many(n, (k) => `term${k}\n: what term ${k} means\n\n`),
  'a heading of pictographs': (n) => `## What ${fill('⭐', n / 2)} is it?\n\nAnswer.\n`,
  'a paragraph of one Chinese line': (n) => `## 长段落\n\n${fill('容器 Docker 镜像 image 的', n / 3)}\n`,
  'thousands of [x] questions': (n) =>
    many(n, (k) => `#### Q${k}. Which is ${k}?\n\n- [ ] ${k + 1}\n- [x] ${k}\n- [ ] ${k + 2}\n\n`),
  'thousands of <details> units': (n) =>
    many(
      n,
      (k) =>
        `<details>\n<summary><b>What is item ${k}?</b></summary><br>\n\n- item ${k} is a thing\n\n</details>\n\n`,
    ),
  'thousands of flashcards': (n) => many(n, (k) => `Question ${k} here::Answer ${k} there\n`),
  'thousands of quiz items with nested options': (n) =>
    many(
      n,
      (k) =>
        `1. Which is ${k}?\n    - A. ${k}\n    - B. ${k + 1}\n\n    <details markdown=1><summary>Answer</summary>\n\n    Correct Answer: A\n\n    </details>\n\n`,
    ),
  'thousands of fill-in items': (n) => many(n, (k) => `${k + 1}. 端口是______。\n   正确答案：${k}\n\n`),
  'a glossary of thousands of acronyms': (n) =>
    `| | |\n|-|-|\n${many(n, (k) => `| **A${k}X** | Alpha ${['Able', 'Acme', 'Atom', 'Axis'][k % 4]}${k} Xray${k % 7} |\n`)}`,
  'deeply nested quiz items': (n) =>
    many(n, (k) => `${'   '.repeat(k % 90)}1. Which ${k}?\n${'   '.repeat((k % 90) + 1)}- [x] A) yes\n`),
  'thousands of numbered questions with letters alone and an answer heading': (n) =>
    many(n, (k) => `## ${k % 1000}.\n\nWhich is ${k}?\n\nA.\n${k}\n\nB.\n${k + 1}\n\n### Answer ✅\n\nA\n\n`),
  'option letters alone over a long run of lines': (n) => `## 1.\n\nWhich?\n\nA.\n${fill('text\n', n)}`,
  'a long run of answer headings': (n) => fill('### Answer ✅\n\n', n),
  'a long run of option letters alone': (n) => `## 1.\n\nWhich?\n\n${fill('A.\n', n)}`,
  'a long run of key titles': (n) => fill('**Answers:**\n1. C\n', n),
  'thousands of questions keyed in a section of their own': (n) => {
    const questions = many(n / 2, (k) => `### Q${k + 1}\nWhich is ${k}?\nA) ${k}\nB) ${k + 1}\n\n`);
    const count = (questions.match(/### Q/g) ?? []).length;
    const keys = Array.from({ length: count }, (_, k) => `${k + 1}. A`).join('\n');
    return `${questions}## Answer Key\n\n${keys}\n`;
  },
  'thousands of chat turns': (n) =>
    many(n, (k) => `## User:\n\nWhat is ${k}?\n\n## ChatGPT:\n\n${k} is a number.\n\n`),
  'a flashcard deck with rules between the sides': (n) =>
    many(n, (k) => `Q: What is ${k}?\n\n---\n\nA: ${k} is a number.\n\n#numbers\n\n---\n\n`),
  'a long run of escaped headings': (n) => fill('\\## What is it?\n\n\\- a thing\n\n', n),
  'a lettered section line holding a long run of spaces': (n) =>
    `A. ab${fill(' ', n)}z\n1. What is it?\nIt is.\n2. Why?\nBecause.\n`,
  'thousands of flashcard-tagged lines with no blank line between': (n) => fill('What is it? #card\n', n),
  'thousands of numbered questions in lettered sections': (n) =>
    many(
      n,
      (k) =>
        `${String.fromCharCode(65 + (k % 26))}. Section ${k}:\n\n${k + 1}.) What is ${k}?\n- it is ${k}\n\n`,
    ),
  'an answer label over a long run of spaces, under options keyed apart': (n) =>
    `1. q\n   A. a\n   B. b\n\n答案${fill(' ', n)}x\n\n1. A\n2. B\n`,
  'a key label over a long run of spaces after options': (n) =>
    `Which?\n\nA. a\nB. b\n\nAnswer${fill(' ', n)}x\n`,
  'a question label over a long run of spaces': (n) => `**Question:**${fill(' ', n)}**${fill(' ', n)}\n`,
  'a field label over a long run of spaces under a numbered question': (n) =>
    `## 1. Q?\n类型${fill(' ', n)}x\n\nanswer\n`,
  'a glossary entry set off by a dash after a long run of spaces': (n) =>
    `## A\n\n${'a'.repeat(50)}${fill(' ', n)}x\n\n## B\n\nB - b\n\n## C\n\nC - c\n`,
  'a table cell opening with a long run of no-break spaces': (n) =>
    `| a | b |\n|---|---|\n| ${fill('\u00a0', n)}x | y |\n| z | w |\n`,
  'a task-first command line with a long run of spaces after the command': (n) =>
    `## S\n\nlist: \`ls\`${fill(' ', n)}x\n\nb: \`ls\`\n\nc: \`ps\`\n`,
  'a long shell block': (n) =>
    `## Commands\n\n\`\`\`sh\n${many(n, (k) => `docker run image${k} --name c${k}\n`)}\`\`\`\n`,
};
