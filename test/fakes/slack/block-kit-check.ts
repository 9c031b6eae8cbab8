/**
 * The fake Slack API's own reading of Block Kit's limits, written apart from adapters/slack/block-limits.ts
 * so a mistake there is caught here rather than repeated. Returns every violation, not just the first.
 */
type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const len = (v: Json): number => (typeof v === 'string' ? v.length : -1);

function checkText(
  where: string,
  text: Json,
  max: number,
  problems: string[],
  kind?: 'plain_text' | 'mrkdwn',
): void {
  if (!isObject(text)) {
    problems.push(`${where}: text object missing`);
    return;
  }
  if (kind !== undefined && text.type !== kind)
    problems.push(`${where}: must be ${kind}, got ${String(text.type)}`);
  const n = len(text.text);
  if (n <= 0) problems.push(`${where}: text must not be empty`);
  if (n > max) problems.push(`${where}: text is ${n} characters, limit ${max}`);
  if (
    typeof text.text === 'string' &&
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text.text)
  ) {
    problems.push(`${where}: text contains a broken surrogate pair`);
  }
}

function checkButton(where: string, el: Record<string, Json>, problems: string[]): void {
  checkText(`${where}.text`, el.text, 75, problems, 'plain_text');
  if (el.value !== undefined && len(el.value) > 2000)
    problems.push(`${where}.value: ${len(el.value)} > 2000`);
  if (len(el.action_id) > 255) problems.push(`${where}.action_id: > 255`);
}

/** An option object of a menu or radio buttons: text up to 75 characters, value up to 150. */
function checkOption(where: string, option: Json, problems: string[]): void {
  if (!isObject(option)) {
    problems.push(`${where}: not an object`);
    return;
  }
  checkText(`${where}.text`, option.text, 75, problems);
  if (len(option.value) <= 0 || len(option.value) > 150)
    problems.push(`${where}.value: ${len(option.value)} characters, must be 1–150`);
}

/** An overflow menu: 2 to 5 options (Slack's older reference and clients refuse fewer than 2). */
function checkOverflow(where: string, el: Record<string, Json>, problems: string[]): void {
  const options = Array.isArray(el.options) ? el.options : [];
  if (options.length < 2 || options.length > 5)
    problems.push(`${where}.options: ${options.length}, must be 2–5`);
  options.forEach((o: Json, i: number) => {
    checkOption(`${where}.options[${i}]`, o, problems);
  });
  if (len(el.action_id) > 255) problems.push(`${where}.action_id: > 255`);
}

/** Elements that may stand in an input block, as our forms use them. */
function checkInputElement(where: string, el: Json, problems: string[]): void {
  if (!isObject(el)) {
    problems.push(`${where}: element missing`);
    return;
  }
  if (el.type === 'radio_buttons') {
    const options = Array.isArray(el.options) ? el.options : [];
    if (options.length < 1 || options.length > 10)
      problems.push(`${where}.options: ${options.length}, must be 1–10`);
    options.forEach((o: Json, i: number) => {
      checkOption(`${where}.options[${i}]`, o, problems);
    });
    if (
      el.initial_option !== undefined &&
      !options.some((o) => JSON.stringify(o) === JSON.stringify(el.initial_option))
    )
      problems.push(`${where}.initial_option: not one of the options`);
  } else if (el.type === 'plain_text_input') {
    if (typeof el.max_length === 'number' && (el.max_length < 1 || el.max_length > 3000))
      problems.push(`${where}.max_length: ${el.max_length}, must be 1–3000`);
    if (el.placeholder !== undefined)
      checkText(`${where}.placeholder`, el.placeholder, 150, problems, 'plain_text');
  } else problems.push(`${where}: input element ${String(el.type)} is not one the fake knows`);
}

