import { parseDocument } from 'yaml';
import { syntaxFromFrontMatter } from './flashcard-settings.ts';
import { DEFAULT_FLASHCARD_SYNTAX, type FlashcardSyntax } from './flashcard-syntax.ts';
import type { Lang } from './question.ts';
import type { FlashcardSettings, Problem } from './types.ts';

export interface FrontMatter {
  readonly lang: Lang | null;
  readonly deck: string | null;
  readonly tags: readonly string[];
  /** Separators and cloze markers for flashcards (`flashcards:`), the plugin's defaults when absent. */
  readonly flashcards: FlashcardSyntax;
  /** The note says it holds flashcards (a `flashcards:` entry): bare `word::word` lines are cards. */
  readonly flashcardNote: boolean;
}

export interface SplitNote {
  readonly meta: FrontMatter;
  /** The text with the front matter blanked out line for line, so line numbers stay true. */
  readonly body: string;
  readonly problems: Problem[];
}

const EMPTY: FrontMatter = {
  lang: null,
  deck: null,
  tags: [],
  flashcards: DEFAULT_FLASHCARD_SYNTAX,
  flashcardNote: false,
};

/**
 * YAML front matter between `---` lines at the very top (the convention of Jekyll, Hugo, VuePress).
 * It is not Markdown, so it is found by its fence lines and read with the `yaml` package; a broken one is
 * reported with its line and the note is still read with defaults.
 */
/** A line YAML never holds and Markdown often opens with: a heading of two or more marks, bold, a quote, a table. */
const MARKDOWN_LINE = /^(?:#{2,6}[ \t]|\*\*\S|>|\|)/;

export function splitFrontMatter(
  file: string,
  text: string,
  vault: FlashcardSettings | undefined = undefined,
): SplitNote {
  // Most notes have none: look at the first line before splitting the whole text into lines.
  const firstEnd = text.indexOf('\n');
  const first = firstEnd < 0 ? text : text.slice(0, firstEnd);
  if (first.replace(/^\ufeff/, '').trimEnd() !== '---')
    return {
      meta: vault ? { ...EMPTY, flashcards: syntaxFromFrontMatter(vault).syntax } : EMPTY,
      body: text,
      problems: [],
    };
  const lines = text.split('\n');
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    const l = (lines[i] ?? '').trimEnd();
    if (l === '---' || l === '...') {
      close = i;
      break;
    }
  }
  if (close < 0) {
    return {
      meta: EMPTY,
      body: text,
      problems: [problem(file, 1, 'invalid-front-matter', 'front matter opened with "---" is never closed')],
    };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = `${'\n'.repeat(close + 1)}${lines.slice(close + 1).join('\n')}`;
  const doc = parseDocument(yamlText, { prettyErrors: false });
  // A note that opens with a rule (`---` over `### **Q1**`, `**Question:** …`) has no front matter: the
  // rule only separates, as the ones between its questions do.
  if (doc.errors.length > 0 && lines.slice(1, close).some((l) => MARKDOWN_LINE.test(l)))
    return { meta: EMPTY, body: text, problems: [] };
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = 2 + (first?.linePos?.[0]?.line ?? 1) - 1;
    const why = (first?.message ?? 'unreadable YAML').split('\n')[0] ?? '';
    return {
      meta: EMPTY,
      body,
      problems: [problem(file, line, 'invalid-front-matter', `invalid front matter: ${why}`)],
    };
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return { meta: EMPTY, body, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      meta: EMPTY,
      body,
      problems: [problem(file, 2, 'invalid-front-matter', 'front matter must be key: value pairs')],
    };
  }
  const record = value as Record<string, unknown>;
  const problems: Problem[] = [];
  const keyLine = (key: string): number => {
    const index = lines.slice(1, close).findIndex((l) => l.startsWith(`${key}:`));
    return index < 0 ? 1 : index + 2;
  };
  let lang: Lang | null = null;
  if (record.lang !== undefined) {
    const raw = String(record.lang).toLowerCase();
    if (raw === 'en' || raw.startsWith('en-')) lang = 'en';
    else if (raw === 'zh' || raw.startsWith('zh-') || raw === 'cn') lang = 'zh';
    else
      problems.push(
        problem(file, keyLine('lang'), 'invalid-front-matter', `lang must be "en" or "zh", not "${raw}"`),
      );
  }
  let deck: string | null =
    typeof record.title === 'string' && record.title.trim() !== '' ? record.title.trim() : null;
  if (record.deck !== undefined) {
    if (typeof record.deck === 'string' && record.deck.trim() !== '') deck = record.deck.trim();
    else
      problems.push(problem(file, keyLine('deck'), 'invalid-front-matter', 'deck must be a non-empty text'));
  }
  const rawTags = record.tags ?? record.tag;
  let tags: string[] = [];
  if (typeof rawTags === 'string') tags = rawTags.split(',').map((t) => t.trim());
  else if (Array.isArray(rawTags)) tags = rawTags.map((t) => String(t).trim());
  else if (rawTags !== undefined) {
    problems.push(
      problem(
        file,
        keyLine(record.tags !== undefined ? 'tags' : 'tag'),
        'invalid-front-matter',
        'tags must be a list',
      ),
    );
  }
  // The note's own `flashcards:` keys win over its vault's plugin settings, key by key.
  const own = record.flashcards;
  const mergeable =
    vault !== undefined &&
    (own === undefined || (typeof own === 'object' && own !== null && !Array.isArray(own)));
  const flashcards = syntaxFromFrontMatter(mergeable ? { ...vault, ...(own as object | undefined) } : own);
  if (flashcards.error !== null)
    problems.push(problem(file, keyLine('flashcards'), 'invalid-front-matter', flashcards.error));
  return {
    meta: {
      lang,
      deck,
      tags: tags.filter((t) => t !== ''),
      flashcards: flashcards.syntax,
      flashcardNote: record.flashcards !== undefined,
    },
    body,
    problems,
  };
}

function problem(file: string, line: number, code: string, message: string): Problem {
  return { file, line, severity: 'error', code, message };
}
