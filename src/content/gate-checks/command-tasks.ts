import type { Candidate } from '../candidate.ts';
import { commandKey } from '../command-key.ts';
import { stripMarks } from '../term-families.ts';
import { hasHan } from '../text-normalise.ts';
import type { GateCheck, GateContext } from './gate-check.ts';
import { memoText } from './memo-text.ts';

/**
 * "Which command does it?" needs a job to do: a task ("How do I…", "如何…", "List the running
 * containers", "加载镜像"), not a statement to judge ("It is impossible to remove a tag"), a heading
 * ("Services") or a why/what-is question. And its options must be real, different commands: not a
 * misspelling of one the notes use (`podman inspec`), nor two spellings of one command (`docker history`
 * and `docker image history`).
 */

/** Openings that ask for a way to do something. */
const EN_TASK_QUESTION =
  /^(?:how (?:do|can|would|should|could|to|does one)\b|how to\b|(?:which|what) (?:commands?|tools?|utilit(?:y|ies)|programs?|options?|flags?|subcommands?)\b|(?:the )?commands? (?:to|for|that)\b)/i;

/** Verbs a task opens with, in the imperative. */
const EN_TASK_VERBS = new Set(
  `add append apply archive attach bind block build change check checkout clean clear clone close commit compare
  compress configure connect convert copy count create debug delete detach disable display download edit enable
  erase execute expose export extract fetch filter find follow forward free get go grep kill launch limit list
  load lock log login logout look make map merge monitor mount move open pack pause print prune publish pull push
  read rebase reload remove rename replace reset restart restore resume revert roll run save schedule search see
  send set share show sort split squash stage start stash stop switch sync tag tail test trace track turn undo
  uninstall unlock unmount unpack unstage update upgrade upload use view wait watch write`.split(/\s+/),
);

/** Chinese openings that ask for a way, or name the command sought. */
// "…的命令是？" asks for one; a heading "常用命令" does not.
const ZH_TASK_QUESTION =
  /如何|怎么|怎样|怎麽|(?:命令|指令)(?:是|为)|(?:什么|哪个|哪条|哪一个)(?:命令|指令)|用什么/u;
/** Not a task: why, what-is, yes-or-no. */
const ZH_NOT_TASK = /为什么|为何|什么是|是什么|有什么|区别|吗[？?]?$/u;
const EN_NOT_TASK = /^(?:why|what (?:is|are|does|do)|is|are|does|do|can|should|when|where)\b/i;

/** Verbs a Chinese task holds ("加载镜像", "基于已有的镜像创建"). */
const ZH_TASK_VERBS =
  /创建|新建|生成|复制|拷贝|移动|加载|载入|保存|删除|移除|清理|清除|清空|列出|查看|获取|查询|下载|上传|拉取|推送|启动|停止|重启|运行|执行|进入|退出|导出|导入|构建|打包|安装|卸载|修改|更改|设置|配置|显示|搜索|查找|挂载|映射|连接|暂停|恢复|杀死|终止|提交|合并|回滚|撤销|重置|统计|监控|登录|备份|还原|检查|比较|压缩|解压|重命名|标记|添加|插入|追加|限制|打开|关闭|切换|跟踪|过滤|排序|替换|发送|同步|更新|升级|暂存|打印|输出|计算|释放|绑定|分配/u;

/**
 * A heading that names a way, not a job: "基于已有的镜像创建", "通过模板来导入" (a means, then a verb whose
 * object is in the heading above), "Create from an existing image". One of several ways under a question
 * the player does not see.
 */
const ZH_MEANS_FIRST = /^(?:基于|通过|使用|利用|借助|根据|依据|从|用)/u;
const ZH_ENDS_ON_VERB = new RegExp(`(?:${ZH_TASK_VERBS.source})[。.！!]?$`, 'u');
const EN_VERB_THEN_MEANS = /^[A-Za-z]+\s+(?:from|using|via|based on|by means of)\b/i;

