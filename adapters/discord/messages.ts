import type { Lang } from '../../src/content/question.ts';
import { type Catalogue, createTranslator } from '../shared/format-message.ts';

/**
 * Discord-only wording, in English and Chinese. Engine rejections and the phrases every adapter shares
 * come from adapters/shared/i18n.ts; this file holds what only Discord says (command descriptions,
 * Discord permissions, the duel's Discord flow).
 */
const en = {
  'cmd.challenge': 'Challenge a teammate to a rated duel on your notes',
  'cmd.challenge.user': 'Who you challenge',
  'cmd.challenge.questions': 'How many questions (1–10, default 3)',
  'cmd.challenge.topic': 'A section of the notes (default: everything)',
  'cmd.quiz': 'A practice question, only for you',
  'cmd.quiz.topic': 'A section of the notes (default: everything)',
  'cmd.leaderboard': 'Who knows the notes best',
  'cmd.leaderboard.period': 'Which period (default: this week)',
  'cmd.leaderboard.scope': 'This channel or the whole server (default: server)',
  'cmd.leaderboard.topic': 'Only answers on this section',
  'cmd.stats': 'Answers, accuracy, streaks and rating',
  'cmd.stats.user': 'Whose stats (default: yours)',
  'cmd.daily': "Answer today's question of this channel privately",
  'cmd.admin': 'Set up notequiz in this server (Manage Server)',
  'cmd.admin.schedule': 'Post a question of the day in this channel',
  'cmd.admin.schedule.post': 'Post time, HH:MM (default: the configured daily time)',
  'cmd.admin.schedule.close': 'Close and reveal time, HH:MM (default: the configured time)',
  'cmd.admin.schedule.timezone': 'IANA time zone, e.g. Europe/Berlin (default: the configured zone)',
  'cmd.admin.schedule.days': 'Which days (default: Monday to Friday)',
  'cmd.admin.pause': "Pause this channel's question of the day",
  'cmd.admin.resume': "Resume this channel's question of the day",
  'cmd.admin.reload': 'Reload the notes and rebuild the questions',
  'cmd.admin.flagged': 'Questions players reported: put them back in play or take them out',
  'cmd.admin.remind': 'Remind this channel 1 hour before the question of the day closes',
  'cmd.admin.remind.enabled': 'On or off (default: off)',
  'cmd.admin.status': "This channel's question of the day: schedule, and why it is paused",
  'cmd.admin.lang': "The bot's language in this server",
  'cmd.admin.lang.language': 'English, Chinese, or each member’s Discord language',
  'choice.channel': 'This channel',
  'choice.server': 'Whole server',
  'choice.weekdays': 'Monday to Friday',
  'choice.everyday': 'Every day',
  'choice.auto': 'Follow Discord’s language',
  'cmd.report': 'What the team gets wrong, by note section (worst first)',
  'cmd.report.period': 'Which period (default: this week)',
  'cmd.report.scope': 'This channel or the whole server (default: server)',
  'cmd.report.topic': 'Only sections under this topic',
  'cmd.admin.digest': "Post this channel's knowledge-gap report every week",
  'cmd.admin.digest.day': 'Which day, or off',
  'cmd.admin.digest.time': 'Time, HH:MM (default: the configured daily time)',
  'cmd.admin.digest.timezone': "IANA time zone, e.g. Europe/Berlin (default: the channel's)",
  'choice.off': 'Off',

  'error.guildOnly': 'notequiz works in servers, not in direct messages.',
  'error.notManager': 'Only members with the Manage Server permission can do that.',
  'error.unknownButton': 'That button is not one of ours, or it is out of date.',
  'error.unknownCommand': 'Unknown command: /{name}.',
  'error.badTime': '"{value}" is not a time: use HH:MM on a 24-hour clock, such as 09:30.',
  'error.badTimezone':
    '"{value}" is not a time zone: use an IANA name such as Europe/Berlin or Asia/Shanghai.',
  'error.closeBeforePost': 'The close time must come after the post time.',
  'error.userNotFound': 'That user is not in this server.',
  'error.missingPermissions':
    'I cannot run the question of the day here: I am missing {permissions} in this channel. Give me that in the channel’s settings (Permissions), then try again.',

  'permission.viewChannel': 'View Channel',
  'permission.sendMessages': 'Send Messages',
  'permission.embedLinks': 'Embed Links',
  'pause.missing_permissions': 'I may not post there (Send Messages and Embed Links are needed).',
  'pause.missing_access': 'I cannot see the channel (View Channel is needed).',
  'pause.channel_not_found': 'the channel was deleted, or I cannot find it.',
  'pause.thread_archived': 'the thread is archived.',
  'pause.guild_removed': 'I was removed from the server.',
  'pause.other': 'Discord refused the post ({code}).',
  'notice.paused':
    'The question of the day in {channel} is paused: {reason} Fix it, then run /quiz-admin resume in that channel.',

  'daily.none': 'There is no question of the day open in this channel right now.',
  'daily.answered': '{count} {count|answer|answers} so far',
  'daily.private': 'Answers are private until the reveal.',
  'daily.recorded': 'Answer recorded: {option}. The right answer is revealed when the question closes.',
  'daily.revealTitle': 'Question of the day: the answer',

  'duel.title': 'Duel',
  'duel.playHint': 'Each player presses Play to get the questions privately.',
  'duel.next': 'Next question',
  'duel.timeLeft': 'Time limit: {seconds} s per question.',
  'duel.done': 'You finished with {correct} of {total} right.',
  'duel.resultTitle': 'Duel result',
  'duel.score': '{correct}/{total} right · {seconds} s',
  'duel.ratingChange': 'Rating {delta} → {rating}',
  'duel.declinedTitle': 'Duel declined',
  'duel.expiredTitle': 'Duel expired',
  'duel.finishedOver': 'The duel is over.',
  'duel.times': 'Total time: {winner} {winnerTime} s, {loser} {loserTime} s.',
  'duel.unfinished': '{names} did not finish in time: each unanswered question counted as a time-out.',

  'practice.next': 'Another question',
  'practice.done': 'Done',
  'hint.topics': 'The topic option suggests the sections as you type.',

  'admin.scheduled':
    'Question of the day scheduled here: posted {post}, revealed {close} ({timezone}), {days}.',
  'admin.paused': 'The question of the day is paused in this channel.',
  'admin.remindOn':
    'One hour before the question of the day closes, I will post a reminder here (no one is mentioned).',
  'admin.remindOff': 'No more reminders before the question of the day closes here.',
  'admin.resumed': 'The question of the day is running again in this channel.',
  'admin.noSchedule': 'This channel has no question of the day: use /quiz-admin schedule first.',
  'admin.reloadUnavailable': 'Reloading is not available in this set-up; restart the bot instead.',
  'admin.reloadProblems': '{problems} {problems|problem|problems} found in the notes; see the bot’s log.',
  'admin.status.schedule': 'Question of the day here: posted {post}, revealed {close} ({timezone}), {days}.',
  'admin.status.running': 'Running.',
  'admin.status.pausedByAdmin': 'Paused by an admin: /quiz-admin resume restarts it.',
  'admin.status.paused': 'Paused because {reason} Fix it, then run /quiz-admin resume.',
  'admin.status.permissionsOk': 'My permissions here: all set.',
  'admin.status.permissionsMissing': 'Missing here: {permissions}.',
  'admin.langAuto': 'The bot now follows each member’s Discord language.',
  'admin.langZh': 'Language set to Chinese.',
  'days.weekdays': 'Monday to Friday',
  'days.everyday': 'every day',
} as const satisfies Record<string, string>;

