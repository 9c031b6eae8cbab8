// Draws a blind judging packet of auto-graded questions (docs/question-quality.md).
// Usage: node scripts/quality-sample.mjs REPO SEED N OUTPREFIX FILE...   (REPO = a notequiz checkout)
// Writes OUTPREFIX.md (the packet: stems, options, the key marked, a note excerpt) and OUTPREFIX.key.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [repo, seed, nText, out, ...files] = process.argv.slice(2);
const n = Number(nText);
function rng(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h ^= h << 13;
    h ^= h >>> 17;
    h ^= h << 5;
    return ((h >>> 0) % 1e9) / 1e9;
  };
}
/** The file's questions as JSON; a note with errors (exit code 1) still prints the questions of what loaded. */
function previewJson(file) {
  const args = [
    path.join(repo, 'bin/notequiz.js'),
    'content',
    'preview',
    file,
    '--json',
    '--n',
    '100000',
    '--seed',
    seed,
  ];
  const options = {
    cwd: repo,
    maxBuffer: 1 << 30,
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'ignore'],
  };
  try {
    return execFileSync(process.execPath, args, options).toString();
  } catch (error) {
    if (error.stdout && error.stdout.length > 0) return error.stdout.toString();
    throw error;
  }
}

const md = [];
const key = [];
let q = 0;
for (const file of files) {
  const json = previewJson(file);
  const all = JSON.parse(json).filter((x) => x.kind !== 'flashcard');
  const r = rng(seed + path.basename(file));
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  const picked = all.slice(0, n);
  md.push(`\n# File: ${path.basename(file)} (${picked.length} of ${all.length} auto-graded questions)\n`);
  for (const x of picked) {
    q += 1;
    md.push(`## Q${q}`);
    md.push(
      '',
      x.stem
        .split('\n')
        .map((l) => `> ${l}`)
        .join('\n'),
      '',
    );
    for (const [i, o] of x.options.entries()) {
      md.push(`${'ABCDEFGH'[i]}. ${o.replace(/\n/g, '\n   ')}${i === x.correctIndex ? '   ← KEY' : ''}`);
    }
    // Chat shows the sections above the question under it ("Topic: …"): the judge sees what the player sees.
    if (x.topic) md.push('', `*(shown under the question: Topic: ${x.topic})*`);
    const line = Number(x.source.split(':').pop());
    const srcFile = statSync(file).isDirectory()
      ? path.join(file, x.source.split(':').slice(0, -1).join(':'))
      : file;
    const lines = readFileSync(srcFile, 'utf8').split('\n');
    let start = line - 1;
    let back = 0;
    while (start > 0 && back < 25 && !/^#{1,6}\s/.test(lines[start])) {
      start -= 1;
      back += 1;
    }
    const excerpt = lines.slice(Math.max(0, start), Math.min(lines.length, line + 30)).join('\n');
    md.push('', `Note excerpt (${x.source}, from line ${start + 1}):`, '', '````text', excerpt, '````', '');
    key.push({
      q,
      file: path.basename(file),
      id: x.id,
      kind: x.kind,
      source: x.source,
      stem: x.stem,
      key: x.correctOption,
    });
  }
}
writeFileSync(`${out}.md`, md.join('\n'));
writeFileSync(`${out}.key.json`, JSON.stringify(key, null, 1));
console.log(`${q} questions → ${out}.md`);
