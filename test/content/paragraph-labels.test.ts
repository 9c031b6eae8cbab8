import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';
import { isAutoGraded } from '../../src/content/question.ts';
import { enumerations } from '../../src/content/term-families.ts';

/**
 * What a note writes around its terms is not a term: the word that introduces a 、 list, and the labels
 * of paragraphs that say something about the subject above them ("存在的问题：…", "**Drawbacks:** …").
 */
describe('words around the terms', () => {
  it('starts a 、 list after the word that introduces it (包括, 例如, 比如)', () => {
    expect(enumerations('Redis 支持多种数据类型，包括String、Hash、List、Set、ZSet等。')[0]).toEqual([
      'String',
      'Hash',
      'List',
      'Set',
      'ZSet',
    ]);
    expect(enumerations('常见的 JVM 语言例如Scala、Kotlin、Groovy。')[0]?.[0]).toBe('Scala');
    // Near miss: a first item that merely contains such a character stays whole.
    expect(enumerations('所有者、所属组、其他用户都有各自的权限。')[0]?.[0]).toBe('所有者');
  });

  it('never offers a paragraph label ("存在的问题") as a subject, as key or as distractor', () => {
    const text = [
      '## 如何保证缓存与数据库双写时的数据一致性？',
      '',
      '**1、先删除缓存再更新数据库**',
      '',
      '删除缓存后再写数据库，读请求会把旧值重新写进缓存。',
      '',
      '存在的问题：更新完成之前的读请求会读到旧数据，并把旧数据写回缓存。',
      '',
      '**2、先更新数据库再删除缓存**',
      '',
      '写完数据库再删除缓存，下一次读取时重新加载。',
      '',
      '存在的问题：删除缓存之前的读请求仍会读到旧数据，影响较小。',
      '',
      '**3、异步更新缓存**',
      '',
      '把更新命令放进消息队列，由消费者按顺序更新缓存。',
      '',
      '**4、延时双删**',
      '',
      '删除缓存、更新数据库，隔一段时间再删除一次缓存。',
      '',
    ].join('\n');
    const asked = buildDeck([{ path: 'redis.md', text }]).questions.filter(isAutoGraded);
    for (const q of asked) {
      expect(q.options).not.toContain('存在的问题');
      expect(q.stem).not.toMatch(/^存在的问题/);
    }
  });
});

describe('a section about the note itself', () => {
  it('gives no card ("How to Use This File"), while "How to use kubectl" still asks', () => {
    const text = [
      '# CCNA terms',
      '',
      '## How to Use This File',
      '',
      '- Read one section per day.',
      '- Cover the right column and recall the meaning.',
      '- Revisit the terms you missed.',
      '',
      '## How to use kubectl to list pods?',
      '',
      'Run `kubectl get pods`.',
      '',
    ].join('\n');
    const prompts = buildDeck([{ path: 'ccna.md', text }]).cards.map((c) => c.prompt);
    expect(prompts).toEqual(['How to use kubectl to list pods?']);
  });
});
