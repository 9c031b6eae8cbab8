/**
 * `npm run bench`: runs every bench/<area>.bench.ts (or those named on the command line), prints the figures
 * and writes bench/results.json and docs/benchmarks.md. A script, never a test.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchModule, type BenchSection, renderMarkdown } from './report.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

const sections: BenchSection[] = [];
for (const file of files) {
  const started = Date.now();
  console.log(`bench: ${file} …`);
  const mod = (await import(path.join(here, file))) as { default: BenchModule };
  const result = await mod.default.run();
  for (const section of Array.isArray(result) ? result : [result]) {
    sections.push(section);
    for (const f of section.figures) {
      const base = f.baseline
        ? ` (baseline ${f.baseline.name}: ${f.baseline.value.toFixed(2)} ${f.baseline.unit})`
        : '';
      console.log(
        `  ${section.id} · ${f.name}: ${f.value.toFixed(2)} ${f.unit}${base}${f.met === false ? '  TARGET MISSED' : ''}`,
      );
    }
  }
  console.log(`bench: ${file} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// A run of some areas keeps the other areas' last figures, so the files always describe every area.
const resultsPath = path.join(here, 'results.json');
if (only.length > 0 && existsSync(resultsPath)) {
  const previous = JSON.parse(readFileSync(resultsPath, 'utf8')) as { sections?: BenchSection[] };
  const fresh = new Set(sections.map((s) => s.id));
  sections.unshift(...(previous.sections ?? []).filter((s) => !fresh.has(s.id)));
}

const meta = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
  'load average at the end (1/5/15 min)': os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / '),
  areas:
    only.length > 0 ? `this run: ${only.join(', ')}; other areas keep figures from their last run` : 'all',
};
writeFileSync(resultsPath, `${JSON.stringify({ meta, sections }, null, 2)}\n`);
mkdirSync(path.join(here, '..', 'docs'), { recursive: true });
writeFileSync(path.join(here, '..', 'docs', 'benchmarks.md'), renderMarkdown(sections, meta));
console.log('bench: wrote bench/results.json and docs/benchmarks.md');
