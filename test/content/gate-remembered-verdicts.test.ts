import { describe, expect, it } from 'vitest';
import { askedOf } from './deck-helpers.ts';

/**
 * The gate remembers its verdicts on text alone across decks (notes reload whole when one file changes). A
 * verdict that read the deck must not be among them: in a deck whose labels recur as fields across cards,
 * "全量同步" is a record's field; in a deck of that one card it is a term, and asked.
 */
const replication = [
  '## 复制',
  '',
  '- 全量同步：主库生成快照文件并整个发送给从库',
  '- 增量同步：主库只发送断线期间积压的写命令',
  '- 命令传播：主库把每条写命令实时发给从库',
  '',
];
const recordOf = (name: string, label: string) => [
  `## ${name}`,
  '',
  `- ${label}：${name}里的${label}做法`,
  `- ${name}甲：${name}的第一种情形`,
  `- ${name}乙：${name}的第二种情形`,
  '',
];
const alone = ['# Redis', '', ...replication].join('\n');
const amongRecords = [
  '# Redis',
  '',
  ...replication,
  ...recordOf('哨兵', '全量同步'),
  ...recordOf('集群', '全量同步'),
  ...recordOf('持久化', '增量同步'),
  ...recordOf('备份', '增量同步'),
].join('\n');

describe('verdicts remembered across decks', () => {
  it('asks the same of a note whatever deck was built before it', () => {
    const fresh = askedOf(alone);
    expect(fresh.map(([, key]) => key)).toContain('全量同步');
    const among = askedOf(amongRecords).map(([, key]) => key);
    expect(among).not.toContain('全量同步');
    expect(askedOf(alone)).toEqual(fresh);
  });
});
