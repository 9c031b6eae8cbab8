import type { Lang } from '../../src/content/question.ts';
import { type Catalogue, createTranslator } from '../shared/format-message.ts';

/**
 * Slack-only wording (commands, admin notices, App Home). Engine rejections and the phrases every adapter
 * shares come from adapters/shared/i18n.ts; this catalogue adds what only Slack says.
 */
/** Strings sent as mrkdwn (help, usage lines) write a literal `<`, `>` or `&` as its entity, as Slack requires. */
const en = {
  'help.title': 'notequiz: questions from our notes',
  'help.body':
    '`/quiz [topic]` a practice question only you see\n' +
    "`/quiz daily` today's question of this channel\n" +
    '`/quiz leaderboard [week|month|all] [channel|workspace|&lt;topic&gt;]`\n' +
    '`/quiz report [week|month|all] [channel|workspace] [topic]` what the team gets wrong, by note section\n' +
    '`/quiz stats` your accuracy, streaks and weakest sections\n' +
    '`/quiz topics` the topics you can ask for\n' +
    '`/quiz challenge @someone [1-10] [topic]` a duel, played privately\n' +
    '`/quiz help` this list',
  'help.admin':
    'Admins: `/quiz schedule HH:MM Area/City [weekdays|daily] [close HH:MM]`, `/quiz pause`, `/quiz resume`, `/quiz remind on|off`, `/quiz digest &lt;weekday&gt; [HH:MM] [Area/City]|off`, `/quiz reload`, `/quiz lang en|zh`, `/quiz flagged` (reported questions)',
  'help.topics': 'Topics: {topics}',
  'hint.topics': 'Type /quiz topics for the list.',
  'topics.none': 'No topics yet: the notes have no headings above their cards.',
  'command.unknown': 'I do not know "{word}". Try `/quiz help`.',
  'command.adminOnly': 'Only workspace admins and owners (or the configured admins) can do that.',
  'command.notInDm': 'Run this in a channel.',
  'command.scheduleUsage':
    "Usage: `/quiz schedule [HH:MM] Area/City [weekdays|daily] [close HH:MM]`, e.g. `/quiz schedule 09:30 Europe/Berlin weekdays` (without HH:MM: the bot's default post time)",
  'command.badTime': '"{value}" is not a time: use 24-hour HH:MM, e.g. 09:30.',
  'command.badTimezone': '"{value}" is not a timezone: use Area/City, e.g. Europe/Berlin or Asia/Shanghai.',
  'command.closeBeforePost': 'The close time must be after the post time.',
  'command.scheduled':
    'The question of the day will be posted here at {time} ({timezone}) on {days}; answers close at {close}.',
  'command.days.weekdays': 'weekdays',
  'command.days.daily': 'every day',
  'command.paused': 'The question of the day is paused in this channel. `/quiz resume` restarts it.',
  'command.resumed': 'The question of the day is back on in this channel.',
  'command.noSchedule': 'This channel has no daily question. An admin can set one with `/quiz schedule`.',
  'command.reloadUnavailable': 'Reloading the notes is not available in this deployment.',
  'command.reloadProblems': '{count} {count|note|notes} had problems; see the logs.',
  'command.langUsage': 'Usage: `/quiz lang en` or `/quiz lang zh`.',
  'command.remindUsage': 'Usage: `/quiz remind on` or `/quiz remind off`.',
  'command.remindOn':
    'One hour before the question of the day closes, I will post a reminder here (no one is mentioned). `/quiz remind off` stops it.',
  'command.remindOff': 'No more reminders before the question of the day closes here.',
  'command.challengeUsage': 'Usage: `/quiz challenge @someone [1-10] [topic]`.',
  'command.userUnknown': 'I could not find that person in this workspace.',
  'daily.none': 'No question of the day is open in this channel right now.',
  'daily.copy': "Today's question (this copy is only for you; answers count the same):",
  'daily.countLine': '{count} {count|answer|answers} so far',
  'daily.closed': 'Answers are closed.',
  'daily.rightAnswer': 'Right answer: *{letter}.* {option}',
  'daily.percentCorrect': '{percent} answered correctly ({correct} of {answered}).',
  'daily.fromNotes': 'From the notes:',
  'feedback.yourChoice': 'You picked {letter}.',
  'practice.next': 'Another one',
  'button.forged': 'That button does not belong to a question you can answer.',
  'duel.playHint': 'Each player presses *Play* to get the questions privately.',
  'duel.done': 'Your part is done: {correct} of {total} right.',
  'duel.title': 'Duel',
  'duel.resultTitle': 'Duel result',
  'duel.notPostedChannel':
    'I could not post your challenge in this channel ({reason}), so it is cancelled and nobody is blocked. Invite me with `/invite @notequiz`, then challenge again.',
  'duel.notPostedOther':
    'Slack did not take your challenge right now, so it is cancelled and nobody is blocked. Try again in a minute.',
  'admin.channelPaused':
    'I paused the question of the day in <#{channel}>: {reason}. Fix it (invite me with `/invite @notequiz`, or unarchive the channel), then run `/quiz resume` there.',
  'admin.reason.channel_not_found': 'the channel no longer exists or I cannot see it',
  'admin.reason.not_in_channel': 'I am no longer a member of the channel',
  'admin.reason.is_archived': 'the channel was archived',
  'home.title': 'notequiz',
  'home.you': 'Your stats',
  'home.leaderboard': 'Leaderboard this week',
  'home.start': 'Try `/quiz` in any channel for a practice question, or `/quiz help` for everything.',
  'chart.fromChannel': 'Your `/quiz {command}` in <#{channel}>, as a chart:',
  'chart.fromHere': 'Your `/quiz {command}`, as a chart:',
  'chart.inDm': '📊 The chart of this is in your direct messages with notequiz.',
} as const satisfies Record<string, string>;