export const readsAsTask = memoText((prompt: string): boolean => {
  const text = stripMarks(prompt)
    .replace(/^\s*(?:>\s*)?(?:\d+[.)、]\s*|[QqＱ]\d+[.:：]\s*)?/, '')
    .trim();
  if (text === '') return false;
  if (hasHan(text)) {
    if (ZH_NOT_TASK.test(text)) return false;
    if (ZH_TASK_QUESTION.test(text)) return true;
    if (ZH_MEANS_FIRST.test(text) && ZH_ENDS_ON_VERB.test(text)) return false;
    return ZH_TASK_VERBS.test(text);
  }
  if (EN_TASK_QUESTION.test(text)) return true;
  if (EN_NOT_TASK.test(text) || EN_VERB_THEN_MEANS.test(text)) return false;
  const first = /^[A-Za-z]+/.exec(text)?.[0].toLowerCase() ?? '';
  // A one- or two-word heading ("Services", "Port forwarding") names a topic, not a job.
  return EN_TASK_VERBS.has(first) && text.split(/\s+/).length >= 2;
});

/** The words after the program: "docker image history" → image, history. */
const wordsOf = (option: string): string[] => stripMarks(option).trim().split(/\s+/);

/** Nouns a CLI groups its commands under, where the grouped and the short form are one command. */
const OBJECT_GROUPS = new Set(
  'image images container containers network volume system node service stack secret config plugin context builder pod'.split(
    ' ',
  ),
);

/** Two options are one command: the same program and last word, one with a group noun in between. */
export function aliasPair(options: readonly string[]): boolean {
  const split = options.map(wordsOf);
  for (let i = 0; i < split.length; i++)
    for (let j = 0; j < split.length; j++) {
      const a = split[i] as string[];
      const b = split[j] as string[];
      if (i === j || a.length !== 2 || b.length !== 3) continue;
      if (a[0] === b[0] && a[1] === b[2] && OBJECT_GROUPS.has(b[1] ?? '')) return true;
    }
  return false;
}

/** One letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length < b.length ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
}

/** Per program, the job words of the commands the notes use (gathered once per deck). */
const jobsByDeck = new WeakMap<ReadonlySet<string>, Map<string, Set<string>>>();

function jobsOf(known: ReadonlySet<string>): Map<string, Set<string>> {
  let jobs = jobsByDeck.get(known);
  if (jobs) return jobs;
  jobs = new Map();
  for (const key of known) addJob(jobs, key);
  jobsByDeck.set(known, jobs);
  return jobs;
}

function addJob(jobs: Map<string, Set<string>>, key: string): void {
  const words = key.split(' ');
  if (words.length < 2) return;
  const program = words[0] as string;
  const set = jobs.get(program);
  if (set) set.add(words[words.length - 1] as string);
  else jobs.set(program, new Set([words[words.length - 1] as string]));
}

/** An option's job word is a misspelling of another command word of its program, in the options or notes. */
export function misspelledOption(options: readonly string[], known: ReadonlySet<string>): boolean {
  const keys = options.map((o) => commandKey(stripMarks(o)));
  const deck = jobsOf(known);
  const mine = new Map<string, Set<string>>();
  for (const k of keys) addJob(mine, k.key);
  for (const { program, key } of keys) {
    const job = key.split(' ').pop() ?? '';
    if (key === program || job.length < 4) continue;
    for (const other of [...(deck.get(program) ?? []), ...(mine.get(program) ?? [])])
      if (oneEditApart(job, other) && !oneIsPlural(job, other)) return true;
  }
  return false;
}

const oneIsPlural = (a: string, b: string): boolean => a === `${b}s` || b === `${a}s`;

const isCommandQuestion = (candidate: Candidate): boolean => candidate.origin === 'command';

export const COMMAND_TASK_CHECKS: readonly GateCheck[] = [
  {
    code: 'not-a-task',
    reads: 'stem',
    fails: (candidate) => isCommandQuestion(candidate) && !readsAsTask(candidate.question.stem),
  },
  {
    code: 'alias-options',
    reads: 'options',
    fails: (candidate) =>
      (isCommandQuestion(candidate) || candidate.origin === 'cloze') && aliasPair(candidate.question.options),
  },
  {
    code: 'misspelled-option',
    reads: 'options',
    fails: (candidate: Candidate, context: GateContext) =>
      (isCommandQuestion(candidate) || candidate.origin === 'cloze') &&
      misspelledOption(candidate.question.options, context.commandKeys),
  },
];
