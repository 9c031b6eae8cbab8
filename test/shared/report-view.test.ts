import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../adapters/shared/format-message.ts';
import { reportCatalogue } from '../../adapters/shared/report-messages.ts';
import { parseWeekday, sectionReportChart, weekdayName } from '../../adapters/shared/section-report-view.ts';
import type { SectionReport } from '../../src/engine/section-report.ts';

describe('the report wording', () => {
  it('has every key in English and Chinese with the same placeholders', () => {
    const keys = Object.keys(reportCatalogue.en).sort();
    expect(Object.keys(reportCatalogue.zh).sort()).toEqual(keys);
    for (const key of keys) {
      const k = key as keyof typeof reportCatalogue.en;
      expect(reportCatalogue.zh[k].trim(), key).not.toBe('');
      expect(placeholdersOf(reportCatalogue.zh[k]), key).toEqual(placeholdersOf(reportCatalogue.en[k]));
    }
  });

  it('reads weekdays as people type them, and names them back', () => {
    const typed = ['mon', 'Tues', 'wednesday', 'thu', 'FRI', 'sat', 'sunday', '周一', '星期日', '礼拜天'];
    expect(typed.map(parseWeekday)).toEqual([1, 2, 3, 4, 5, 6, 7, 1, 7, 7]);
    expect(['mo', 'funday', 'mondays', '周八', ''].map(parseWeekday)).toEqual([null, null, null, null, null]);
    expect(weekdayName('en', 1)).toBe('Monday');
    expect(weekdayName('zh', 7)).toBe('星期日');
  });
});

describe('the report as chart input', () => {
  it('keeps the report order and its ranking, with every word in the reader language', () => {
    const section = (path: string[], accuracy: number, ranked: boolean, previous: number | null) => ({
      section: path.join(' > '),
      path,
      answers: ranked ? 10 : 2,
      correct: Math.round(accuracy * (ranked ? 10 : 2)),
      players: 3,
      accuracy,
      previous: previous === null ? null : { answers: 8, correct: 4, accuracy: previous },
      ranked,
      mostMissed: [],
    });
    const report: SectionReport = {
      window: { kind: 'past-days', days: 7, until: new Date('2026-03-09T08:00:00Z') },
      tenantId: 'slack:T1',
      channelId: 'slack:T1:C1',
      topic: null,
      topicTitles: [],
      timezone: 'UTC',
      from: new Date('2026-03-02T08:00:00Z'),
      to: new Date('2026-03-09T08:00:00Z'),
      minAnswers: 5,
      sections: [
        section(['容器', '镜像'], 0.2, true, 0.5),
        section(['Docker', 'Volumes'], 0.7, true, null),
        section(['Git'], 1, false, null),
      ],
      totalAnswers: 22,
    };
    expect(sectionReportChart('zh', report)).toEqual({
      title: '按笔记章节的知识盲区：过去 7 天',
      labels: {
        section: '章节',
        accuracy: '正确率',
        answers: '作答',
        players: '人数',
        trend: '趋势',
        tooFewAnswers: '作答太少，不排名（少于 5 次）',
      },
      sections: [
        { title: '容器 › 镜像', answers: 10, players: 3, accuracy: 0.2, previousAccuracy: 0.5, ranked: true },
        {
          title: 'Docker › Volumes',
          answers: 10,
          players: 3,
          accuracy: 0.7,
          previousAccuracy: null,
          ranked: true,
        },
        { title: 'Git', answers: 2, players: 3, accuracy: 1, previousAccuracy: null, ranked: false },
      ],
    });
  });
});
