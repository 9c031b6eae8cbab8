import { type Catalogue, createTranslator } from './format-message.ts';

/**
 * The wording of "Report this question" and of the admins' list, shared by every platform. Kept apart from
 * messages-en.ts / messages-zh.ts because only the report flow and the list use it.
 */
const en = {
  'flag.action': 'Report this question',
  /** A small button beside a question's answers (Discord). */
  'flag.button': '⚑ Report',
  'flag.reason.wrong_answer': 'Wrong answer',
  'flag.reason.unclear': 'Unclear',
  'flag.reason.not_worth_asking': 'Not worth asking',
  'flag.reason.other': 'Other',
  /** A menu entry that reports with a reason (Slack's overflow menu). */
  'flag.menuItem': 'Report: {reason}',
  /** The form's title: at most 24 characters (Slack's modal title). */
  'flag.formTitle': 'Report this question',
  'flag.reasonLabel': 'What is wrong with it?',
  'flag.noteLabel': 'Anything to add? (optional)',
  'flag.notePlaceholder': 'For example: option B is right too, see the docs.',
  'flag.send': 'Send',
  'flag.cancel': 'Cancel',
  'flag.thanks':
    'Thanks for the report: the admins will look at this question. Nobody else sees that you reported it.',
  'flag.already': 'You already reported this question. Thanks!',
  'flag.notYours': 'You can report only the questions you were shown.',
  'flag.autoSuppressed':
    '{count} players reported a question, so it is out of play: {source} “{question}” ({reasons}). {command} lists it: put it back in play or keep it out.',
  'flag.listTitle': 'Reported questions',
  'flag.listEmpty': 'No question has open reports, and none is out of play.',
  'flag.reports': '{count} {count|report|reports}: {reasons}',
  'flag.noReports': 'No open reports',
  'flag.reasonCount': '{reason} ×{count}',
  'flag.outOfPlayAuto': 'Out of play: enough players reported it',
  'flag.outOfPlayAdmin': 'Out of play: an admin took it out',
  'flag.inPlay': 'In play',
  'flag.playersWrote': 'Players wrote: {notes}',
  'flag.suppress': 'Take out of play',
  'flag.restore': 'Put back in play',
  'flag.dismiss': 'Dismiss reports',
  'flag.suppressed': 'Taken out of play: it is not asked again until you put it back or its note changes.',
  'flag.restored': 'Back in play; its reports are closed.',
  'flag.dismissed': 'Reports closed; the question stays in play.',
  'flag.unchanged': 'Nothing to change: that was done already.',
  'flag.questionGone': 'That question is no longer in the notes.',
  'flag.more': '…and {count} more {count|question|questions}.',
} as const satisfies Record<string, string>;

const zh: { readonly [K in keyof typeof en]: string } = {
  'flag.action': '举报这道题',
  'flag.button': '⚑ 举报',
  'flag.reason.wrong_answer': '答案有误',
  'flag.reason.unclear': '题意不清',
  'flag.reason.not_worth_asking': '不值得考',
  'flag.reason.other': '其他',
  'flag.menuItem': '举报：{reason}',
  'flag.formTitle': '举报这道题',
  'flag.reasonLabel': '问题出在哪里？',
  'flag.noteLabel': '补充说明（可选）',
  'flag.notePlaceholder': '例如：选项 B 也是对的，见官方文档。',
  'flag.send': '提交',
  'flag.cancel': '取消',
  'flag.thanks': '感谢反馈！管理员会查看这道题，其他人看不到你的举报。',
  'flag.already': '你已经举报过这道题了，谢谢！',
  'flag.notYours': '你只能举报自己看到的题目。',
  'flag.autoSuppressed':
    '{count} 位玩家举报了一道题，它已停止出题：{source}“{question}”（{reasons}）。用 {command} 查看：恢复出题，或保持停用。',
  'flag.listTitle': '被举报的题目',
  'flag.listEmpty': '没有待处理的举报，也没有停用的题目。',
  'flag.reports': '{count} 次举报：{reasons}',
  'flag.noReports': '没有待处理的举报',
  'flag.reasonCount': '{reason} ×{count}',
  'flag.outOfPlayAuto': '已停用：举报人数已达上限',
  'flag.outOfPlayAdmin': '已停用：由管理员停用',
  'flag.inPlay': '仍在出题',
  'flag.playersWrote': '玩家留言：{notes}',
  'flag.suppress': '停用',
  'flag.restore': '恢复出题',
  'flag.dismiss': '忽略举报',
  'flag.suppressed': '已停用：在你恢复它或它的笔记修改之前，不会再出这道题。',
  'flag.restored': '已恢复出题，相关举报已关闭。',
  'flag.dismissed': '举报已关闭，这道题继续出题。',
  'flag.unchanged': '无需更改：已经处理过了。',
  'flag.questionGone': '笔记里已经没有这道题了。',
  'flag.more': '……还有 {count} 道题。',
};

export const flagCatalogue: Catalogue<typeof en> = { en, zh };
export const ft = createTranslator(flagCatalogue);
