/** One figure beside the baseline measured in the same run. */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The baseline measured in the same run, when the figure has one. */
  readonly baseline?: { readonly name: string; readonly value: number; readonly unit: string };
  /** The target, stated as text ("≥ 1/3 of parse-only", "p99 ≤ 100 ms"). */
  readonly target?: string;
  /** Whether the target was met; undefined when there is no target. */
  readonly met?: boolean;
  readonly note?: string;
}

export interface BenchSection {
  readonly id: string;
  readonly title: string;
  /** What was measured and how, in a sentence or two, for docs/benchmarks.md. */
  readonly method: string;
  readonly figures: readonly Figure[];
}

/** A bench module: bench/<area>.bench.ts default-exports one of these. */
export type BenchModule = { readonly run: () => Promise<BenchSection | BenchSection[]> };

const fmt = (n: number): string =>
  Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : Number(n.toPrecision(3)).toString();

export function renderMarkdown(sections: readonly BenchSection[], meta: Record<string, string>): string {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`; every figure stands beside a baseline measured in the same run.',
    '',
  ];
  for (const [k, v] of Object.entries(meta)) lines.push(`- ${k}: ${v}`);
  for (const section of sections) {
    lines.push('', `## ${section.title}`, '', section.method, '');
    lines.push(
      '| figure | value | baseline (same run) | ratio | target | met |',
      '|---|---|---|---|---|---|',
    );
    for (const f of section.figures) {
      const base = f.baseline ? `${f.baseline.name}: ${fmt(f.baseline.value)} ${f.baseline.unit}` : '—';
      const ratio = f.baseline && f.baseline.value !== 0 ? `${fmt(f.value / f.baseline.value)}×` : '—';
      const met = f.met === undefined ? '—' : f.met ? 'yes' : '**no**';
      lines.push(
        `| ${f.name} | ${fmt(f.value)} ${f.unit} | ${base} | ${ratio} | ${f.target ?? '—'} | ${met} |`,
      );
      if (f.note) lines.push(`| ↳ ${f.note} | | | | | |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
