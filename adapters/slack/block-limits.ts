import type {
  ActionsBlock,
  Button,
  ContextBlock,
  HeaderBlock,
  KnownBlock,
  Overflow,
  PlainTextOption,
  SectionBlock,
} from '@slack/types';

/**
 * Every Block Kit limit the Slack adapter depends on, enforced here and nowhere else. Renderers build blocks
 * only through these helpers, so a long Chinese answer or a 40-option table row can never make Slack reject
 * a message (Slack answers `invalid_blocks` and the user sees nothing).
 *
 * Lengths are counted in UTF-16 code units (String#length), which is never less than what Slack counts, and
 * text is cut on grapheme boundaries so a surrogate pair or a combining mark is never split.
 */
export const BLOCK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  /** The notification / fallback `text` of a message; Slack truncates at 40,000, we stay far below. */
  messageText: 3000,
  /** An overflow menu ("…") holds 2 to 5 options (older clients refuse one). */
  overflowOptions: 5,
  /** An option of a menu or of radio buttons: its text, and the value that comes back to us. */
  optionText: 75,
  optionValue: 150,
  /** An uploaded file's title, shown above the picture: no documented limit, so kept to a line or two. */
  fileTitle: 250,
} as const;

const ELLIPSIS = '…';
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Graphemes, except that an escaped entity (&amp; &lt; &gt;) counts as one unit and is never split. */
function* units(text: string, entities: boolean): Generator<string> {
  const parts = entities ? text.split(/(&amp;|&lt;|&gt;)/) : [text];
  for (const part of parts) {
    if (part === '') continue;
    if (entities && (part === '&amp;' || part === '&lt;' || part === '&gt;')) {
      yield part;
      continue;
    }
    for (const { segment } of segmenter.segment(part)) yield segment;
  }
}

/** Cuts plain text to at most `max` UTF-16 units, ending with an ellipsis when it was cut. */
export function fitPlain(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if (out.length + segment.length > max - ELLIPSIS.length) break;
    out += segment;
  }
  return out + ELLIPSIS;
}

/** Escapes the three characters mrkdwn treats as markup (&, <, >). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const FENCE = '```';

/**
 * Escapes and cuts text for a mrkdwn field. The cut is made on the raw text so an entity like `&amp;` is
 * never split, and a code fence left open by the cut is closed again.
 */
export function fitMrkdwn(raw: string, max: number, options: { escape?: boolean } = {}): string {
  const shouldEscape = options.escape ?? true;
  const full = shouldEscape ? escapeMrkdwn(raw) : raw;
  if (full.length <= max) return full;
  const reserve = ELLIPSIS.length + FENCE.length + 1;
  let out = '';
  for (const segment of units(raw, !shouldEscape)) {
    const piece = shouldEscape ? escapeMrkdwn(segment) : segment;
    if (out.length + piece.length > max - reserve) break;
    out += piece;
  }
  const openFences = out.split(FENCE).length - 1;
  return openFences % 2 === 1 ? `${out}${ELLIPSIS}\n${FENCE}` : `${out}${ELLIPSIS}`;
}

/** A section with mrkdwn text; `raw` is escaped unless it is already mrkdwn we built. */
export function sectionBlock(
  text: string,
  options: { escape?: boolean; blockId?: string } = {},
): SectionBlock {
  const block: SectionBlock = {
    type: 'section',
    text: { type: 'mrkdwn', text: fitMrkdwn(text === '' ? ' ' : text, BLOCK_LIMITS.sectionText, options) },
  };
  if (options.blockId !== undefined) block.block_id = fitPlain(options.blockId, BLOCK_LIMITS.blockId);
  return block;
}

/** A line opens or closes a code block when it holds an odd number of fences. */
const togglesFence = (line: string): boolean => (line.split(FENCE).length - 1) % 2 === 1;

