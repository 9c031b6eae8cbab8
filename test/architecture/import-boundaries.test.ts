import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportEdge, importsOf, importsOfFile, sourceFilesUnder } from './scan-imports.ts';

/**
 * The core (src/content: notes -> questions; src/engine: the rules) must run anywhere: no chat platform,
 * no database, no cron, no logger, no timers, no I/O. They reach the outside only through the ports they
 * are given (StorePort, Clock, Random), which live inside src/engine.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const CORE = ['src/engine', 'src/content'];

const FORBIDDEN_PACKAGES: readonly RegExp[] = [
  /^@slack\//,
  /^discord\.js$/,
  /^@discordjs\//,
  /^@prisma\//,
  /^prisma(\/|$)/,
  /^node-cron$/,
  /^pino(-pretty)?$/,
  /^(node:)?timers(\/promises)?$/,
  /^better-sqlite3$/,
  /^pg$/,
  /^ws$/,
  /^(node:)?(fs|fs\/promises|net|http|https|child_process|worker_threads)$/,
];

/** Outer layers, by path from the repository root. */
const FORBIDDEN_PATHS: readonly RegExp[] = [
  /^adapters\//,
  /^src\/store(\/|$)/,
  /^src\/schedule\//,
  /^src\/ops\//,
  /^src\/notes\//,
  /^src\/cli(\/|\.ts$)/,
  /^src\/main\.ts$/,
  /^src\/config(\/|\.ts$)/,
  /^src\/logger\.ts$/,
];

function violation(edge: ImportEdge, root: string): string | null {
  const { specifier } = edge;
  if (specifier.startsWith('.')) {
    const target = path
      .relative(root, path.resolve(path.dirname(edge.file), specifier))
      .split(path.sep)
      .join('/');
    const rule = FORBIDDEN_PATHS.find((r) => r.test(target));
    return rule === undefined ? null : `imports ${target}`;
  }
  const rule = FORBIDDEN_PACKAGES.find((r) => r.test(specifier));
  return rule === undefined ? null : `imports ${specifier}`;
}

function violationsIn(dirs: readonly string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    for (const file of sourceFilesUnder(path.join(ROOT, dir))) {
      for (const edge of importsOfFile(file)) {
        const why = violation(edge, ROOT);
        if (why !== null)
          found.push(
            `${path.relative(ROOT, file)}:${edge.line} ${why}${edge.typeOnly ? ' (type-only)' : ''}`,
          );
      }
    }
  }
  return found;
}

/** Where a relative import of `edge` lands, by path from the repository root. */
function targetOf(edge: ImportEdge): string | null {
  if (!edge.specifier.startsWith('.')) return null;
  return path
    .relative(ROOT, path.resolve(path.dirname(edge.file), edge.specifier))
    .split(path.sep)
    .join('/');
}

/** Every import under `dir` for which `forbidden(from, to)` says why it may not be, as "file:line why". */
function crossings(dir: string, forbidden: (from: string, to: string) => string | null): string[] {
  const found: string[] = [];
  for (const file of sourceFilesUnder(path.join(ROOT, dir))) {
    const from = path.relative(ROOT, file).split(path.sep).join('/');
    for (const edge of importsOfFile(file)) {
      const to = targetOf(edge);
      const why = to === null ? null : forbidden(from, to);
      if (why !== null) found.push(`${from}:${edge.line} ${why}`);
    }
  }
  return found;
}

/** The scheduler reaches the rounds only through the engine (its daily lifecycle), never the store. */
function scheduleReachesStore(_from: string, to: string): string | null {
  return /^src\/store(\/|$)/.test(to) || to === 'src/engine/store-port.ts' ? `imports ${to}` : null;
}

/** One platform's adapter never imports another's; what they share lives in adapters/shared. */
function adapterReachesAnother(from: string, to: string): string | null {
  const own = /^adapters\/([^/]+)\//.exec(from)?.[1];
  const other = /^adapters\/([^/]+)\//.exec(to)?.[1];
  if (own === undefined || other === undefined || other === own || other === 'shared') return null;
  return `imports ${to}`;
}

