import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The bot imports the charts module at start-up, and most bots rarely draw: the chart libraries (and with
 * them the fonts) must load with the first chart, not with the import. A Node resolve hook in a child
 * process refuses them, so importing anything that pulls them in fails.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const HEAVY = /^(vega|vega-lite|@napi-rs\/canvas)(\/|$)/;
const dir = mkdtempSync(path.join(tmpdir(), 'charts-lazy-'));
writeFileSync(
  path.join(dir, 'refuse-hook.mjs'),
  `export async function resolve(specifier, context, next) {
    if (${HEAVY}.test(specifier)) throw new Error('loaded at import time: ' + specifier);
    return next(specifier, context);
  }\n`,
);
writeFileSync(
  path.join(dir, 'refuse.mjs'),
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'refuse-hook.mjs')).href)});\n`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function importInChild(code: string): string {
  return execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      pathToFileURL(path.join(dir, 'refuse.mjs')).href,
      '--input-type=module',
      '-e',
      code,
    ],
    { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' },
  );
}

describe('loading the charts', () => {
  it('importing the charts module loads no chart library, renderer or font', () => {
    const index = pathToFileURL(path.join(ROOT, 'adapters/shared/charts/index.ts')).href;
    const out = importInChild(
      `const charts = await import(${JSON.stringify(index)}); console.log(typeof charts.createChartRenderer, typeof charts.chartText);`,
    );
    expect(out.trim()).toBe('function function');
  });

  it('the bot with its platforms and a chart renderer made at start-up loads none of them either', () => {
    const url = (file: string) => JSON.stringify(pathToFileURL(path.join(ROOT, file)).href);
    const out = importInChild(
      [
        `await import(${url('src/main.ts')});`,
        `await import(${url('adapters/slack/index.ts')});`,
        `await import(${url('adapters/discord/index.ts')});`,
        `await import(${url('adapters/terminal/index.ts')});`,
        // main makes one at start-up and closes it on shutdown: neither may load a chart library.
        `const { createChartRenderer } = await import(${url('adapters/shared/charts/png/chart-worker.ts')});`,
        'const charts = createChartRenderer();',
        'await charts.close();',
        "console.log('loaded');",
      ].join('\n'),
    );
    expect(out.trim()).toBe('loaded');
  });

  it('the check itself works: importing a chart library under it fails', () => {
    expect(() => importInChild(`await import('vega');`)).toThrow(/loaded at import time: vega/);
  });
});
