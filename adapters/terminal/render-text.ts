import { decodeEntities } from '../../src/content/html-text.ts';
import { type Lang, type Question, topicsOf } from '../../src/content/question.ts';
import type {
  AnswerOutcome,
  DuelSettlement,
  LeaderboardView,
  PlayerStats,
  RoundResults,
} from '../../src/engine/api.ts';
import { leaderboardChart, leaderboardTitle, playerStatsChart } from '../shared/chart-requests.ts';
import { chartText } from '../shared/charts/text/chart-text.ts';
import { optionLetter, percent, signed, t } from '../shared/i18n.ts';
import { htmlFormattingAsMarkdown } from '../shared/note-html.ts';
import { mapNoteProse } from '../shared/note-prose.ts';
import { questionStem } from '../shared/question-text.ts';
import { tt } from './terminal-messages.ts';

/** Plain-text rendering for the terminal: no colours, so piped output is stable and scriptable. */

/** Display width: CJK and full-width characters take two columns in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/**
 * Strong emphasis (`**word**`, `__word__`) shows as the word: a terminal has no bold, and the markers
 * read as noise around the very words the author stressed. Markers inside a word (`x**2`) and single `*`
 * stay: there they are arithmetic, not emphasis.
 */
const STRONG = /(^|[^\w*])(\*\*|__)(?=\S)([^\n]*?\S)\2(?![\w*])/g;

/**
 * An entity the author wrote in prose (`&lt;`) means its character, as CommonMark reads it, and strong
 * emphasis loses its markers; code stays literal.
 */
const noteText = (markdown: string): string =>
  mapNoteProse(htmlFormattingAsMarkdown(markdown), (prose) => decodeEntities(prose.replace(STRONG, '$1$3')));

const colon = (lang: Lang) => (lang === 'zh' ? '：' : ':');

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

/**
 * The heading line names the topics around the card, not the card's own heading: that heading is often
 * the question itself ("## What is an image?"), which the stem prints right below, and for a question
 * made from a heading (a term, a topic) it is the answer.
 * `prompt: false` for a question already answered (shown again, with nothing left to type).
 */
export function renderQuestion(
  lang: Lang,
  question: Question,
  heading: string,
  options: { prompt?: boolean } = {},
): string {
  const topics = topicsOf(question);
  const breadcrumb = topics.length === 0 ? heading : `${heading} · ${topics.join(' › ')}`;
  const lines = [breadcrumb, noteText(questionStem(lang, question))];
  const prompt = options.prompt ?? true;
  if (question.correctIndex === null || question.options.length === 0) {
    lines.push(t(lang, 'question.flashcard'));
    if (prompt) lines.push(tt(lang, 'flashcardPrompt'));
  } else {
    question.options.forEach((option, i) => {
      lines.push(`  ${optionLetter(i)}) ${noteText(option)}`);
    });
    if (prompt) lines.push(tt(lang, 'answerPrompt'));
  }
  return lines.join('\n');
}

export function renderReveal(lang: Lang, question: Question): string {
  return [
    t(lang, 'question.answerIs', { answer: '' }).trimEnd(),
    indent(noteText(question.answer)),
    t(lang, 'answer.source', { file: question.source.file, line: question.source.line }),
    t(lang, 'grade.prompt'),
  ].join('\n');
}

function correctOption(question: Question): string | null {
  if (question.correctIndex === null) return null;
  return `${optionLetter(question.correctIndex)}) ${noteText(question.options[question.correctIndex] ?? '')}`;
}

/** After a wrong answer: the right option, the note's own answer and where it came from. */
export function renderCorrection(lang: Lang, question: Question): string {
  const right = correctOption(question);
  return [
    ...(right === null ? [] : [t(lang, 'answer.correctWas', { option: right })]),
    indent(noteText(question.answer)),
    t(lang, 'answer.source', { file: question.source.file, line: question.source.line }),
  ].join('\n');
}

export function renderOutcome(lang: Lang, outcome: AnswerOutcome): string {
  if (outcome.choice === null) return t(lang, 'answer.recorded');
  const head = [outcome.correct ? t(lang, 'answer.correct') : t(lang, 'answer.wrong')];
  if (outcome.points > 0) head.push(t(lang, 'answer.points', { points: outcome.points }));
  if (outcome.streak !== null && outcome.streak.current > 0)
    head.push(t(lang, 'answer.streak', { days: outcome.streak.current }));
  const lines = [head.join(' · ')];
  if (!outcome.correct) lines.push(renderCorrection(lang, outcome.question));
  return lines.join('\n');
}

