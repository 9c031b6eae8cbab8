/**
 * A strict reader of Prometheus's text exposition format 0.0.4 (what a Prometheus server scrapes), written
 * from the format's description, not from prom-client: it throws on anything a scraper would refuse or
 * misread. Names and label names by the format's grammar, label values quoted with its three escapes,
 * values as Go's ParseFloat reads them (NaN, +Inf, -Inf in any case), `# TYPE` at most once per family
 * and before its samples, histogram samples `_bucket` (with `le`, cumulative, ending at +Inf), `_sum` and `_count` (equal to the
 * +Inf bucket), every line ended by a newline.
 */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface Family {
  readonly name: string;
  readonly type: string;
  readonly help: string;
  readonly samples: Sample[];
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped']);

export function parsePrometheusText(text: string): Map<string, Family> {
  if (text !== '' && !text.endsWith('\n')) throw new Error('exposition must end with a newline');
  const families = new Map<string, Family>();
  const sampled = new Set<string>();
  const lines = text.split('\n').slice(0, -1);
  for (const [index, line] of lines.entries()) {
    const where = `line ${index + 1}: ${line}`;
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      const [, keyword, name, ...rest] = line.split(' ');
      if (keyword !== 'HELP' && keyword !== 'TYPE') continue; // a plain comment
      if (name === undefined || !METRIC_NAME.test(name)) throw new Error(`bad metric name, ${where}`);
      const family = familyOf(families, name);
      if (keyword === 'TYPE') {
        const type = rest.join(' ');
        if (!TYPES.has(type)) throw new Error(`unknown type, ${where}`);
        if (family.type !== 'untyped' || sampled.has(name))
          throw new Error(`TYPE too late or twice, ${where}`);
        families.set(name, { ...family, type });
      } else {
        families.set(name, { ...family, help: rest.join(' ') });
      }
      continue;
    }
    const sample = parseSample(line, where);
    const family = families.get(familyName(sample.name, families)) ?? familyOf(families, sample.name);
    family.samples.push(sample);
    sampled.add(family.name);
  }
  for (const family of families.values()) if (family.type === 'histogram') checkHistogram(family);
  return families;
}

function familyOf(families: Map<string, Family>, name: string): Family {
  const known = families.get(name);
  if (known !== undefined) return known;
  const family: Family = { name, type: 'untyped', help: '', samples: [] };
  families.set(name, family);
  return family;
}

/** A histogram's or summary's samples carry a suffix; they belong to the family declared without it. */
function familyName(sample: string, families: Map<string, Family>): string {
  for (const suffix of ['_bucket', '_sum', '_count']) {
    if (!sample.endsWith(suffix)) continue;
    const base = sample.slice(0, -suffix.length);
    const type = families.get(base)?.type;
    if (type === 'histogram' || (type === 'summary' && suffix !== '_bucket')) return base;
  }
  return sample;
}

function parseSample(line: string, where: string): Sample {
  const name = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(line)?.[0];
  if (name === undefined) throw new Error(`bad sample name, ${where}`);
  let rest = line.slice(name.length);
  const labels: Record<string, string> = {};
  if (rest.startsWith('{')) {
    rest = rest.slice(1);
    while (!rest.startsWith('}')) {
      const label = /^([^=]*)="/.exec(rest);
      if (label === null || !LABEL_NAME.test(label[1] ?? '')) throw new Error(`bad label, ${where}`);
      rest = rest.slice(label[0].length);
      let value = '';
      for (;;) {
        const c = rest[0];
        if (c === undefined) throw new Error(`unterminated label value, ${where}`);
        rest = rest.slice(1);
        if (c === '"') break;
        if (c === '\\') {
          const escaped = rest[0];
          rest = rest.slice(1);
          if (escaped === 'n') value += '\n';
          else if (escaped === '\\' || escaped === '"') value += escaped;
          else throw new Error(`bad escape in label value, ${where}`);
        } else value += c;
      }
      const key = label[1] ?? '';
      if (key in labels) throw new Error(`label ${key} twice, ${where}`);
      labels[key] = value;
      if (rest.startsWith(',')) rest = rest.slice(1);
      else if (!rest.startsWith('}')) throw new Error(`expected , or }, ${where}`);
    }
    rest = rest.slice(1);
  }
  const parts = rest.split(' ');
  if (parts[0] !== '' || parts.length < 2 || parts.length > 3) throw new Error(`bad value part, ${where}`);
  const value = goFloat(parts[1] ?? '', where);
  if (parts[2] !== undefined && !/^-?\d+$/.test(parts[2])) throw new Error(`bad timestamp, ${where}`);
  return { name, labels, value };
}

/** Go's strconv.ParseFloat, which Prometheus uses: special values in any case (prom-client writes `Nan`). */
function goFloat(text: string, where: string): number {
  if (/^nan$/i.test(text)) return Number.NaN;
  const infinity = /^([-+]?)inf(inity)?$/i.exec(text);
  if (infinity !== null) return infinity[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`bad value, ${where}`);
  return Number(text);
}

function checkHistogram(family: Family): void {
  const series = new Map<string, { buckets: Sample[]; count?: number; sum?: number }>();
  for (const sample of family.samples) {
    const { le, ...others } = sample.labels;
    const key = JSON.stringify(Object.entries(others).sort());
    const entry = series.get(key) ?? { buckets: [] };
    series.set(key, entry);
    if (sample.name === `${family.name}_bucket`) {
      if (le === undefined) throw new Error(`${family.name}: a bucket without le`);
      entry.buckets.push(sample);
    } else if (sample.name === `${family.name}_count`) entry.count = sample.value;
    else if (sample.name === `${family.name}_sum`) entry.sum = sample.value;
    else throw new Error(`${family.name}: unexpected sample ${sample.name}`);
  }
  for (const [key, { buckets, count, sum }] of series) {
    const bounds = buckets.map((b) => goFloat(b.labels.le ?? '', `${family.name} le`));
    const sorted = bounds.every((b, i) => i === 0 || b > (bounds[i - 1] ?? 0));
    const cumulative = buckets.every((b, i) => i === 0 || b.value >= (buckets[i - 1]?.value ?? 0));
    if (!sorted || !cumulative) throw new Error(`${family.name} ${key}: buckets not cumulative`);
    if (bounds.at(-1) !== Number.POSITIVE_INFINITY) throw new Error(`${family.name} ${key}: no +Inf bucket`);
    if (count === undefined || sum === undefined) throw new Error(`${family.name} ${key}: no _count or _sum`);
    if (buckets.at(-1)?.value !== count) throw new Error(`${family.name} ${key}: +Inf bucket is not _count`);
  }
}

/** The value of the one sample of `name` whose labels include `labels`; throws when there is not exactly one. */
export function sampleValue(
  families: Map<string, Family>,
  name: string,
  labels: Readonly<Record<string, string>> = {},
): number {
  const family = families.get(familyName(name, families));
  const matches = (family?.samples ?? []).filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (matches.length !== 1)
    throw new Error(`${name} ${JSON.stringify(labels)}: ${matches.length} samples, expected 1`);
  return matches[0]?.value ?? Number.NaN;
}