const zh: { readonly [K in keyof typeof en]: string } = {
  'help.title': 'notequiz：来自团队笔记的问题',
  'help.body':
    '`/quiz [主题]` 只有你能看到的练习题\n' +
    '`/quiz daily` 本频道今天的每日一题\n' +
    '`/quiz leaderboard [week|month|all] [channel|workspace|&lt;主题&gt;]` 排行榜\n' +
    '`/quiz report [week|month|all] [channel|workspace] [主题]` 按笔记章节看团队哪里答错最多\n' +
    '`/quiz stats` 你的正确率、连续天数和薄弱章节\n' +
    '`/quiz topics` 可以指定的主题\n' +
    '`/quiz challenge @某人 [1-10] [主题]` 发起对决，各自私下作答\n' +
    '`/quiz help` 显示本列表',
  'help.admin':
    '管理员：`/quiz schedule HH:MM 区域/城市 [weekdays|daily] [close HH:MM]`、`/quiz pause`、`/quiz resume`、`/quiz remind on|off`、`/quiz digest &lt;星期几&gt; [HH:MM] [区域/城市]|off`、`/quiz reload`、`/quiz lang en|zh`、`/quiz flagged`（被举报的题目）',
  'help.topics': '主题：{topics}',
  'hint.topics': '输入 /quiz topics 查看所有主题。',
  'topics.none': '还没有主题：笔记里的卡片上方没有标题。',
  'command.unknown': '我不认识“{word}”。试试 `/quiz help`。',
  'command.adminOnly': '只有工作区管理员、所有者（或配置的管理员）可以这样做。',
  'command.notInDm': '请在频道里使用这个命令。',
  'command.scheduleUsage':
    '用法：`/quiz schedule [HH:MM] 区域/城市 [weekdays|daily] [close HH:MM]`，例如 `/quiz schedule 09:30 Asia/Shanghai weekdays`（不写 HH:MM 则用机器人的默认发布时间）',
  'command.badTime': '“{value}”不是时间：请用 24 小时制 HH:MM，例如 09:30。',
  'command.badTimezone': '“{value}”不是时区：请用 区域/城市，例如 Asia/Shanghai 或 Europe/Berlin。',
  'command.closeBeforePost': '截止时间必须晚于发布时间。',
  'command.scheduled': '每日一题将于{days} {time}（{timezone}）发布在这里，{close} 截止作答。',
  'command.days.weekdays': '工作日',
  'command.days.daily': '每天',
  'command.paused': '本频道的每日一题已暂停。用 `/quiz resume` 恢复。',
  'command.resumed': '本频道的每日一题已恢复。',
  'command.noSchedule': '本频道没有每日一题。管理员可以用 `/quiz schedule` 设置。',
  'command.reloadUnavailable': '此部署不支持重新加载笔记。',
  'command.reloadProblems': '有 {count} 篇笔记存在问题，请查看日志。',
  'command.langUsage': '用法：`/quiz lang en` 或 `/quiz lang zh`。',
  'command.remindUsage': '用法：`/quiz remind on` 或 `/quiz remind off`。',
  'command.remindOn':
    '每日一题截止前 1 小时，我会在这里发一条提醒（不会提及任何人）。`/quiz remind off` 可关闭。',
  'command.remindOff': '本频道的每日一题截止前不再提醒。',
  'command.challengeUsage': '用法：`/quiz challenge @某人 [1-10] [主题]`。',
  'command.userUnknown': '在这个工作区里找不到这个人。',
  'daily.none': '本频道现在没有开放的每日一题。',
  'daily.copy': '今天的题目（这份只有你能看到，作答同样计分）：',
  'daily.countLine': '目前已有 {count} 人作答',
  'daily.closed': '已截止作答。',
  'daily.rightAnswer': '正确答案：*{letter}.* {option}',
  'daily.percentCorrect': '{percent} 的人答对了（{answered} 人中 {correct} 人）。',
  'daily.fromNotes': '笔记原文：',
  'feedback.yourChoice': '你选择了 {letter}。',
  'practice.next': '再来一题',
  'button.forged': '这个按钮不属于你可以回答的题目。',
  'duel.playHint': '双方各自点击 *Play* 私下获取题目。',
  'duel.done': '你已答完：{total} 题中答对 {correct} 题。',
  'duel.title': '对决',
  'duel.resultTitle': '对决结果',
  'duel.notPostedChannel':
    '我无法在这个频道发布你的挑战（{reason}），挑战已取消，不会占用对决名额。请先用 `/invite @notequiz` 邀请我，再重新发起挑战。',
  'duel.notPostedOther': 'Slack 暂时没有接受你的挑战，挑战已取消，不会占用对决名额。请稍后再试。',
  'admin.channelPaused':
    '我暂停了 <#{channel}> 的每日一题：{reason}。请先修复（用 `/invite @notequiz` 邀请我，或取消归档频道），然后在该频道运行 `/quiz resume`。',
  'admin.reason.channel_not_found': '频道已不存在或我无法访问',
  'admin.reason.not_in_channel': '我已不在该频道中',
  'admin.reason.is_archived': '频道已被归档',
  'home.title': 'notequiz',
  'home.you': '你的数据',
  'home.leaderboard': '本周排行榜',
  'home.start': '在任意频道输入 `/quiz` 获取练习题，或输入 `/quiz help` 查看全部命令。',
  'chart.fromChannel': '你在 <#{channel}> 的 `/quiz {command}`，图表如下：',
  'chart.fromHere': '你的 `/quiz {command}`，图表如下：',
  'chart.inDm': '📊 这条内容的图表已发到你与 notequiz 的私信中。',
};

export const slackCatalogue: Catalogue<typeof en> = { en, zh };
export const st = createTranslator(slackCatalogue);
export type SlackMessageKey = keyof typeof en;

export function pauseReasonText(lang: Lang, code: string): string {
  if (code === 'channel_not_found' || code === 'not_in_channel' || code === 'is_archived') {
    return st(lang, `admin.reason.${code}`);
  }
  return code;
}
