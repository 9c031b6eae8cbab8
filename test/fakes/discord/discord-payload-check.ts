/**
 * What Discord would refuse with 400 "Invalid Form Body" (code 50035). Written from Discord's docs,
 * independently of adapters/discord/limits.ts, so the fake catches a limit the adapter forgot.
 * Lengths are counted in code points (Discord counts characters; a surrogate pair is one).
 */

const chars = (s: unknown): number => (typeof s === 'string' ? [...s].length : 0);
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkMessageBody(body: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(body)) return ['body is not an object'];
  if (chars(body.content) > 2000) problems.push(`content has ${chars(body.content)} characters (max 2000)`);
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (max 10)`);
  let total = 0;
  embeds.forEach((embed: unknown, i) => {
    if (!isRecord(embed)) {
      problems.push(`embeds[${i}] is not an object`);
      return;
    }
    const footer = isRecord(embed.footer) ? embed.footer.text : undefined;
    const author = isRecord(embed.author) ? embed.author.name : undefined;
    if (chars(embed.title) > 256)
      problems.push(`embeds[${i}].title has ${chars(embed.title)} characters (max 256)`);
    if (chars(embed.description) > 4096)
      problems.push(`embeds[${i}].description has ${chars(embed.description)} characters (max 4096)`);
    if (chars(footer) > 2048) problems.push(`embeds[${i}].footer.text too long`);
    if (chars(author) > 256) problems.push(`embeds[${i}].author.name too long`);
    total += chars(embed.title) + chars(embed.description) + chars(footer) + chars(author);
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > 25) problems.push(`embeds[${i}] has ${fields.length} fields (max 25)`);
    fields.forEach((field: unknown, j) => {
      if (!isRecord(field)) return;
      if (chars(field.name) === 0 || chars(field.name) > 256)
        problems.push(`embeds[${i}].fields[${j}].name length`);
      if (chars(field.value) === 0 || chars(field.value) > 1024)
        problems.push(`embeds[${i}].fields[${j}].value has ${chars(field.value)} characters (1..1024)`);
      total += chars(field.name) + chars(field.value);
    });
  });
  if (total > 6000) problems.push(`embeds total ${total} characters (max 6000)`);
  problems.push(...checkComponents(body.components));
  return problems;
}

function checkComponents(components: unknown): string[] {
  if (components === undefined) return [];
  if (!Array.isArray(components)) return ['components is not an array'];
  const problems: string[] = [];
  if (components.length > 5) problems.push(`${components.length} action rows (max 5)`);
  const ids = new Set<string>();
  components.forEach((row: unknown, i) => {
    if (!isRecord(row) || row.type !== 1 || !Array.isArray(row.components)) {
      problems.push(`components[${i}] is not an action row`);
      return;
    }
    if (row.components.length === 0 || row.components.length > 5)
      problems.push(`components[${i}] has ${row.components.length} buttons (1..5)`);
    row.components.forEach((button: unknown, j) => {
      if (!isRecord(button) || button.type !== 2) {
        problems.push(`components[${i}][${j}] is not a button`);
        return;
      }
      if (chars(button.label) > 80)
        problems.push(`button label has ${chars(button.label)} characters (max 80)`);
      if (button.style !== 5) {
        const id = button.custom_id;
        if (typeof id !== 'string' || id.length === 0 || chars(id) > 100)
          problems.push(`button custom_id "${String(id)}" must be 1..100 characters`);
        else if (ids.has(id)) problems.push(`duplicate custom_id "${id}"`);
        else ids.add(id);
      }
    });
  });
  return problems;
}

export function checkAutocompleteBody(data: unknown): string[] {
  if (!isRecord(data) || !Array.isArray(data.choices)) return ['autocomplete result without choices'];
  const problems: string[] = [];
  if (data.choices.length > 25) problems.push(`${data.choices.length} choices (max 25)`);
  for (const choice of data.choices) {
    if (!isRecord(choice)) continue;
    if (chars(choice.name) < 1 || chars(choice.name) > 100)
      problems.push(`choice name length ${chars(choice.name)}`);
    if (chars(choice.value) > 100) problems.push(`choice value length ${chars(choice.value)}`);
  }
  return problems;
}

export function checkCommandsBody(body: unknown): string[] {
  if (!Array.isArray(body)) return ['commands body is not an array'];
  const problems: string[] = [];
  if (body.length > 100) problems.push('more than 100 commands');
  const walk = (options: unknown, where: string): void => {
    if (!Array.isArray(options)) return;
    if (options.length > 25) problems.push(`${where}: more than 25 options`);
    for (const o of options) {
      if (!isRecord(o)) continue;
      if (
        typeof o.name !== 'string' ||
        !/^[-_\p{L}\p{N}]{1,32}$/u.test(o.name) ||
        o.name !== o.name.toLowerCase()
      )
        problems.push(`${where}: bad option name ${String(o.name)}`);
      if (chars(o.description) < 1 || chars(o.description) > 100)
        problems.push(`${where}.${String(o.name)}: description`);
      if (Array.isArray(o.choices) && o.choices.length > 25)
        problems.push(`${where}.${String(o.name)}: >25 choices`);
      walk(o.options, `${where}.${String(o.name)}`);
    }
  };
  for (const c of body) {
    if (!isRecord(c)) continue;
    if (typeof c.name !== 'string' || !/^[-_\p{L}\p{N}]{1,32}$/u.test(c.name))
      problems.push(`bad command name ${String(c.name)}`);
    if (chars(c.description) < 1 || chars(c.description) > 100)
      problems.push(`${String(c.name)}: description length`);
    walk(c.options, String(c.name));
  }
  return problems;
}

/**
 * A modal (interaction callback type 9) as Discord accepts it: a title, a custom_id, and 1 to 5 Label
 * components each wrapping one string select or text input (the layout Discord documents for forms since
 * action rows in modals were deprecated).
 */
export function checkModalBody(data: unknown): string[] {
  if (!isRecord(data)) return ['modal data is not an object'];
  const problems: string[] = [];
  if (chars(data.title) < 1 || chars(data.title) > 45)
    problems.push(`modal title has ${chars(data.title)} characters (1..45)`);
  if (chars(data.custom_id) < 1 || chars(data.custom_id) > 100)
    problems.push('modal custom_id must be 1..100 characters');
  const components = Array.isArray(data.components) ? data.components : [];
  if (components.length < 1 || components.length > 5)
    problems.push(`modal has ${components.length} components (1..5)`);
  const ids = new Set<string>();
  components.forEach((label: unknown, i) => {
    if (!isRecord(label) || label.type !== 18) {
      problems.push(`modal components[${i}] is not a label (type 18)`);
      return;
    }
    if (chars(label.label) < 1 || chars(label.label) > 45)
      problems.push(`modal components[${i}].label has ${chars(label.label)} characters (1..45)`);
    if (label.description !== undefined && chars(label.description) > 100)
      problems.push(`modal components[${i}].description over 100 characters`);
    const inner = label.component;
    if (!isRecord(inner)) {
      problems.push(`modal components[${i}] has no component`);
      return;
    }
    const id = inner.custom_id;
    if (typeof id !== 'string' || chars(id) < 1 || chars(id) > 100)
      problems.push(`modal components[${i}] custom_id`);
    else if (ids.has(id)) problems.push(`duplicate custom_id "${id}" in the modal`);
    else ids.add(id);
    if (inner.type === 3) {
      const options = Array.isArray(inner.options) ? inner.options : [];
      if (options.length < 1 || options.length > 25)
        problems.push(`select has ${options.length} options (1..25)`);
      for (const o of options) {
        if (!isRecord(o)) continue;
        if (chars(o.label) < 1 || chars(o.label) > 100) problems.push('select option label length');
        if (chars(o.value) < 1 || chars(o.value) > 100) problems.push('select option value length');
      }
      if (inner.placeholder !== undefined && chars(inner.placeholder) > 150)
        problems.push('select placeholder over 150');
    } else if (inner.type === 4) {
      if (inner.label !== undefined) problems.push('a text input inside a label must not have its own label');
      if (inner.style !== 1 && inner.style !== 2) problems.push('text input style must be 1 or 2');
      if (typeof inner.max_length === 'number' && (inner.max_length < 1 || inner.max_length > 4000))
        problems.push(`text input max_length ${inner.max_length} (1..4000)`);
      if (inner.placeholder !== undefined && chars(inner.placeholder) > 100)
        problems.push('text input placeholder over 100');
    } else problems.push(`modal components[${i}] holds a component of type ${String(inner.type)}`);
  });
  return problems;
}