describe('import boundaries', () => {
  it('src/schedule imports nothing of the store (it talks to the engine and the RoundPublisher)', () => {
    expect(sourceFilesUnder(path.join(ROOT, 'src/schedule')).length).toBeGreaterThan(3);
    expect(crossings('src/schedule', scheduleReachesStore)).toEqual([]);
  });

  it("no adapter imports another platform's adapter; adapters/shared is for all", () => {
    expect(sourceFilesUnder(path.join(ROOT, 'adapters')).length).toBeGreaterThan(10);
    expect(crossings('adapters', adapterReachesAnother)).toEqual([]);
  });

  it('the two rules above flag what they should and nothing else', () => {
    expect(scheduleReachesStore('src/schedule/x.ts', 'src/store/memory-store.ts')).not.toBeNull();
    expect(scheduleReachesStore('src/schedule/x.ts', 'src/store/prisma/prisma-store.ts')).not.toBeNull();
    expect(scheduleReachesStore('src/schedule/x.ts', 'src/engine/store-port.ts')).not.toBeNull();
    expect(scheduleReachesStore('src/schedule/x.ts', 'src/engine/api.ts')).toBeNull();
    expect(adapterReachesAnother('adapters/slack/a.ts', 'adapters/discord/b.ts')).not.toBeNull();
    expect(adapterReachesAnother('adapters/terminal/a.ts', 'adapters/slack/x/b.ts')).not.toBeNull();
    expect(adapterReachesAnother('adapters/slack/a.ts', 'adapters/shared/i18n.ts')).toBeNull();
    expect(adapterReachesAnother('adapters/slack/a.ts', 'adapters/slack/render/b.ts')).toBeNull();
    expect(adapterReachesAnother('adapters/slack/a.ts', 'src/engine/api.ts')).toBeNull();
  });

  it('src/engine and src/content import no platform, database, cron, logger, timer, I/O or outer-layer module', () => {
    const files = CORE.flatMap((dir) => sourceFilesUnder(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(10);
    expect(violationsIn(CORE)).toEqual([]);
  });

  it('the core takes time and randomness only from its Clock and Random ports', () => {
    const found: string[] = [];
    for (const file of CORE.flatMap((dir) => sourceFilesUnder(path.join(ROOT, dir)))) {
      const rel = path.relative(ROOT, file);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*)/.test(line)) return;
          // clock.ts is where the system clock is defined, for main to pass in.
          if (rel === 'src/engine/clock.ts') return;
          if (
            /\bDate\.now\(|\bMath\.random\(|\bnew Date\(\s*\)|\bset(Timeout|Interval|Immediate)\(/.test(line)
          ) {
            found.push(`${rel}:${i + 1} ${line.trim()}`);
          }
        });
    }
    expect(found).toEqual([]);
  });

  it('catches every way of importing a forbidden module (the scanner itself)', () => {
    const file = path.join(ROOT, 'src/engine/planted.ts');
    const text = [
      "import { App } from '@slack/bolt';",
      'import {',
      '  Client,',
      "} from 'discord.js';",
      "import type { PrismaClient } from '@prisma/client';",
      "export { schedule } from 'node-cron';",
      "const pino = await import('pino');",
      "import { setTimeout as wait } from 'node:timers/promises';",
      "import { createSlackAdapter } from '../../adapters/slack/index.ts';",
      "import type { StorePort } from '../store/open-store.ts';",
      "import { ok } from './result.ts';",
      "// import { nothing } from 'discord.js';",
      'const text = "import x from \'pg\'";',
    ].join('\n');
    const edges = importsOf(file, text);
    const flagged = edges.map((e) => violation(e, ROOT)).filter((v): v is string => v !== null);
    expect(flagged).toEqual([
      'imports @slack/bolt',
      'imports discord.js',
      'imports @prisma/client',
      'imports node-cron',
      'imports pino',
      'imports node:timers/promises',
      'imports adapters/slack/index.ts',
      'imports src/store/open-store.ts',
    ]);
    expect(edges.find((e) => e.specifier === '@prisma/client')?.typeOnly).toBe(true);
    expect(edges.find((e) => e.specifier === './result.ts')?.typeOnly).toBe(false);
    expect(edges.find((e) => e.specifier === './result.ts')?.line).toBe(11);
  });
});
