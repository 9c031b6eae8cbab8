// Builds README.md from docs/readme/*.md so each part is written once, beside the code it describes.
// `node scripts/build-readme.mjs --check` exits 1 when README.md is stale (the docs test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const parts = [
  'quick-start',
  'writing-notes',
  'content',
  'rules',
  'terminal',
  'slack',
  'discord',
  'configuration',
  'store',
  'operations',
  'dependencies',
  'development',
];

/** Shifts headings (outside code fences) so every fragment's top heading is `##`. */
function normaliseHeadings(text) {
  const lines = text.split('\n');
  let fence = null;
  let top = Infinity;
  const isHeading = [];
  for (const line of lines) {
    const f = line.match(/^\s*(```+|~~~+)/);
    if (f) fence = fence === null ? f[1] : line.trim().startsWith(fence) ? null : fence;
    const h = fence === null && !f ? line.match(/^(#{1,6})\s/) : null;
    isHeading.push(h ? h[1].length : 0);
    if (h) top = Math.min(top, h[1].length);
  }
  const shift = top === Infinity ? 0 : 2 - top;
  return lines
    .map((line, i) =>
      isHeading[i]
        ? '#'.repeat(Math.min(6, Math.max(2, isHeading[i] + shift))) + line.slice(isHeading[i])
        : line,
    )
    .join('\n');
}

export function buildReadme() {
  const sections = parts.map((name) =>
    normaliseHeadings(readFileSync(path.join(root, 'docs', 'readme', `${name}.md`), 'utf8').trim()),
  );
  const toc = sections
    .flatMap((s) => s.split('\n').filter((l) => /^## /.test(l)))
    .map((l) => l.slice(3).trim())
    .map((title) => {
      const anchor = title
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .trim()
        .replace(/\s/g, '-');
      return `- [${title}](#${anchor})`;
    });
  const header = [
    '# notequiz',
    '',
    'Quiz your team on its own Markdown notes, in Slack, Discord or a terminal.',
    '',
    '<!-- Built from docs/readme/*.md by `npm run docs`; edit those files, not this one. -->',
    '',
    ...toc,
  ].join('\n');
  return `${[header, ...sections].join('\n\n')}\n`;
}

const built = buildReadme();
const target = path.join(root, 'README.md');
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== built) {
    console.error('README.md is stale: run `npm run docs`.');
    process.exit(1);
  }
} else {
  writeFileSync(target, built);
}
