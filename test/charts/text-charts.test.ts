import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { CHART_LIMITS } from '../../adapters/shared/charts/chart-data.ts';
import { chartText } from '../../adapters/shared/charts/text/chart-text.ts';
import { unicodeBar } from '../../adapters/shared/charts/text/unicode-bar.ts';
import * as samples from './chart-samples.ts';

const lines = (...l: string[]) => l.join('\n');

describe('Unicode bars', () => {
  it('are drawn to the nearest eighth of a column, and anything above zero shows', () => {
    expect(unicodeBar(100, 100, 4)).toBe('████');
    expect(unicodeBar(50, 100, 4)).toBe('██');
    expect(unicodeBar(3, 8, 1)).toBe('▍');
    expect(unicodeBar(9, 10, 2)).toBe('█▊');
    expect(unicodeBar(0.01, 100, 20)).toBe('▏');
    expect(unicodeBar(0, 100, 20)).toBe('');
    expect(unicodeBar(5, 0, 20)).toBe('');
    expect(unicodeBar(150, 100, 2)).toBe('██');
  });
});

describe('the leaderboard as text', () => {
  it('aligns ranks, names, points and bars, and marks the viewer', () => {
    expect(chartText({ kind: 'leaderboard', chart: samples.leaderboardEn(4) })).toBe(
      lines(
        'Leaderboard: #general, this week',
        ' #  Player         Points',
        ' 1  Alice Johnson     300  ████████████████████',
        ' 2  Bob               279  ██████████████████▋',
        '>3  Chen Jing         259  █████████████████▎',
        ' 4  Zoë Ångström      241  ████████████████▏',
      ),
    );
  });

  it('prints the text-only figures between the points and the bar, and can leave the title out', () => {
    const chart = samples.leaderboardEn(2);
    const request = {
      kind: 'leaderboard',
      chart: {
        ...chart,
        labels: { ...chart.labels, more: ['Accuracy', 'Streak'] },
        rows: chart.rows.map((r, i) => ({ ...r, more: [`${90 - i * 40}%`, String(i + 1)] })),
      },
    } as const;
    expect(chartText(request)).toBe(
      lines(
        'Leaderboard: #general, this week',
        '#  Player         Points  Accuracy  Streak',
        '1  Alice Johnson     300       90%       1  ████████████████████',
        '2  Bob               279       50%       2  ██████████████████▋',
      ),
    );
    expect(chartText(request, { title: false })).toBe(chartText(request).split('\n').slice(1).join('\n'));
  });

  it('counts a Chinese character as two columns', () => {
    expect(chartText({ kind: 'leaderboard', chart: samples.leaderboardZh(3) })).toBe(
      lines(
        '排行榜：#general，本周',
        ' #  玩家    积分',
        ' 1  张伟     300  ████████████████████',
        ' 2  李娜     279  ██████████████████▋',
        '>3  王芳芳   259  █████████████████▎',
      ),
    );
  });

  it('cuts long names and removes bidi overrides, so every row keeps its columns', () => {
    const names = ['W'.repeat(64), '一二三四五六七八九十'.repeat(6), 'evil\u202Edesrever\u202C name'];
    expect(chartText({ kind: 'leaderboard', chart: samples.leaderboardEn(3, names) })).toBe(
      lines(
        'Leaderboard: #general, this week',
        ' #  Player                    Points',
        ' 1  WWWWWWWWWWWWWWWWWWWWWWW…     300  ████████████████████',
        ' 2  一二三四五六七八九十一…      279  ██████████████████▋',
        '>3  evildesrever name            259  █████████████████▎',
      ),
    );
  });

  it('keeps every bar in one column whatever the names hold, and draws at most 25 rows', () => {
    const text = chartText({
      kind: 'leaderboard',
      chart: samples.leaderboardZh(30, [...samples.UNTRUSTED_NAMES, '张伟']),
    });
    const rows = text.split('\n').slice(2);
    expect(rows).toHaveLength(CHART_LIMITS.leaderboardRows);
    const barColumns = rows.map((row) => stringWidth(row.slice(0, row.indexOf('█'))));
    expect(new Set(barColumns).size).toBe(1);
    for (const row of rows) expect(row).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
  });
});

describe('the knowledge-gap report as text', () => {
  it('lists ranked sections with bars and trends, then the sections with too few answers apart', () => {
    expect(chartText({ kind: 'section-report', chart: samples.sectionReportEn(4) })).toBe(
      lines(
        'Knowledge gaps by note section: this week',
        'Section                  Accuracy                  Answers  Players  Trend',
        'Cgroup                        18%  ███▋                 12        3     ▲7',
        'Namespaces                    44%  ████████▊            19        4      =',
        'Union file systems            70%  ██████████████       26        5     ▼7',
        'Too few answers to rank',
        'Dockerfile: COPY vs ADD         –                        2        2      –',
      ),
    );
  });

  it('in Chinese, with long section titles cut to 24 columns', () => {
    expect(chartText({ kind: 'section-report', chart: samples.sectionReportZh(4) })).toBe(
      lines(
        '按笔记章节的知识盲区：本周',
        '章节                      正确率                  作答  人数  趋势',
        '什么是虚拟化？               18%  ███▋              12     3    ▲7',
        'Docker Image和Layer有什…     44%  ████████▊         19     4     =',
        'Dockerfile 中的命令 COP…     70%  ██████████████    26     5    ▼7',
        '作答太少，不排名',
        '如何控制容器占用系统资…        –                     2     2     –',
      ),
    );
  });
});

describe("a player's stats as text", () => {
  it('shows accuracy per period (a period without answers as –) and by section', () => {
    const en = samples.playerStatsEn();
    const chart = { ...en, periods: en.periods.slice(2, 5), sections: en.sections.slice(0, 2) };
    expect(chartText({ kind: 'player-stats', chart })).toBe(
      lines(
        'Stats for Alice Johnson',
        'Accuracy per week',
        '            Accuracy                 Answers',
        'Oct 20           55%  ███████████          9',
        'Oct 27             –                       0',
        'Nov 3            65%  █████████████       13',
        'Accuracy by section',
        '            Accuracy                 Answers',
        'Cgroup           25%  █████                3',
        'Namespaces       34%  ██████▊              5',
      ),
    );
  });

  it('in Chinese', () => {
    const zh = samples.playerStatsZh();
    const chart = { ...zh, periods: zh.periods.slice(2, 5), sections: zh.sections.slice(0, 2) };
    expect(chartText({ kind: 'player-stats', chart })).toBe(
      lines(
        '张伟 的统计',
        '每周正确率',
        '                          正确率                 作答',
        '10月20日                     55%  ███████████       9',
        '10月27日                       –                    0',
        '11月3日                      65%  █████████████    13',
        '各章节正确率',
        '                          正确率                 作答',
        '什么是虚拟化？               25%  █████             3',
        'Docker Image和Layer有什…     34%  ██████▊           5',
      ),
    );
  });

  it('treats impossible figures (NaN, negative, above 100%) as their nearest sensible value', () => {
    const chart = {
      ...samples.playerStatsEn(),
      periods: [
        { label: 'a', answers: Number.NaN, accuracy: 1.7 },
        { label: 'b', answers: -3, accuracy: -0.2 },
      ],
      sections: [],
    };
    expect(chartText({ kind: 'player-stats', chart }).split('\n').slice(3, 5)).toEqual([
      'a      100%  ████████████████████        0',
      'b        0%                              0',
    ]);
  });
});
