import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** Relative link targets in a Markdown text, without their `#anchor`. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^[a-z]+:|^#|…/.test(target))
    .map((target) => target.replace(/#.*$/, ''));
}

describe('README', () => {
  it('is a front door: under 250 lines', () => {
    expect(readme.split('\n').length).toBeLessThan(250);
  });

  it('links only to files that exist, and to every page in docs/', () => {
    const links = relativeLinks(readme);
    for (const target of links) expect(existsSync(path.join(root, target)), target).toBe(true);
    const pages = ['writing-notes', 'playing', 'slack', 'discord', 'configuration', 'operations', 'storage'];
    for (const page of pages) expect(links).toContain(`docs/${page}.md`);
  });
});

describe('docs/', () => {
  it('pages link only to files that exist', () => {
    const docs = path.join(root, 'docs');
    for (const name of [
      'writing-notes',
      'playing',
      'slack',
      'discord',
      'configuration',
      'operations',
      'storage',
    ]) {
      for (const target of relativeLinks(readFileSync(path.join(docs, `${name}.md`), 'utf8'))) {
        expect(existsSync(path.join(docs, target)), `${name}.md → ${target}`).toBe(true);
      }
    }
  });
});
