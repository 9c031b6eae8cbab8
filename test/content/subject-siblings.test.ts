import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/content/build-deck.ts';

/**
 * "What is X?" cards of one section answer each other's definition questions. Distractors come from the
 * subject's own kind where the section holds enough of it ("缓存击穿" beside "缓存穿透", not "Redis", which a
 * player rules out unread), and never from a sibling whose own answer names the subject (a broader name
 * for it: "the public Docker registry is Docker Hub").
 */
const distractorsOf = (text: string, key: string): Set<string> => {
  const out = new Set<string>();
  for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
    for (const q of buildDeck([{ path: 'n.md', text }], { seed }).questions) {
      if (q.kind !== 'definition' || q.correctIndex === null || q.options[q.correctIndex] !== key) continue;
      for (const o of q.options) if (o !== key) out.add(o);
    }
  }
  return out;
};

const CACHE_ZH = [
  '## 缓存',
  '',
  '### 什么是 Redis？',
  '',
  'Redis 是一个基于内存的键值数据库，常被用作缓存和消息队列。',
  '',
  '### 什么是缓存穿透？',
  '',
  '缓存穿透是指请求的数据在缓存和数据库中都不存在，每次请求都落到数据库上。',
  '',
  '### 什么是缓存击穿？',
  '',
  '缓存击穿是指某个热点 key 过期的瞬间，大量请求同时落到数据库上。',
  '',
  '### 什么是缓存雪崩？',
  '',
  '缓存雪崩是指大量 key 在同一时间过期，请求全部落到数据库上。',
].join('\n');

const REGISTRY_EN = [
  '## Docker parts',
  '',
  '### What is a Docker registry?',
  '',
  'A Docker registry is a service that stores images and serves them by name. The public Docker registry is Docker Hub.',
  '',
  '### What is Docker Hub?',
  '',
  'Docker Hub is a hosted service where teams publish images, link repositories and run automated builds.',
  '',
  '### What is Docker Swarm?',
  '',
  'Docker Swarm is a mode of the engine that joins several hosts into one cluster and schedules services on it.',
  '',
  '### What is Docker Compose?',
  '',
  'Docker Compose is a tool that starts a set of containers described in one YAML file.',
  '',
  '### What is a hypervisor?',
  '',
  'A hypervisor is the software that creates and runs virtual machines on one physical host.',
].join('\n');

describe('distractors for a "what is X?" subject', () => {
  it('come from its own kind when the section holds two or more of it (Chinese)', () => {
    const seen = distractorsOf(CACHE_ZH, '缓存穿透');
    expect(seen.size).toBeGreaterThan(0);
    expect(seen.has('Redis')).toBe(false);
  });

  it('come from its own kind, never from a sibling whose answer names it (English)', () => {
    const seen = distractorsOf(REGISTRY_EN, 'Docker Hub');
    expect(seen.size).toBeGreaterThan(0);
    expect(seen.has('Docker registry')).toBe(false);
    expect(seen.has('hypervisor')).toBe(false);
  });
});
