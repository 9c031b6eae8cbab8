import { type Catalogue, createTranslator } from './format-message.ts';

/**
 * The knowledge-gap report's and the weekly digest's wording, shared by every adapter (and the
 * `notequiz report` command), in English and Chinese. Kept apart from messages-en.ts because it belongs to
 * one feature; the same rules hold (same keys, same placeholders; a test checks).
 */
const en = {
  'report.title': 'Knowledge gaps by note section: {window}',
  'report.window.pastDays': 'the past {days} days',
  'report.scope.channel': 'Answers in {channel}.',
  'report.scope.tenant': 'Answers from the whole team.',
  'report.scope.all': 'Answers from every team in the database.',
  'report.scope.topic': 'Only sections under {topics}.',
  'report.col.section': 'Section',
  'report.col.accuracy': 'Accuracy',
  'report.col.answers': 'Answers',
  'report.col.players': 'Players',
  'report.col.trend': 'Trend',
  'report.col.previous': 'Before',
  'report.col.mostMissed': 'Most missed',
  'report.tooFew': 'Too few answers to rank (under {min})',
  'report.empty': 'Nobody has answered a question yet ({window}).',
  'report.figures':
    '{accuracy} right · {answers} {answers|answer|answers} · {players} {players|player|players}',
  'report.trend': '{trend} (was {previous})',
  'report.mostMissed': 'Most missed:',
  'report.missed': '{missed} of {answers} wrong',
  'report.notInNotes': 'no longer in the notes',
  'report.unknownQuestion': 'question {id}',
  'report.more': '…and {count} more {count|section|sections}.',
  'report.dates': 'From {from} to {to} ({timezone}).',
  'report.howToRead':
    'Worst first. Trend: accuracy now against the period before, in percentage points (▲ better, ▼ worse).',
  'digest.title': 'Weekly digest',
  'digest.set':
    'The knowledge-gap report of the past {days} days will be posted here every {weekday} at {time} ({timezone}).',
  'digest.off': 'The weekly digest is off in this channel.',
  'digest.none': 'This channel has no weekly digest.',
  'digest.status': 'Weekly digest: every {weekday} at {time} ({timezone}).',
  'digest.badWeekday': '"{value}" is not a day of the week: use monday … sunday (or mon … sun).',
} as const;

const zh: { readonly [K in keyof typeof en]: string } = {
  'report.title': '按笔记章节的知识盲区：{window}',
  'report.window.pastDays': '过去 {days} 天',
  'report.scope.channel': '{channel} 中的作答。',
  'report.scope.tenant': '全队的作答。',
  'report.scope.all': '数据库中所有团队的作答。',
  'report.scope.topic': '只含 {topics} 下的章节。',
  'report.col.section': '章节',
  'report.col.accuracy': '正确率',
  'report.col.answers': '作答',
  'report.col.players': '人数',
  'report.col.trend': '趋势',
  'report.col.previous': '之前',
  'report.col.mostMissed': '错得最多',
  'report.tooFew': '作答太少，不排名（少于 {min} 次）',
  'report.empty': '还没有人答题（{window}）。',
  'report.figures': '正确率 {accuracy} · {answers} 次作答 · {players} 人',
  'report.trend': '{trend}（之前 {previous}）',
  'report.mostMissed': '错得最多：',
  'report.missed': '{answers} 次中错 {missed} 次',
  'report.notInNotes': '已不在笔记中',
  'report.unknownQuestion': '题目 {id}',
  'report.more': '……还有 {count} 个章节。',
  'report.dates': '{from} 至 {to}（{timezone}）。',
  'report.howToRead': '最差的在前。趋势：本期正确率与上一期相比的百分点变化（▲ 变好，▼ 变差）。',
  'digest.title': '每周摘要',
  'digest.set': '每{weekday} {time}（{timezone}）会在这里发布过去 {days} 天的知识盲区报告。',
  'digest.off': '本频道的每周摘要已关闭。',
  'digest.none': '本频道没有每周摘要。',
  'digest.status': '每周摘要：每{weekday} {time}（{timezone}）。',
  'digest.badWeekday': '“{value}”不是星期几：请用 monday … sunday（或 mon … sun）。',
};

export const reportCatalogue: Catalogue<typeof en> = { en, zh };
export const rt = createTranslator(reportCatalogue);
export type ReportMessageKey = keyof typeof en;
