/**
 * HTML in notes (`<summary><b>How do I <code>grep</code>?</b></summary>`) as the light Markdown the rest of
 * the pipeline speaks. One left-to-right pass with indexOf: no pattern that can backtrack, so a note holding
 * a long run of `<` costs what its length costs.
 */
const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
};

/** Tags whose content is code: shown in backticks. */
const CODE_TAGS = new Set(['code', 'kbd', 'tt', 'samp']);
/** Tags that break a line: a space in one-line text. */
const BREAK_TAGS = new Set(['br', 'p', 'div', 'li', 'tr', 'hr']);

/**
 * The HTML elements notes use for layout and inline formatting: these are markup and become text. Any other
 * `<name>` (`<uses-sdk>`, `<T>`, `<build-target>`) is a word of the note, an element or a type parameter
 * the author is writing about, and stays visible.
 */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  (
    'a abbr b bdi bdo big blockquote br center cite code dd del details dfn div dl dt em figcaption figure ' +
    'font h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q s samp small source span strike ' +
    'strong sub summary sup table tbody td tfoot th thead time tr tt u ul var video wbr'
  ).split(' '),
);

/** `<code>`, `</b>`, `<br/>`, `<span class="x">`: a tag of a known HTML element (not `<uses-sdk>` or `<T>`). */
export function isHtmlMarkup(tag: string): boolean {
  if (tag.startsWith('<!')) return true;
  const name = tagName(tag);
  if (!HTML_ELEMENTS.has(name)) return false;
  // `<Table>`, `<Link>`: a component of the author's framework (JSX), not the HTML element.
  const first = tag.charCodeAt(tag.charCodeAt(1) === 47 ? 2 : 1);
  const second = tag.charCodeAt(tag.charCodeAt(1) === 47 ? 3 : 2);
  if (first >= 65 && first <= 90 && second >= 97 && second <= 122) return false;
  // `<T>` is a type parameter, `<b>` a tag: the element's name must be followed by the tag's end or attributes.
  const after = tag.charCodeAt(name.length + (tag.charCodeAt(1) === 47 ? 2 : 1));
  return after === 62 /* > */ || after === 47 /* / */ || after === 32 || after === 9 || after === 10;
}

/** CommonMark's backslash escapes: a backslash before ASCII punctuation shows that character. */
export function resolveEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** `resolveEscapes` outside backtick code spans (inside code a backslash is the code's own). */
function resolveEscapesOutsideCode(text: string): string {
  if (!text.includes('\\')) return text;
  return text
    .split('`')
    .map((part, k) => (k % 2 === 0 ? resolveEscapes(part) : part))
    .join('`');
}

const isTagStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 47 /* / */ || c === 33; /* ! */

/** The tag's name, lower-cased, without `/` ("code" for `</code>`). */
function tagName(tag: string): string {
  let i = tag.charCodeAt(1) === 47 ? 2 : 1;
  const start = i;
  while (i < tag.length) {
    const c = tag.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
    i++;
  }
  return tag.slice(start, i).toLowerCase();
}

/** HTML to one line of light Markdown: tags dropped (`<code>` kept as backticks), entities decoded, spaces collapsed. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  // Once no `>` follows, no later `<` can open a tag either: never search again (a run of `<` stays linear).
  let tagsPossible = true;
  while (i < html.length) {
    const lt = tagsPossible ? html.indexOf('<', i) : -1;
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (!isTagStart(html.charCodeAt(lt + 1))) {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      tagsPossible = false;
      out.push(html.slice(lt));
      break;
    }
    const tag = html.slice(lt, Math.min(gt + 1, lt + 24));
    if (!isHtmlMarkup(tag)) {
      // Not markup: the author's own words (`<uses-sdk>`), kept as text.
      out.push(html.slice(lt, gt + 1));
      i = gt + 1;
      continue;
    }
    const name = tagName(tag);
    if (CODE_TAGS.has(name)) out.push('`');
    else if (BREAK_TAGS.has(name)) out.push(' ');
    i = gt + 1;
  }
  return collapseSpaces(decodeEntities(resolveEscapesOutsideCode(out.join(''))));
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#?\w{1,8});/g, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    const code = /^#(\d{1,6})$/.exec(name)?.[1];
    return code ? String.fromCodePoint(Number(code) % 0x110000) : whole;
  });
}

/** Runs of whitespace to one space, trimmed: one pass by character code (no `\s+` over hostile runs). */
export function collapseSpaces(text: string): string {
  let out = '';
  let pendingSpace = false;
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000;
    if (space) {
      if (runStart >= 0) {
        out += text.slice(runStart, i);
        runStart = -1;
      }
      pendingSpace = out !== '';
      continue;
    }
    if (runStart < 0) {
      if (pendingSpace) out += ' ';
      pendingSpace = false;
      runStart = i;
    }
  }
  if (runStart >= 0) out += text.slice(runStart);
  return out;
}

/** HTML comments out, by indexOf (an unclosed `<!--` drops the rest; a lazy pattern would rescan per `<!--`). */
export function stripComments(html: string): string {
  if (!html.includes('<!--')) return html;
  let out = '';
  let at = 0;
  for (;;) {
    const open = html.indexOf('<!--', at);
    if (open < 0) return out + html.slice(at);
    out += `${html.slice(at, open)} `;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}

const BREAK_TAG = /<br\s*\/?>/i;
const BREAK_TAGS_ALL = /<br\s*\/?>/gi;

/**
 * Markdown source with its `<br>` tags read as the line breaks they are (as a paragraph's lines are read,
 * see readInline): one inside a line breaks it there, one ending a line is dropped.
 */
export function breaksAsLines(text: string): string {
  if (!BREAK_TAG.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const [first = '', ...rest] = line.split(BREAK_TAGS_ALL);
      return [first.trimEnd(), ...rest.map((part) => part.trim()).filter((part) => part !== '')].join('\n');
    })
    .join('\n');
}

/** A line without the `<br>` tags ending it (`-> c <br>`), by hand: a pattern would rescan long runs of spaces. */
export function withoutTrailingBreaks(line: string): string {
  let text = line.trimEnd();
  while (text.endsWith('>')) {
    const at = text.lastIndexOf('<');
    if (at < 0 || !BREAK_ALONE.test(text.slice(at))) break;
    text = text.slice(0, at).trimEnd();
  }
  return text;
}

const BREAK_ALONE = /^<br\s*\/?>$/i;

/** Lines joined by one space, each trimmed where it meets the next (a space-newline-space pattern, minus its backtracking). */
export function joinLines(text: string): string {
  if (!text.includes('\n')) return text;
  const parts = text.split('\n');
  let out = '';
  parts.forEach((part, k) => {
    const piece = k === 0 ? part.trimEnd() : k === parts.length - 1 ? part.trimStart() : part.trim();
    if (k > 0 && piece === '' && k < parts.length - 1) return;
    out += k === 0 ? piece : ` ${piece}`;
  });
  return out;
}

/** `text` without a run of the given characters at its end, by hand (`[…]+$` backtracks over long runs). */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}