/** A line longer than a whole section is cut into lines (never inside an entity or a grapheme). */
function hardWrap(line: string, max: number, entities: boolean): string[] {
  if (line.length <= max) return [line];
  const out: string[] = [];
  let current = '';
  for (const unit of units(line, entities)) {
    if (current.length + unit.length > max) {
      out.push(current);
      current = '';
    }
    current += unit;
  }
  out.push(current);
  return out;
}

/**
 * Long text spread over as many sections as needed (at most `maxBlocks`), each within the section limit.
 * Sections break between lines, and before a code block rather than inside it; only a code block longer
 * than a whole section is broken, closed at the end of one section and reopened at the start of the next.
 */
export function sectionBlocks(
  text: string,
  maxBlocks: number,
  options: { escape?: boolean } = {},
): SectionBlock[] {
  const shouldEscape = options.escape ?? true;
  const budget = BLOCK_LIMITS.sectionText - 2 * (FENCE.length + 1) - ELLIPSIS.length;
  const body = shouldEscape ? escapeMrkdwn(text) : text;
  const lines = body.split('\n').flatMap((line) => hardWrap(line, budget, true));
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  let openAtStart = false;
  let open = openAtStart;
  /** How many lines of `current` end outside a code block: where a cut reads best. */
  let safe = 0;
  const flush = (count: number): void => {
    const taken = current.slice(0, count);
    const rest = current.slice(count);
    let endsOpen = openAtStart;
    for (const line of taken) if (togglesFence(line)) endsOpen = !endsOpen;
    const chunk = taken.join('\n').replace(/^\n+|\n+$/g, '');
    chunks.push(`${openAtStart ? `${FENCE}\n` : ''}${chunk}${endsOpen ? `\n${FENCE}` : ''}`);
    openAtStart = endsOpen;
    current = rest;
    size = rest.reduce((n, line, i) => n + line.length + (i === 0 ? 0 : 1), 0);
    // A cut at a safe point leaves lines that are all inside the next code block; any cut leaves none.
    safe = 0;
    open = endsOpen;
    for (const line of rest) if (togglesFence(line)) open = !open;
  };
  for (const line of lines) {
    while (current.length > 0 && size + 1 + line.length > budget)
      flush(safe > 0 && open ? safe : current.length);
    size += (current.length === 0 ? 0 : 1) + line.length;
    current.push(line);
    if (togglesFence(line)) open = !open;
    if (!open) safe = current.length;
  }
  if (current.length > 0 || chunks.length === 0) flush(current.length);
  const kept = chunks.slice(0, Math.max(1, maxBlocks));
  if (kept.length < chunks.length) kept[kept.length - 1] = `${kept[kept.length - 1] ?? ''}${ELLIPSIS}`;
  return kept.map((chunk) => sectionBlock(chunk, { escape: false }));
}

/**
 * Headers are plain text, but Slack still reads `<!everyone>`-like sequences and entities in them: the
 * text is escaped like every other text we did not write, so a name or a note can never ping anyone.
 */
export function headerBlock(text: string): HeaderBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: fitEscaped(text, BLOCK_LIMITS.headerText), emoji: true },
  };
}

export function contextBlock(texts: readonly string[], options: { escape?: boolean } = {}): ContextBlock {
  const kept = texts.filter((t) => t !== '').slice(0, BLOCK_LIMITS.contextElements);
  return {
    type: 'context',
    elements: (kept.length === 0 ? [' '] : kept).map((t) => ({
      type: 'mrkdwn' as const,
      text: fitMrkdwn(t, BLOCK_LIMITS.contextText, options),
    })),
  };
}

export interface ButtonSpec {
  readonly actionId: string;
  readonly text: string;
  readonly value: string;
  readonly style?: 'primary' | 'danger';
}

