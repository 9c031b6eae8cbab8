import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  InteractionCallbackResponse,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import { type MessageBody, toInteractionJson } from './message-body.ts';

/**
 * Discord drops an interaction not acknowledged within 3 seconds. Handlers compute a Reply; this sends
 * it — and if the handler is still working when `deadlineMs` passes, it defers first (a "thinking…"
 * state) and then edits the deferred response. A Reply whose shape differs from the deferral (an
 * ephemeral error after a public deferral) is sent as an ephemeral follow-up instead.
 */

export type Reply =
  | {
      readonly kind: 'reply';
      readonly ephemeral: boolean;
      readonly body: MessageBody;
      /** Runs after the response is sent, with the id of the message it created when Discord says. */
      readonly after?: (messageId: string | null) => Promise<void>;
      /**
       * Runs when the response could not be delivered (the interaction expired, Discord failed): for a
       * reply whose message something depends on (a challenge's buttons), to deliver it another way.
       */
      readonly lost?: () => Promise<void>;
    }
  | { readonly kind: 'update'; readonly body: MessageBody; readonly after?: () => Promise<void> };

/** What a deferral would look like: a public or private "thinking…", or an update of the pressed message. */
export type AckShape = 'public' | 'ephemeral' | 'update';

export const ephemeral = (body: MessageBody): Reply => ({ kind: 'reply', ephemeral: true, body });

type Respondable = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

export async function respondInTime(
  interaction: Respondable,
  shape: AckShape,
  run: () => Promise<Reply>,
  options: { deadlineMs: number; logger: Logger; onError: () => Reply },
): Promise<void> {
  let deferral: Promise<unknown> | null = null;
  const timer = setTimeout(() => {
    deferral =
      shape === 'update' && interaction.isButton()
        ? interaction.deferUpdate()
        : interaction.deferReply(shape === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
    deferral.catch((error: unknown) =>
      options.logger.warn({ err: error, requestId: interaction.id }, 'discord: deferring failed'),
    );
  }, options.deadlineMs);

  let reply: Reply;
  try {
    reply = await run();
  } catch (error) {
    options.logger.error({ err: error, requestId: interaction.id }, 'discord: handler failed');
    reply = options.onError();
  } finally {
    clearTimeout(timer);
  }

  try {
    await deliver(interaction, shape, reply, deferral);
  } catch (error) {
    if (reply.kind === 'reply' && reply.lost !== undefined) {
      options.logger.warn(
        { err: error, requestId: interaction.id },
        'discord: reply lost; delivering it another way',
      );
      await reply.lost();
      return;
    }
    throw error;
  }
}

async function deliver(
  interaction: Respondable,
  shape: AckShape,
  reply: Reply,
  deferral: Promise<unknown> | null,
): Promise<void> {
  const json = toInteractionJson(reply.body);
  const pending: Promise<unknown> | null = deferral;
  if (pending === null) {
    if (reply.kind === 'update' && interaction.isButton()) {
      await interaction.update(json);
      await reply.after?.();
      return;
    }
    const isEphemeral = reply.kind === 'reply' ? reply.ephemeral : true;
    const wantsId = reply.kind === 'reply' && reply.after !== undefined;
    const response = await interaction.reply({
      ...json,
      ...(isEphemeral ? { flags: MessageFlags.Ephemeral } : {}),
      withResponse: wantsId,
    });
    const messageId =
      response instanceof InteractionCallbackResponse ? (response.resource?.message?.id ?? null) : null;
    if (reply.kind === 'reply') await reply.after?.(messageId);
    return;
  }

  await pending;
  const sameShape =
    reply.kind === 'update' ? shape === 'update' : (reply.ephemeral ? 'ephemeral' : 'public') === shape;
  if (sameShape || (reply.kind === 'update' && shape !== 'update')) {
    const message = await interaction.editReply(json);
    if (reply.kind === 'reply') await reply.after?.(message.id);
    else await reply.after?.();
    return;
  }
  if (reply.kind === 'reply' && reply.ephemeral) {
    // A public "thinking…" must not stay behind to say that something went wrong privately.
    if (shape === 'public') await interaction.deleteReply().catch(() => undefined);
    const message = await interaction.followUp({ ...json, flags: MessageFlags.Ephemeral });
    await reply.after?.(message.id);
    return;
  }
  const message = await interaction.followUp(json);
  if (reply.kind === 'reply') await reply.after?.(message.id);
}