const zh: { readonly [K in keyof typeof en]: string } = {
  'cmd.challenge': '向队友发起一场基于笔记的排位对决',
  'cmd.challenge.user': '你要挑战的人',
  'cmd.challenge.questions': '题目数量（1–10，默认 3）',
  'cmd.challenge.topic': '笔记中的一个章节（默认：全部）',
  'cmd.quiz': '来一道只有你能看到的练习题',
  'cmd.quiz.topic': '笔记中的一个章节（默认：全部）',
  'cmd.leaderboard': '看看谁最熟悉这些笔记',
  'cmd.leaderboard.period': '时间范围（默认：本周）',
  'cmd.leaderboard.scope': '本频道或整个服务器（默认：服务器）',
  'cmd.leaderboard.topic': '只统计这个章节的作答',
  'cmd.stats': '作答数、正确率、连续天数和等级分',
  'cmd.stats.user': '查看谁的数据（默认：你自己）',
  'cmd.daily': '私下作答本频道今天的每日一题',
  'cmd.admin': '在本服务器设置 notequiz（需要“管理服务器”权限）',
  'cmd.admin.schedule': '在本频道发布每日一题',
  'cmd.admin.schedule.post': '发布时间，HH:MM（默认：配置的每日时间）',
  'cmd.admin.schedule.close': '截止并公布答案的时间，HH:MM（默认：配置的时间）',
  'cmd.admin.schedule.timezone': 'IANA 时区，例如 Asia/Shanghai（默认：配置的时区）',
  'cmd.admin.schedule.days': '哪些日子（默认：周一到周五）',
  'cmd.admin.pause': '暂停本频道的每日一题',
  'cmd.admin.resume': '恢复本频道的每日一题',
  'cmd.admin.reload': '重新加载笔记并重建题目',
  'cmd.admin.flagged': '玩家举报的题目：恢复出题或停用',
  'cmd.admin.remind': '在每日一题截止前 1 小时提醒本频道',
  'cmd.admin.remind.enabled': '开启或关闭（默认：关闭）',
  'cmd.admin.status': '本频道的每日一题：时间安排，以及暂停的原因',
  'cmd.admin.lang': '机器人在本服务器使用的语言',
  'cmd.admin.lang.language': '英文、中文，或跟随每位成员的 Discord 语言',
  'choice.channel': '本频道',
  'choice.server': '整个服务器',
  'choice.weekdays': '周一到周五',
  'choice.everyday': '每天',
  'choice.auto': '跟随 Discord 语言',
  'cmd.report': '按笔记章节看团队哪里答错最多（最差的在前）',
  'cmd.report.period': '时间范围（默认：本周）',
  'cmd.report.scope': '本频道或整个服务器（默认：服务器）',
  'cmd.report.topic': '只看这个主题下的章节',
  'cmd.admin.digest': '每周在本频道发布知识盲区报告',
  'cmd.admin.digest.day': '星期几，或关闭',
  'cmd.admin.digest.time': '时间，HH:MM（默认：配置的每日时间）',
  'cmd.admin.digest.timezone': 'IANA 时区，例如 Asia/Shanghai（默认：本频道的时区）',
  'choice.off': '关闭',

  'error.guildOnly': 'notequiz 只能在服务器中使用，不能在私信里使用。',
  'error.notManager': '只有拥有“管理服务器”权限的成员才能这样做。',
  'error.unknownButton': '这个按钮不是我们的，或者已经过期。',
  'error.unknownCommand': '未知命令：/{name}。',
  'error.badTime': '“{value}”不是有效时间：请使用 24 小时制的 HH:MM，例如 09:30。',
  'error.badTimezone': '“{value}”不是有效时区：请使用 IANA 名称，例如 Asia/Shanghai。',
  'error.closeBeforePost': '截止时间必须晚于发布时间。',
  'error.userNotFound': '这个用户不在本服务器中。',
  'error.missingPermissions':
    '无法在这里运行每日一题：我在本频道缺少{permissions}权限。请在频道设置（权限）中授予后再试。',

  'permission.viewChannel': '查看频道',
  'permission.sendMessages': '发送消息',
  'permission.embedLinks': '嵌入链接',
  'pause.missing_permissions': '我无法在该频道发帖（需要“发送消息”和“嵌入链接”权限）。',
  'pause.missing_access': '我看不到该频道（需要“查看频道”权限）。',
  'pause.channel_not_found': '该频道已被删除，或我找不到它。',
  'pause.thread_archived': '该子区已归档。',
  'pause.guild_removed': '我已被移出服务器。',
  'pause.other': 'Discord 拒绝了发帖（{code}）。',
  'notice.paused': '{channel} 的每日一题已暂停：{reason}解决后请在该频道运行 /quiz-admin resume。',

  'daily.none': '本频道现在没有进行中的每日一题。',
  'daily.answered': '已有 {count} 人作答',
  'daily.private': '答案在公布前保密。',
  'daily.recorded': '已记录你的答案：{option}。正确答案将在截止时公布。',
  'daily.revealTitle': '每日一题：答案揭晓',

  'duel.title': '对决',
  'duel.playHint': '双方各自点击“开始”，私下收到题目。',
  'duel.next': '下一题',
  'duel.timeLeft': '每题限时 {seconds} 秒。',
  'duel.done': '你已答完，答对 {correct} / {total} 题。',
  'duel.resultTitle': '对决结果',
  'duel.score': '答对 {correct}/{total} · 用时 {seconds} 秒',
  'duel.ratingChange': '等级分 {delta} → {rating}',
  'duel.declinedTitle': '对决被拒绝',
  'duel.expiredTitle': '对决已过期',
  'duel.finishedOver': '对决已结束。',
  'duel.times': '总用时：{winner} {winnerTime} 秒，{loser} {loserTime} 秒。',
  'duel.unfinished': '{names} 未在时限内答完：每道未答的题都按超时计。',

  'practice.next': '再来一题',
  'practice.done': '结束',
  'hint.topics': '在 topic 选项中输入文字，即可看到可选的章节。',

  'admin.scheduled': '已在本频道设置每日一题：{post} 发布，{close} 公布答案（{timezone}），{days}。',
  'admin.paused': '本频道的每日一题已暂停。',
  'admin.remindOn': '每日一题截止前 1 小时，我会在这里发一条提醒（不会提及任何人）。',
  'admin.remindOff': '本频道的每日一题截止前不再提醒。',
  'admin.resumed': '本频道的每日一题已恢复。',
  'admin.noSchedule': '本频道还没有每日一题：请先使用 /quiz-admin schedule。',
  'admin.reloadUnavailable': '当前部署不支持重新加载，请重启机器人。',
  'admin.reloadProblems': '笔记中发现 {problems} 个问题，详见机器人日志。',
  'admin.status.schedule': '本频道的每日一题：{post} 发布，{close} 公布答案（{timezone}），{days}。',
  'admin.status.running': '运行中。',
  'admin.status.pausedByAdmin': '已被管理员暂停：使用 /quiz-admin resume 恢复。',
  'admin.status.paused': '已暂停，原因：{reason}解决后请运行 /quiz-admin resume。',
  'admin.status.permissionsOk': '我在本频道的权限：齐全。',
  'admin.status.permissionsMissing': '本频道缺少权限：{permissions}。',
  'admin.langAuto': '机器人现在跟随每位成员的 Discord 语言。',
  'admin.langZh': '语言已设置为中文。',
  'days.weekdays': '周一到周五',
  'days.everyday': '每天',
};

