/**
 * Every Discord size limit the adapter must respect, enforced here and nowhere else. Renderers build what
 * they want to say; these functions make it fit (text is cut with an ellipsis, never split inside a
 * character), or throw when cutting would change meaning (a custom_id, too many buttons).
 *
 * Lengths are counted in UTF-16 code units, which is never less than Discord's character count, so a
 * value that fits here fits there — Chinese text included.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  /** Sum of title, description, field names and values, footer and author over all embeds of a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** A modal (a form): its title, and the label above each field. */
  modalTitle: 45,
  modalLabel: 45,
  modalComponents: 5,
  /** A text field's placeholder, and the most it may be set to accept. */
  textInputPlaceholder: 100,
  textInputValue: 4000,
  /** A select's options, each with a label and a value of at most choiceName / choiceValue. */
  selectOptions: 25,
  /** An attachment's description: its alt text for screen readers. */
  attachmentDescription: 1024,
} as const;

const ELLIPSIS = '…';

/** Cuts `text` to at most `max` UTF-16 units, ending in an ellipsis when cut; never splits a surrogate pair. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = max - ELLIPSIS.length;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, Math.max(0, cut))}${ELLIPSIS}`;
}

const isFence = (line: string): boolean => /^\s*(```|~~~)/.test(line);

/**
 * Cuts Markdown (a note's answer) to at most `max` UTF-16 units between lines, never inside a code block,
 * ending in an ellipsis line when cut. Only when not even the first line or block fits is it cut inside
 * (fitText), and a code block opened by the kept text is then closed again, so it cannot swallow what
 * follows it in the message.
 */
export function fitMarkdown(text: string, max: number): string {
  if (text.length <= max) return text;
  const tail = `\n${ELLIPSIS}`;
  const lines = text.split('\n');
  let used = 0;
  let open = false;
  let safe = 0;
  for (const [i, line] of lines.entries()) {
    used += (i === 0 ? 0 : 1) + line.length;
    if (used + tail.length > max) break;
    if (isFence(line)) open = !open;
    if (!open) safe = i + 1;
  }
  const kept = lines.slice(0, safe).join('\n').trimEnd();
  if (kept !== '') return `${kept}${tail}`;
  const close = '\n```';
  const cut = fitText(text, Math.max(0, max - close.length));
  const opened = cut.split('\n').filter(isFence).length % 2 === 1;
  return opened ? `${cut}${close}` : cut;
}

export const fitContent = (text: string): string => fitText(text, DISCORD_LIMITS.content);
export const fitLabel = (text: string): string => fitText(text, DISCORD_LIMITS.buttonLabel);

export interface EmbedField {
  readonly name: string;
  readonly value: string;
  readonly inline?: boolean;
}

export interface EmbedData {
  readonly title?: string;
  readonly description?: string;
  readonly color?: number;
  readonly fields?: readonly EmbedField[];
  readonly footer?: { readonly text: string };
  /** A picture under the text: `attachment://<file name>` for a file sent with the message. */
  readonly image?: { readonly url: string };
}

/**
 * Makes one embed fit on its own and within the 6,000 total. What gives way first: the footer, then the
 * last fields, then the description — the title and the first fields carry the point of the message.
 */
