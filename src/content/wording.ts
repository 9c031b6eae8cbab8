import type { Lang } from './question.ts';

/**
 * Question wording is content (it is part of what a player answers), so it lives here, in both
 * languages; the language comes from the note (or its front matter `lang:`). UI wording lives in adapters.
 */
export interface Wording {
  readonly blank: string;
  termMeans(term: string, context: string): string;
  whichTerm(definition: string, context: string): string;
  tableWhichRow(firstHeader: string, described: string): string;
  tableCell(rowName: string, header: string): string;
  whichCommand(task: string): string;
  cloze(sentence: string): string;
  isOneOf(context: string): string;
  isNotOneOf(context: string): string;
  explain(title: string): string;
  withLabel(prompt: string, label: string): string;
}

const quote = (lang: Lang, text: string): string => (lang === 'zh' ? `「${text}」` : `“${text}”`);

export const WORDING: Record<Lang, Wording> = {
  en: {
    blank: '_____',
    termMeans: (term, context) => `${context ? `${context}\n` : ''}What is ${quote('en', term)}?`,
    whichTerm: (definition, context) =>
      `${context ? `${context}\n` : ''}Which term is described here?\n> ${definition}`,
    tableWhichRow: (header, described) =>
      `Which ${header || 'entry'} matches this description?\n> ${described}`,
    tableCell: (row, header) => `${quote('en', row)}: which ${header || 'description'} is right?`,
    whichCommand: (task) => `Which command does this?\n> ${task}`,
    cloze: (sentence) => `Fill in the blank:\n> ${sentence}`,
    isOneOf: (context) => `${context}\nWhich of these is one of them?`,
    isNotOneOf: (context) => `${context}\nWhich of these is NOT one of them?`,
    explain: (title) => `Explain: ${title}`,
    withLabel: (prompt, label) => `${prompt} (${label})`,
  },
  zh: {
    blank: '＿＿＿',
    termMeans: (term, context) => `${context ? `${context}\n` : ''}${quote('zh', term)}指的是什么？`,
    whichTerm: (definition, context) =>
      `${context ? `${context}\n` : ''}下面描述的是哪一项？\n> ${definition}`,
    tableWhichRow: (header, described) => `哪一个${header || '条目'}符合下面的描述？\n> ${described}`,
    tableCell: (row, header) => `${quote('zh', row)}的${header || '说明'}是哪一项？`,
    whichCommand: (task) => `以下哪个命令可以做到？\n> ${task}`,
    cloze: (sentence) => `填空：\n> ${sentence}`,
    isOneOf: (context) => `${context}\n以下哪一项属于其中？`,
    isNotOneOf: (context) => `${context}\n以下哪一项不属于其中？`,
    explain: (title) => `请解释：${title}`,
    withLabel: (prompt, label) => `${prompt}（${label}）`,
  },
};