export function checkBlocks(blocks: Json, maxBlocks: number, input = false): string[] {
  const problems: string[] = [];
  if (!Array.isArray(blocks)) return ['blocks: not an array'];
  if (blocks.length > maxBlocks) problems.push(`blocks: ${blocks.length} blocks, limit ${maxBlocks}`);
  const blockIds = new Set<string>();
  blocks.forEach((block: Json, i: number) => {
    const where = `blocks[${i}]`;
    if (!isObject(block)) {
      problems.push(`${where}: not an object`);
      return;
    }
    if (typeof block.block_id === 'string') {
      if (block.block_id.length > 255) problems.push(`${where}.block_id: > 255`);
      if (blockIds.has(block.block_id)) problems.push(`${where}.block_id: duplicate ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'section': {
        if (block.text === undefined && block.fields === undefined)
          problems.push(`${where}: section needs text or fields`);
        if (block.text !== undefined) checkText(`${where}.text`, block.text, 3000, problems);
        if (Array.isArray(block.fields)) {
          if (block.fields.length > 10) problems.push(`${where}.fields: ${block.fields.length} > 10`);
          block.fields.forEach((f: Json, j: number) => {
            checkText(`${where}.fields[${j}]`, f, 2000, problems);
          });
        }
        if (isObject(block.accessory) && block.accessory.type === 'button') {
          checkButton(`${where}.accessory`, block.accessory, problems);
        }
        if (isObject(block.accessory) && block.accessory.type === 'overflow') {
          checkOverflow(`${where}.accessory`, block.accessory, problems);
        }
        break;
      }
      case 'header':
        checkText(`${where}.text`, block.text, 150, problems, 'plain_text');
        break;
      case 'context': {
        const els = Array.isArray(block.elements) ? block.elements : [];
        if (els.length === 0 || els.length > 10)
          problems.push(`${where}.elements: ${els.length}, must be 1–10`);
        els.forEach((e: Json, j: number) => {
          checkText(`${where}.elements[${j}]`, e, 3000, problems);
        });
        break;
      }
      case 'actions': {
        const els = Array.isArray(block.elements) ? block.elements : [];
        if (els.length === 0 || els.length > 25)
          problems.push(`${where}.elements: ${els.length}, must be 1–25`);
        const ids = new Set<string>();
        els.forEach((e: Json, j: number) => {
          if (!isObject(e)) return;
          if (typeof e.action_id === 'string') {
            if (ids.has(e.action_id))
              problems.push(`${where}.elements[${j}]: duplicate action_id ${e.action_id}`);
            ids.add(e.action_id);
          }
          if (e.type === 'button') checkButton(`${where}.elements[${j}]`, e, problems);
          if (e.type === 'overflow') checkOverflow(`${where}.elements[${j}]`, e, problems);
        });
        break;
      }
      case 'divider':
        break;
      case 'input':
        if (!input) problems.push(`${where}: an input block outside a modal`);
        checkText(`${where}.label`, block.label, 2000, problems, 'plain_text');
        if (typeof block.block_id !== 'string') problems.push(`${where}: input without block_id`);
        checkInputElement(`${where}.element`, block.element, problems);
        break;
      default:
        problems.push(`${where}: block type ${String(block.type)} is not one the fake knows`);
    }
  });
  return problems;
}

/** A chat message: blocks within 50 and a top-level text Slack will accept. */
export function checkMessage(body: Record<string, Json>): string[] {
  const problems: string[] = [];
  const hasBlocks = Array.isArray(body.blocks) && body.blocks.length > 0;
  if (!hasBlocks && (typeof body.text !== 'string' || body.text === '')) problems.push('message: no_text');
  if (typeof body.text === 'string' && body.text.length > 40000) problems.push('message: text over 40,000');
  if (body.blocks !== undefined) problems.push(...checkBlocks(body.blocks, 50));
  return problems;
}

/** A modal for views.open: title, buttons and metadata within their limits; input blocks allowed. */
export function checkModal(view: Json): string[] {
  if (!isObject(view)) return ['view: missing'];
  if (view.type !== 'modal') return [`view: type ${String(view.type)}, expected modal`];
  const problems: string[] = [];
  checkText('view.title', view.title, 24, problems, 'plain_text');
  if (view.close !== undefined) checkText('view.close', view.close, 24, problems, 'plain_text');
  const blocks = Array.isArray(view.blocks) ? view.blocks : [];
  const hasInput = blocks.some((b: Json) => isObject(b) && b.type === 'input');
  if (view.submit !== undefined) checkText('view.submit', view.submit, 24, problems, 'plain_text');
  else if (hasInput) problems.push('view.submit: required when the view has an input block');
  if (len(view.private_metadata) > 3000) problems.push('view.private_metadata: > 3000');
  if (len(view.callback_id) > 255) problems.push('view.callback_id: > 255');
  problems.push(...checkBlocks(view.blocks, 100, true));
  return problems;
}

export function checkView(view: Json): string[] {
  if (!isObject(view)) return ['view: missing'];
  if (view.type !== 'home') return [`view: type ${String(view.type)}, expected home`];
  return checkBlocks(view.blocks, 100);
}
