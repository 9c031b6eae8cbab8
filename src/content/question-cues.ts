import { hasTypedBlank } from './bracket-keys.ts';
import { memoText } from './gate-checks/memo-text.ts';
import { trimEndOf } from './html-text.ts';
import { LEADING_PICTOGRAPHS } from './prompt-text.ts';
import type { Lang } from './question.ts';
import { hasHan, normaliseKey } from './text-normalise.ts';

/**
 * "Is this heading a question?" A heading asks when it ends with a question mark, starts with an
 * interrogative or an instruction to explain, or holds a Chinese question word. Topic titles
 * ("Cgroup", "Docker 的基本架构") match none of these and become explain cards instead.
 */
const ZH_QUESTION_WORDS = [
  '什么',
  '如何',
  '为什么',
  '为何',
  '哪些',
  '哪个',
  '哪种',
  '哪几',
  '哪里',
  '是否',
  '怎么',
  '怎样',
  '多少',
  '有何',
  '何时',
  '咋',
  '能否',
  '可否',
  '区别',
];
const ZH_LEADING = ['解释', '说明', '简述', '描述', '介绍', '列举', '谈谈', '请问'];
const ZH_ENDINGS = ['吗', '么', '呢', '嘛'];

const EN_LEADING = [
  'what',
  'how',
  'why',
  'which',
  'when',
  'where',
  'who',
  'whom',
  'whose',
  'explain',
  'describe',
  'define',
  'compare',
];

/** Decorations people put in front of headings: ⭐️, 🔥, "Q1.", "1)" … */
export function stripDecoration(text: string): string {
  // Either order: "⭐ 1. What…" and "1. ❓ Explain…".
  return text
    .normalize('NFKC')
    .replace(LEADING_PICTOGRAPHS, '')
    .replace(/^(?:q\s*\d+|\d+)\s*[.)、:：]\s*/iu, '')
    .replace(LEADING_PICTOGRAPHS, '')
    .trim();
}

/**
 * Remembered per text: headings, items and prompts are asked this many times over (by each step that
 * reads sections, by the gate), and each answer costs a normalisation and several copies.
 */
