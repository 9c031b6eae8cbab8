import type {
  LeaderboardChart,
  LeaderboardChartRow,
  PlayerStatsChart,
  SectionReportChart,
  SectionReportRow,
} from '../../adapters/shared/charts/chart-data.ts';
import { weekLabel } from '../../adapters/shared/time-text.ts';

/**
 * Example charts in English and Chinese, with the wording an adapter would take from its catalogue. The
 * tests, the bench and scripts/render-chart-samples.ts (the pictures in docs/images) all draw these.
 */

const EN_NAMES = [
  'Alice Johnson',
  'Bob',
  'Chen Jing',
  'Zoë Ångström',
  'Łukasz Dvořák',
  'Priya 🌴',
  'María-José García',
  'Tom',
  'Nguyễn Thị Minh Khai',
  'Dana',
];
const ZH_NAMES = ['张伟', '李娜', '王芳芳', '刘洋', '陈静', '杨磊', '赵敏', '黄晓明', '周杰', '吴秀英'];

/** Names a player could choose to break a layout: long, emoji, right-to-left, bidi overrides, stacked marks. */
export const UNTRUSTED_NAMES = [
  'W'.repeat(64),
  '一二三四五六七八九十'.repeat(6).slice(0, 64),
  '👩‍💻🧑🏽‍🚀🇨🇳🏳️‍🌈 emoji',
  'שלום עליכם',
  'مرحبا بالعالم',
  'evil\u202Edesrever\u202C name',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035Aalgo',
  'tab\tnew\nline\u0000nul',
  '\u200B\u2066\u2069',
] as const;

function rows(names: readonly string[], count: number, top = 300): LeaderboardChartRow[] {
  return Array.from({ length: count }, (_, i) => ({
    rank: i + 1,
    name: names[i % names.length] ?? '',
    points: Math.max(1, Math.round(top * 0.93 ** i)),
    isViewer: i === 2,
  }));
}

export function leaderboardEn(count = 10, names: readonly string[] = EN_NAMES): LeaderboardChart {
  return {
    title: 'Leaderboard: #general, this week',
    labels: { player: 'Player', points: 'Points' },
    rows: rows(names, count),
  };
}

export function leaderboardZh(count = 10, names: readonly string[] = ZH_NAMES): LeaderboardChart {
  return {
    title: '排行榜：#general，本周',
    labels: { player: '玩家', points: '积分' },
    rows: rows(names, count),
  };
}

const EN_SECTIONS = [
  'Cgroup',
  'Namespaces',
  'Union file systems',
  'Dockerfile: COPY vs ADD',
  'Image layers',
  'Container states',
  'Networking › bridge and overlay',
  'Volumes and bind mounts',
  'Docker Swarm',
  'Registries and Docker Hub',
  'Monitoring in production',
  'Virtualisation vs containers',
];
const ZH_SECTIONS = [
  '什么是虚拟化？',
  'Docker Image和Layer有什么区别？',
  'Dockerfile 中的命令 COPY 和 ADD 命令有什么区别？',
  '如何控制容器占用系统资源（CPU，内存）的份额？',
  '什么是 Docker Swarm',
  '仓库（Repository）、注册服务器（Registry）、注册索引（Index）有何关系？',
  '容器退出后，通过docker ps 命令查看不到，数据会丢失么？',
  '如何批量清理临时镜像文件？',
  'Docker与LXC（Linux Container）有何不同？',
  '您将如何监控生产中的Docker？',
  '本地的镜像文件都存放在哪里',
  'DevOps有哪些优势？',
];

/** `count` sections, worst first, the last few with too few answers to rank. */
function sections(titles: readonly string[], count: number): SectionReportRow[] {
  const unranked = Math.max(1, Math.round(count / 6));
  return Array.from({ length: count }, (_, i) => {
    const ranked = i < count - unranked;
    const accuracy = ranked ? 0.18 + (0.78 * i) / Math.max(1, count - unranked) : 0.5;
    const previous = i % 4 === 3 ? null : accuracy + ((i % 3) - 1) * 0.07;
    return {
      title: titles[i % titles.length] ?? '',
      answers: ranked ? 12 + ((i * 7) % 40) : 2 + (i % 3),
      players: ranked ? 3 + (i % 6) : 1 + (i % 2),
      accuracy,
      previousAccuracy: previous,
      ranked,
    };
  });
}

export function sectionReportEn(count = 12, titles: readonly string[] = EN_SECTIONS): SectionReportChart {
  return {
    title: 'Knowledge gaps by note section: this week',
    labels: {
      section: 'Section',
      accuracy: 'Accuracy',
      answers: 'Answers',
      players: 'Players',
      trend: 'Trend',
      tooFewAnswers: 'Too few answers to rank',
    },
    sections: sections(titles, count),
  };
}

export function sectionReportZh(count = 12, titles: readonly string[] = ZH_SECTIONS): SectionReportChart {
  return {
    title: '按笔记章节的知识盲区：本周',
    labels: {
      section: '章节',
      accuracy: '正确率',
      answers: '作答',
      players: '人数',
      trend: '趋势',
      tooFewAnswers: '作答太少，不排名',
    },
    sections: sections(titles, count),
  };
}

/** Eight Mondays, labelled as the bot labels a week ("Oct 6", "10月6日"). */
const MONDAYS = ['10-06', '10-13', '10-20', '10-27', '11-03', '11-10', '11-17', '11-24'].map(
  (d) => `2025-${d}`,
);

export function playerStatsEn(): PlayerStatsChart {
  return {
    title: 'Stats for Alice Johnson',
    labels: {
      overTime: 'Accuracy per week',
      bySection: 'Accuracy by section',
      accuracy: 'Accuracy',
      answers: 'Answers',
    },
    periods: MONDAYS.map((monday, i) => ({
      label: weekLabel('en', monday),
      answers: i === 3 ? 0 : 5 + i * 2,
      accuracy: i === 3 ? null : 0.45 + i * 0.05,
    })),
    sections: EN_SECTIONS.slice(0, 8).map((title, i) => ({
      title,
      answers: 3 + i * 2,
      accuracy: 0.25 + i * 0.09,
    })),
  };
}

export function playerStatsZh(): PlayerStatsChart {
  return {
    title: '张伟 的统计',
    labels: { overTime: '每周正确率', bySection: '各章节正确率', accuracy: '正确率', answers: '作答' },
    periods: MONDAYS.map((monday, i) => ({
      label: weekLabel('zh', monday),
      answers: i === 3 ? 0 : 5 + i * 2,
      accuracy: i === 3 ? null : 0.45 + i * 0.05,
    })),
    sections: ZH_SECTIONS.slice(0, 8).map((title, i) => ({
      title,
      answers: 3 + i * 2,
      accuracy: 0.25 + i * 0.09,
    })),
  };
}