export function renderResults(lang: Lang, results: RoundResults): string {
  const lines = [
    `${t(lang, 'results.title')} · ${t(lang, 'question.daily')}`,
    noteText(questionStem(lang, results.question)),
  ];
  const right = correctOption(results.question);
  if (right !== null) lines.push(t(lang, 'question.answerIs', { answer: right }));
  if (results.answered === 0) {
    lines.push(t(lang, 'results.nobody'));
  } else {
    lines.push(t(lang, 'results.summary', { correct: results.correct, answered: results.answered }));
    if (results.fastest.length > 0) {
      const names = results.fastest
        .slice(0, 3)
        .map(
          (f) =>
            `${f.displayName} (${t(lang, 'results.latency', { seconds: (f.latencyMs / 1000).toFixed(1) })})`,
        )
        .join(', ');
      lines.push(t(lang, 'results.fastest', { names }));
    }
  }
  return lines.join('\n');
}

/**
 * The leaderboard as one table with a Unicode bar after each row (the shared chart), then where the
 * viewer stands.
 */
export function renderLeaderboard(lang: Lang, view: LeaderboardView): string {
  const chart = leaderboardChart(lang, view);
  const lines = [chart === null ? leaderboardTitle(lang, view) : chartText(chart)];
  if (chart === null) lines.push(t(lang, 'leaderboard.empty'));
  else if (view.viewer !== null)
    lines.push(t(lang, 'leaderboard.you', { rank: view.viewer.rank, total: view.totalPlayers }));
  else lines.push(t(lang, 'leaderboard.notRanked'));
  return lines.join('\n');
}

/** The figures, then accuracy week by week and by section as Unicode bars (the shared chart), weakest. */
export function renderStats(lang: Lang, stats: PlayerStats): string {
  const lines = [t(lang, 'stats.title', { name: stats.player.displayName })];
  if (stats.answered === 0 && stats.rating === stats.player.rating && stats.player.ratedGames === 0) {
    lines.push(t(lang, 'stats.none'));
  }
  const rows: [string, string][] = [
    [t(lang, 'stats.answered'), String(stats.answered)],
    [t(lang, 'stats.correct'), String(stats.correct)],
    [t(lang, 'stats.accuracy'), percent(lang, stats.accuracy)],
    [t(lang, 'stats.currentStreak'), t(lang, 'stats.days', { days: stats.currentStreak })],
    [t(lang, 'stats.bestStreak'), t(lang, 'stats.days', { days: stats.bestStreak })],
    [t(lang, 'stats.rating'), String(Math.round(stats.rating))],
    [t(lang, 'stats.reviewsDue'), String(stats.reviewsDue)],
  ];
  const width = Math.max(...rows.map(([label]) => displayWidth(label)));
  for (const [label, value] of rows) lines.push(`  ${padEnd(label, width)}  ${value}`);
  const chart = playerStatsChart(lang, stats);
  if (chart !== null) lines.push(chartText(chart, { title: false }));
  if (stats.weakest.length > 0)
    lines.push(
      `${t(lang, 'stats.weakest')}${colon(lang)}${lang === 'zh' ? '' : ' '}${stats.weakest.join(lang === 'zh' ? '、' : ', ')}`,
    );
  return lines.join('\n');
}

export function renderSettlement(lang: Lang, s: DuelSettlement): string {
  const lines: string[] = [];
  const c = s.challenger;
  const o = s.opponent;
  if (s.reason === 'expired' && c.correct === 0 && o.correct === 0 && s.winnerId === null) {
    lines.push(t(lang, 'duel.expired'));
  } else if (s.winnerId === null) {
    lines.push(t(lang, 'duel.draw', { score: c.correct }));
  } else {
    const [winner, loser] = s.winnerId === c.player.id ? [c, o] : [o, c];
    if (s.reason === 'forfeit' || s.reason === 'expired') {
      lines.push(
        t(lang, 'duel.forfeit', { loser: loser.player.displayName, winner: winner.player.displayName }),
      );
    } else if (winner.correct === loser.correct) {
      lines.push(t(lang, 'duel.wonOnTime', { winner: winner.player.displayName, score: winner.correct }));
    } else {
      lines.push(
        t(lang, 'duel.won', {
          winner: winner.player.displayName,
          winnerScore: winner.correct,
          loserScore: loser.correct,
        }),
      );
    }
  }
  for (const side of [c, o]) {
    if (side.ratingDelta === 0 && s.reason === 'expired') continue;
    lines.push(
      t(lang, 'duel.rating', {
        name: side.player.displayName,
        rating: Math.round(side.player.rating),
        delta: signed(Math.round(side.ratingDelta)),
      }),
    );
  }
  return lines.join('\n');
}