export function fitEmbed(embed: EmbedData, budget: number = DISCORD_LIMITS.embedTotal): EmbedData {
  const title = embed.title === undefined ? undefined : fitText(embed.title, DISCORD_LIMITS.embedTitle);
  let description =
    embed.description === undefined ? undefined : fitText(embed.description, DISCORD_LIMITS.embedDescription);
  let fields = (embed.fields ?? []).slice(0, DISCORD_LIMITS.embedFields).map((f) => ({
    name: fitText(f.name === '' ? '\u200b' : f.name, DISCORD_LIMITS.embedFieldName),
    value: fitText(f.value === '' ? '\u200b' : f.value, DISCORD_LIMITS.embedFieldValue),
    ...(f.inline === undefined ? {} : { inline: f.inline }),
  }));
  let footer =
    embed.footer === undefined ? undefined : fitText(embed.footer.text, DISCORD_LIMITS.embedFooter);

  const size = (): number =>
    (title?.length ?? 0) +
    (description?.length ?? 0) +
    (footer?.length ?? 0) +
    fields.reduce((n, f) => n + f.name.length + f.value.length, 0);

  if (size() > budget && footer !== undefined) {
    const room = budget - (size() - footer.length);
    footer = room > 0 ? fitText(footer, room) : undefined;
  }
  while (size() > budget && fields.length > 0) {
    const last = fields[fields.length - 1];
    const excess = size() - budget;
    if (last !== undefined && last.value.length - excess >= 20) {
      fields = [...fields.slice(0, -1), { ...last, value: fitText(last.value, last.value.length - excess) }];
    } else {
      fields = fields.slice(0, -1);
    }
  }
  if (size() > budget && description !== undefined) {
    description = fitText(description, Math.max(0, description.length - (size() - budget)));
  }
  return {
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    ...(embed.color === undefined ? {} : { color: embed.color }),
    ...(fields.length === 0 ? {} : { fields }),
    ...(footer === undefined ? {} : { footer: { text: footer } }),
    ...(embed.image === undefined ? {} : { image: { url: embed.image.url } }),
  };
}

/** Total counted size of embeds, as Discord adds it up. */
export function embedSize(embed: EmbedData): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** A custom_id from parts; throws rather than cut, because a cut id would point at something else. */
export function customId(...parts: readonly (string | number)[]): string {
  const id = parts.join(':');
  if (id.length > DISCORD_LIMITS.customId) {
    throw new Error(`custom_id is ${id.length} characters, Discord allows ${DISCORD_LIMITS.customId}: ${id}`);
  }
  return id;
}

export interface ButtonSpec {
  readonly label: string;
  readonly customId: string;
  /** discord ButtonStyle: 1 primary, 2 secondary, 3 success, 4 danger. */
  readonly style: 1 | 2 | 3 | 4;
  readonly disabled?: boolean;
}

export interface ButtonComponent {
  readonly type: 2;
  readonly style: 1 | 2 | 3 | 4;
  readonly label: string;
  readonly custom_id: string;
  readonly disabled?: boolean;
}

export interface ActionRow {
  readonly type: 1;
  readonly components: readonly ButtonComponent[];
}

/** Lays buttons out in rows of five; more than 25 buttons cannot be shown and is a programming error. */
export function buttonRows(buttons: readonly ButtonSpec[]): ActionRow[] {
  const max = DISCORD_LIMITS.actionRows * DISCORD_LIMITS.buttonsPerRow;
  if (buttons.length > max)
    throw new Error(`${buttons.length} buttons do not fit in one message (max ${max})`);
  const rows: ActionRow[] = [];
  for (let i = 0; i < buttons.length; i += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({
      type: 1,
      components: buttons.slice(i, i + DISCORD_LIMITS.buttonsPerRow).map((b) => ({
        type: 2,
        style: b.style,
        label: fitLabel(b.label === '' ? '?' : b.label),
        custom_id: customId(b.customId),
        ...(b.disabled ? { disabled: true } : {}),
      })),
    });
  }
  return rows;
}

export interface Choice {
  readonly name: string;
  readonly value: string;
}

/**
 * Autocomplete / select choices: at most 25, names and values at most 100. A value longer than 100 cannot
 * be sent back to us intact, so such a choice is left out rather than cut.
 */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter((c) => c.value.length <= DISCORD_LIMITS.choiceValue && c.value.length > 0)
    .slice(0, DISCORD_LIMITS.choices)
    .map((c) => ({ name: fitText(c.name, DISCORD_LIMITS.choiceName), value: c.value }));
}