/** Throws rather than cut a value: a cut id would be a wrong id, which is a bug, not content. */
export function button(spec: ButtonSpec): Button {
  if (spec.value.length > BLOCK_LIMITS.buttonValue)
    throw new Error(`button value over ${BLOCK_LIMITS.buttonValue}`);
  if (spec.actionId.length > BLOCK_LIMITS.actionId)
    throw new Error(`action_id over ${BLOCK_LIMITS.actionId}`);
  const element: Button = {
    type: 'button',
    action_id: spec.actionId,
    text: {
      type: 'plain_text',
      // Escaped like a header: an option holding `<!channel>` shows as text, never as a mention.
      text: fitEscaped(spec.text === '' ? ' ' : spec.text, BLOCK_LIMITS.buttonText),
      emoji: true,
    },
    value: spec.value,
  };
  if (spec.style !== undefined) element.style = spec.style;
  return element;
}

/** A menu or radio option: its text escaped and cut; a value too long to come back whole is a bug. */
export function option(text: string, value: string): PlainTextOption {
  if (value.length > BLOCK_LIMITS.optionValue)
    throw new Error(`option value over ${BLOCK_LIMITS.optionValue}`);
  return {
    text: {
      type: 'plain_text',
      text: fitEscaped(text === '' ? ' ' : text, BLOCK_LIMITS.optionText),
      emoji: true,
    },
    value,
  };
}

/** An overflow menu ("…") of 2 to 5 options. */
export function overflowMenu(
  actionId: string,
  options: readonly { text: string; value: string }[],
): Overflow {
  if (options.length < 2 || options.length > BLOCK_LIMITS.overflowOptions)
    throw new Error(
      `an overflow menu holds 2 to ${BLOCK_LIMITS.overflowOptions} options, not ${options.length}`,
    );
  if (actionId.length > BLOCK_LIMITS.actionId) throw new Error(`action_id over ${BLOCK_LIMITS.actionId}`);
  return { type: 'overflow', action_id: actionId, options: options.map((o) => option(o.text, o.value)) };
}

/** One actions block per 25 buttons. */
export function actionsBlocks(buttons: readonly ButtonSpec[], blockIdPrefix?: string): ActionsBlock[] {
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += BLOCK_LIMITS.actionsElements) {
    const block: ActionsBlock = {
      type: 'actions',
      elements: buttons.slice(i, i + BLOCK_LIMITS.actionsElements).map(button),
    };
    if (blockIdPrefix !== undefined) block.block_id = `${blockIdPrefix}${i / BLOCK_LIMITS.actionsElements}`;
    blocks.push(block);
  }
  return blocks;
}

/**
 * Keeps a message within the block count: renderers put what must survive (question, buttons) first, so
 * the blocks dropped are the trailing ones, and a context line says something was left out.
 */
export function fitBlocks(
  blocks: readonly KnownBlock[],
  max: number = BLOCK_LIMITS.blocksPerMessage,
): KnownBlock[] {
  if (blocks.length <= max) return [...blocks];
  const kept = blocks.slice(0, max - 1);
  kept.push(contextBlock([ELLIPSIS]));
  return kept;
}

/**
 * The notification text that accompanies blocks (shown in notifications and by screen readers). Slack
 * reads it as mrkdwn, mentions included, so plain text (a stem, a name) is escaped here: a note or a
 * display name holding `<!channel>` must not ping a channel from a notification.
 */
export function fallbackText(text: string): string {
  return fitEscaped(text, BLOCK_LIMITS.messageText);
}

/** The notification text of mrkdwn we built ourselves, intended mentions included (already escaped). */
export function fallbackMrkdwn(mrkdwn: string): string {
  return fitMrkdwn(mrkdwn, BLOCK_LIMITS.messageText, { escape: false });
}

/** Escapes plain text and cuts it to `max`, never inside an entity or a grapheme. */
export function fitEscaped(raw: string, max: number): string {
  const full = escapeMrkdwn(raw);
  if (full.length <= max) return full;
  let out = '';
  for (const { segment } of segmenter.segment(raw)) {
    const piece = escapeMrkdwn(segment);
    if (out.length + piece.length > max - ELLIPSIS.length) break;
    out += piece;
  }
  return out + ELLIPSIS;
}