export const looksLikeQuestion = memoText((raw: string): boolean => {
  const text = stripDecoration(raw).replace(/[*_`]/g, '');
  if (text === '') return false;
  if (/[?？]\s*$/.test(text) || /[?？]/.test(text)) return true;
  if (/\svs\.?\s/i.test(text)) return true;
  // "Difference between X and Y" asks as "X 和 Y 的区别" does.
  if (/^(?:the\s+)?differences?\s+between\s/i.test(text)) return true;
  if (hasHan(text)) {
    for (const w of ZH_QUESTION_WORDS) if (text.includes(w)) return true;
    for (const w of ZH_LEADING) if (text.startsWith(w)) return true;
    const bare = trimEndOf(text, '。.！!');
    for (const w of ZH_ENDINGS) if (bare.endsWith(w)) return true;
    // "…中的 list 扩充几次": 几 asks a count at the end ("几种常见的锁" opens a topic).
    if (/几[次个种层位类步]$/u.test(bare)) return true;
  }
  const first = /^[A-Za-z]+/.exec(text)?.[0]?.toLowerCase();
  return first !== undefined && EN_LEADING.includes(first) && /\s/.test(text);
});

/** A blank to fill ("______", "（ ）") asks as much as a question mark. */
const BLANK = /_{3,}|＿{2,}|[(（]\s*[)）]/;

/**
 * Text that starts inside a sentence: a lower-case word or a stop (`allows the server to store a …`,
 * `-layer protocol and …`, `of a message.`), where a part of a sentence of several blanks was cut.
 */
export const opensMidSentence = (text: string): boolean => /^\s*(?:[a-z]|[-,.;:)])/.test(text);

/**
 * A question that points back at what it asks about ("Which solution meets these requirements?", "该公司…"),
 * or at the question before it ("More specifically, on what structure…?").
 */
const REFERS_BACK =
  /\b(?:meets?|satisfy|satisfies|fulfil+s?)\s+(?:these|those|this|that|the|its|all|all\s+of\s+the(?:se)?)\s+(?:\w+\s+)?requirements?\b|\b(?:these|those|the above|the stated)\s+requirements?\b|\baccomplish\s+(?:this|these|that)\b|\b(?:the|this)\s+(?:company|organization|customer|scenario|situation)\b|^\s*(?:more\s+(?:specifically|precisely)|similarly|likewise|in\s+contrast|by\s+contrast|conversely)\s*,|上述|这些需求|该需求|该公司|这家公司/i;

export const refersBack = (text: string): boolean => REFERS_BACK.test(text);

/** A blank to fill: `____`, `＿＿`, `（ ）`. */
export const hasBlank = (text: string): boolean => BLANK.test(text);

/** A Chinese quiz stem that ends where its answer goes: "切换工作目录的命令是", "正确的说法为：". */
const ZH_OPEN_END = /\p{Script=Han}\s*(?:是|为)\s*[:：]?\s*$/u;

/** "True or false: …", "True/False: …": a statement put to the reader to judge. */
/** A statement put to the reader to judge: "True or false: …", "(T/F) …", "判断：…", "判断正误". */
const JUDGE_CUE =
  /^(?:\*\*|__)?\s*[(（[]?\s*(?:true\s*(?:or|\/)\s*false|t\s*\/\s*f)\b\s*[)）\]]?|^判断(?:题|正误|对错)?\s*[:：)）]|^[(（]\s*判断(?:题)?\s*[)）]/i;

export const putsToJudgement = (prompt: string): boolean => JUDGE_CUE.test(prompt.trim());

/**
 * A quiz stem: a question, a sentence with a blank to fill ("DNS服务使用的端口是______。"), one that
 * stops where its answer goes, or a statement to judge ("True or false: …").
 */
export function asksOrBlanks(text: string): boolean {
  return (
    looksLikeQuestion(text) ||
    BLANK.test(text) ||
    hasTypedBlank(text) ||
    ZH_OPEN_END.test(text) ||
    putsToJudgement(text)
  );
}

/** The two words of a judgement, as quizzes pair them. */
const JUDGEMENTS = new Set(['true|false', 'yes|no', '对|错', '正确|错误', '是|否']);

/**
 * Options that are only "True" and "False" (or Yes / No, 对 / 错, in either order): they put the statement
 * written above them to the reader, whatever its wording, as a question mark would.
 */
export function judgesStatement(options: readonly string[]): boolean {
  if (options.length !== 2) return false;
  const [a = '', b = ''] = options.map((o) =>
    o
      .replace(/[*_.。!！]/g, '')
      .trim()
      .toLowerCase(),
  );
  return JUDGEMENTS.has(`${a}|${b}`) || JUDGEMENTS.has(`${b}|${a}`);
}

/** Sections that are never cards: tables of contents, reference lists, legal boilerplate. */
const SKIPPED_TITLES = new Set([
  'tableofcontents',
  'contents',
  'toc',
  '目录',
  'references',
  'reference',
  'furtherreading',
  'resources',
  'links',
  'seealso',
  'sources',
  'credits',
  'disclaimer',
  'license',
  'licence',
  'contributing',
  'acknowledgements',
  'acknowledgments',
  '参考',
  '参考资料',
  '参考文献',
  '参考链接',
  '相关阅读',
  '推荐阅读',
  '延伸阅读',
  '扩展阅读',
  '致谢',
  '免责声明',
  '整理',
  '附录',
]);

/**
 * Sections about the note itself ("How to use this file", "使用说明"), or about the quiz it is (its
 * instructions, scoring, answer key, next steps, more resources): its study tips are not its subject.
 */
const ABOUT_THE_NOTE =
  /^(?:(?:quiz|exam|test)?instructions|scoring(?:guide|rubric)?|grading(?:guide|rubric)?|answerkey(?:summary)?|nextsteps(?:after(?:the)?(?:quiz|exam|test))?|selfassessment(?:checklist)?|(?:additional|useful|more|extra)(?:resources|links|reading)|答题说明|考试说明|评分标准|学习资源|相关资源|howto(?:use|read|study)(?:this|these)?(?:file|guide|repo|repository|document|doc|page|notes?|cheatsheet|book|flashcards?|cards|deck|quiz(?:zes)?|glossary)?|(?:active)?(?:learning|revision|review)(?:tips|techniques|strategies|methods)|abouttheseflashcards|(?:study)?tipsfor(?:using|studying|reviewing)(?:these|this|the)?(?:flashcards?|cards|notes?|deck|quiz(?:zes)?)|study(?:tips|schedule|plan|techniques)|(?:final)?memori[sz]ation(?:tips|techniques|tricks|guide)|学习建议|学习计划|复习建议|练习建议|学习方法|记忆(?:技巧|方法)|aboutthis(?:file|guide|repo|repository|document|page|notes?)|使用说明|使用方法|阅读说明|食用(?:说明|指南|方法)|如何使用本?(?:文档|笔记|仓库)?|learningobjectives|learninggoals|whatyouwilllearn|学习目标|目标读者|本课程(?:覆盖|涵盖|包括|包含)?的?内容|课程(?:大纲|内容|安排|概述|简介)|(?:this)?coursecovers|whatthiscoursecovers|course(?:outline|overview|content|schedule)|syllabus|考试(?:时间|安排|范围|日程)(?:及顺序|安排|表)?|日程(?:安排|表)?|(?:exam)?schedule|timetable|时间表|interviewtips(?:for\w+)?|interview(?:preparation|prep)(?:tips|strategy|checklist)?|tipsfor(?:the)?interviews?|面试(?:技巧|建议|准备|注意事项)|备考(?:建议|策略|技巧)|(?:回答|答题)(?:结构|思路|模板|框架)(?:answerstructure|answertemplate)?|answer(?:structure|template|framework)|关于(?:期末|期中)?考试|(?:期末|期中)?考试(?:范围|须知|说明))$/;

/**
 * Sections named by the kind of exercise they hold ("选择题", "判断题", "True or false", "Exercises"): the
 * exercises are cards or not, but "explain: multiple choice" is never a question worth asking.
 */
const EXERCISE_KIND =
  /^(?:[一二三四五六七八九十]{1,3}|\d{1,2})?(?:[单多]?选择?题|不定项选择题|判断题|填空题|简答题|问答题|挑错题|改错题|读程题|程序阅读题|编程题|程序设计题|论述题|计算题|multiplechoice(?:questions)?|trueorfalse(?:questions)?|truefalse|fillintheblanks?|shortanswer(?:questions)?|exercises?|practicequestions|quizzes|quiz)$/;

/** A fill-in-the-blank exercise's title ("二、填空题", "Fill in the blanks"): its kind, as EXERCISE_KIND reads it. */
export const isFillInTitle = memoText((title: string): boolean => {
  const key = normaliseKey(stripDecoration(title));
  return EXERCISE_KIND.test(key) && /填空|fillintheblank/.test(key);
});

/** Is this (normalised) title only the kind of exercise its section holds? */
export const isExerciseKindTitle = (key: string): boolean => EXERCISE_KIND.test(key);

export function isSkippedTitle(key: string): boolean {
  return SKIPPED_TITLES.has(key) || ABOUT_THE_NOTE.test(key);
}

/**
 * A field of the note's own header (`**文档定位**: …`, `**最后更新**: 2026-01-26`, `**Author:**`, `Tags:`): what the
 * note is and when it was written, no term of its subject.
 */
const NOTE_FIELD =
  /^(?:文档(?:定位|类型|说明|状态|版本|用途)|相关(?:文档|链接|笔记)|背景|维护约定|关联|使用(?:方式|方法|说明)|(?:最后|最近)?更新(?:时间|日期)?|创建(?:时间|日期)|适用(?:版本|范围|对象)|版本(?:号)?|作者|标签|分类|状态|难度|阅读时间|预计(?:用时|时间)|(?:last)?(?:updated|modified)(?:on|at|date)?|(?:created|published)(?:on|at|date)?|date|author|authors|version|tags|category|categories|topics?|style|status|difficulty|(?:estimated)?(?:reading)?(?:time|duration)|relateddocs?|relatednotes|relatedlinks|audience|prerequisites|doctype|documenttype)$/;

/** Is this term a field of the note's header (NOTE_FIELD)? */
export const isNoteField = (term: string): boolean => NOTE_FIELD.test(normaliseKey(stripDecoration(term)));

/** Chinese when Han characters are a real share of the prose; code is left out by the caller. */
export function detectLang(prose: string): Lang {
  let han = 0;
  let latin = 0;
  // A sample is enough to tell the language, and char codes are much cheaper than a regex per character.
  const end = Math.min(prose.length, 20_000);
  for (let i = 0; i < end; i++) {
    const c = prose.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) latin++;
  }
  return han > 0 && han * 3 >= latin * 0.5 ? 'zh' : 'en';
}