export const discordCatalogue: Catalogue<typeof en> = { en, zh };
export const d = createTranslator(discordCatalogue);
export type DiscordMessageKey = keyof typeof en;

/**
 * Discord locales ("zh-CN", "zh-TW", "en-US", …) to our two languages. Our Chinese is Simplified, so
 * only zh-CN gets it; Traditional Chinese (zh-TW) falls back to English rather than show Simplified text
 * under a Traditional label.
 */
export function langFromLocale(locale: string | null | undefined): Lang | null {
  if (locale === null || locale === undefined || locale === '') return null;
  return locale.toLowerCase() === 'zh-cn' ? 'zh' : 'en';
}

/** Description in English (Discord's default) plus the Chinese localisations Discord knows. */
export function localized(key: DiscordMessageKey): {
  description: string;
  description_localizations: Record<string, string>;
} {
  const chinese = discordCatalogue.zh[key];
  return {
    description: discordCatalogue.en[key],
    // Simplified only: a zh-TW client sees the English description (see langFromLocale).
    description_localizations: { 'zh-CN': chinese },
  };
}

export function nameLocalized(key: DiscordMessageKey): {
  name: string;
  name_localizations: Record<string, string>;
} {
  const chinese = discordCatalogue.zh[key];
  return { name: discordCatalogue.en[key], name_localizations: { 'zh-CN': chinese } };
}

const PAUSE_REASONS = new Map(
  Object.entries({
    missing_permissions: 'pause.missing_permissions',
    missing_access: 'pause.missing_access',
    channel_not_found: 'pause.channel_not_found',
    not_found: 'pause.channel_not_found',
    thread_archived: 'pause.thread_archived',
    guild_removed: 'pause.guild_removed',
  } as const),
);

/** Why a channel's question of the day was paused, from the code the scheduler stored, in words. */
export function pauseReasonText(lang: Lang, code: string): string {
  const key = PAUSE_REASONS.get(code);
  return key === undefined ? d(lang, 'pause.other', { code }) : d(lang, key);
}

/** The pause codes someone in the server can fix (a permission, a channel): worth telling an admin. */
export const isFixableInServer = (code: string): boolean =>
  code === 'missing_permissions' ||
  code === 'missing_access' ||
  code === 'channel_not_found' ||
  code === 'not_found' ||
  code === 'thread_archived';
