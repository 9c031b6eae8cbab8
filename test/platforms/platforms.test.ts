import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildConfigReport, formatConfigReport } from '../../src/config/config-report.ts';
import { PLATFORMS } from '../../src/platforms/platforms.ts';

/**
 * docs/adding-a-platform.md promises that a platform is its folder plus one line in PLATFORMS, and that an
 * unconfigured platform costs nothing at start-up. These hold every listed platform to that checklist.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** The section of a Markdown page under `## <title>`, up to the next `## `. */
function section(doc: string, title: string): string {
  const start = doc.indexOf(`\n## ${title}\n`);
  if (start < 0) return '';
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

/** Modules a file imports statically for their values (type-only imports and import() left out). */
function staticValueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause?.isTypeOnly === true ||
        (clause?.name === undefined &&
          clause?.namedBindings !== undefined &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier.text);
    }
  }
  return found;
}

/** Every package reached from `entry` through static value imports of our own files. */
function packagesReachedFrom(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticValueImports(file)) {
      if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier));
      else if (!packages.has(specifier)) packages.set(specifier, path.relative(ROOT, file));
    }
  }
  return packages;
}

describe('platforms as plug-ins', () => {
  it('lists each platform once, each from its own adapters/<name>/platform.ts', () => {
    const names = PLATFORMS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['slack', 'discord', 'terminal']));
    const list = read('src/platforms/platforms.ts');
    for (const name of names) {
      expect(existsSync(path.join(ROOT, 'adapters', name, 'platform.ts')), name).toBe(true);
      expect(list, name).toContain(`'../../adapters/${name}/platform.ts'`);
    }
  });

  it("documents each platform's variables in its own section of docs/configuration.md and in .env.example", () => {
    const doc = read('docs/configuration.md');
    const example = read('.env.example');
    for (const platform of PLATFORMS) {
      const own = section(doc, platform.title);
      expect(own, `## ${platform.title}`).not.toBe('');
      for (const variable of Object.keys(platform.envSchema.shape)) {
        expect(own, variable).toMatch(new RegExp(`^\\|\\s*\`${variable}\`\\s*\\|`, 'm'));
        expect(example, variable).toMatch(new RegExp(`^#? ?${variable}=`, 'm'));
      }
    }
  });

  it('config check says, for every platform, whether start will run it', async () => {
    const text = formatConfigReport(await buildConfigReport({ CONTENT_DIR: 'content' }, { stdin: 'input' }));
    const block = text.slice(text.indexOf('What `notequiz start` will run:'));
    for (const platform of PLATFORMS)
      expect(block, platform.title).toMatch(new RegExp(`^  ${platform.title} +\\S`, 'm'));
    expect(block).toMatch(/Slack +off \(SLACK_BOT_TOKEN is not set\)/);
    expect(block).toMatch(/Terminal +on \(player /);
  });

  it('imports no platform SDK on the way from the CLI to a running bot: each is loaded by its descriptor', () => {
    const sdks = [/^@slack\/(bolt|web-api|socket-mode)/, /^discord\.js$/, /^@discordjs\//];
    for (const entry of [
      'src/cli.ts',
      'src/main.ts',
      ...PLATFORMS.map((p) => `adapters/${p.name}/platform.ts`),
    ]) {
      const reached = [...packagesReachedFrom(entry)].filter(([pkg]) => sdks.some((sdk) => sdk.test(pkg)));
      expect(
        reached.map(([pkg, from]) => `${pkg} (from ${from})`),
        entry,
      ).toEqual([]);
    }
  });

  it('the checklist in docs/adding-a-platform.md names the files the code has', () => {
    const checklist = read('docs/adding-a-platform.md');
    for (const file of [
      'src/platforms/platforms.ts',
      'src/platforms/platform.ts',
      'test/platforms/platforms.test.ts',
    ])
      expect(existsSync(path.join(ROOT, file)), file).toBe(true);
    for (const part of [
      'config.ts',
      'index.ts',
      'platform.ts',
      'definePlatform',
      'PLATFORMS',
      "await import('./index.ts')",
    ])
      expect(checklist, part).toContain(part);
    for (const platform of PLATFORMS)
      expect(read(`adapters/${platform.name}/platform.ts`), platform.name).toContain(
        "await import('./index.ts')",
      );
  });
});
