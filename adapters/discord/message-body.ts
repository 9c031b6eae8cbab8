import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Lang } from '../../src/content/question.ts';
import { t } from '../shared/i18n.ts';
import type { ActionRow, EmbedData } from './limits.ts';
import { fitContent, fitEmbed } from './limits.ts';

/** A message as the adapter builds it, before it goes to discord.js or REST; always within limits. */
export interface MessageBody {
  readonly content?: string;
  readonly embeds?: readonly EmbedData[];
  /** An empty array removes a message's buttons when editing. */
  readonly components?: readonly ActionRow[];
  /** Who may be pinged: nobody unless listed. */
  readonly allowedUsers?: readonly string[];
  /**
   * The message this one answers (a reply, shown linked to it). Channel messages only: a retry can find
   * the reply by this reference, which Discord keeps, unlike the nonce.
   */
  readonly replyTo?: string;
}

function toApiEmbed(embed: EmbedData): APIEmbed {
  const fitted = fitEmbed(embed);
  return {
    ...(fitted.title === undefined ? {} : { title: fitted.title }),
    ...(fitted.description === undefined ? {} : { description: fitted.description }),
    ...(fitted.color === undefined ? {} : { color: fitted.color }),
    ...(fitted.fields === undefined ? {} : { fields: fitted.fields.map((f) => ({ ...f })) }),
    ...(fitted.footer === undefined ? {} : { footer: { text: fitted.footer.text } }),
    ...(fitted.image === undefined ? {} : { image: { url: fitted.image.url } }),
  };
}

function toApiRow(row: ActionRow): APIActionRowComponent<APIButtonComponent> {
  return { type: 1, components: row.components.map((b) => ({ ...b })) };
}

/** The body for discord.js's interaction methods (reply, update, editReply, followUp). */
export function toInteractionJson(body: MessageBody): {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: []; users: string[] };
} {
  return {
    // Always sent, so an edit clears old text instead of keeping it.
    content: fitContent(body.content ?? ''),
    // Only one embed per message: the 6,000 total then holds by fitting that one.
    embeds: (body.embeds ?? []).slice(0, 1).map(toApiEmbed),
    components: (body.components ?? []).map(toApiRow),
    allowedMentions: { parse: [], users: [...(body.allowedUsers ?? [])] },
  };
}

/** The same body as Discord's REST JSON, for channel messages sent without an interaction. */
export function toRestJson(body: MessageBody): Record<string, unknown> {
  const { allowedMentions, ...rest } = toInteractionJson(body);
  return {
    ...rest,
    allowed_mentions: allowedMentions,
    ...(body.replyTo === undefined
      ? {}
      : { message_reference: { message_id: body.replyTo, fail_if_not_exists: false } }),
  };
}

/** Discord's rendering of an instant in each reader's own time zone and language. */
export const discordTime = (at: Date, style: 't' | 'T' | 'f' | 'R' = 'f'): string =>
  `<t:${Math.floor(at.getTime() / 1000)}:${style}>`;

/** "17:00 (in 3 hours)": both in each reader's zone and language, the countdown kept live by Discord. */
export const discordTimeFromNow = (lang: Lang, at: Date, style: 't' | 'T' | 'f' = 'f'): string =>
  t(lang, 'time.withRelative', { time: discordTime(at, style), relative: discordTime(at, 'R') });

export const mention = (userId: string): string => `<@${userId}>`;

export const COLOR = { question: 0x5865f2, good: 0x57f287, bad: 0xed4245, neutral: 0x99aab5 } as const;
