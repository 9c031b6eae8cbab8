import type { InputBlock, KnownBlock, ModalView, PlainTextInput, RadioButtons } from '@slack/types';
import { fitEscaped, fitPlain, option } from './block-limits.ts';

/**
 * The limits of a modal (views.open) and of its input blocks, enforced here and nowhere else, like
 * block-limits.ts does for messages: a modal Slack refuses never opens, and the person who pressed sees
 * nothing happen.
 */
export const MODAL_LIMITS = {
  blocks: 100,
  title: 24,
  button: 24,
  callbackId: 255,
  privateMetadata: 3000,
  inputLabel: 2000,
  placeholder: 150,
  radioOptions: 10,
  /** The most a plain_text_input may be set to accept. */
  textInput: 3000,
} as const;

const plain = (text: string, max: number) => ({
  type: 'plain_text' as const,
  text: fitEscaped(text, max),
  emoji: true,
});

export function modalView(spec: {
  readonly callbackId: string;
  readonly title: string;
  readonly submit: string;
  readonly close: string;
  readonly blocks: readonly KnownBlock[];
  /** Comes back with the submission, unchanged (Slack keeps it; the user cannot edit it). */
  readonly privateMetadata: string;
}): ModalView {
  if (spec.privateMetadata.length > MODAL_LIMITS.privateMetadata)
    throw new Error(`private_metadata over ${MODAL_LIMITS.privateMetadata}`);
  if (spec.callbackId.length > MODAL_LIMITS.callbackId)
    throw new Error(`callback_id over ${MODAL_LIMITS.callbackId}`);
  return {
    type: 'modal',
    callback_id: spec.callbackId,
    title: plain(spec.title, MODAL_LIMITS.title),
    submit: plain(spec.submit, MODAL_LIMITS.button),
    close: plain(spec.close, MODAL_LIMITS.button),
    blocks: spec.blocks.slice(0, MODAL_LIMITS.blocks),
    private_metadata: spec.privateMetadata,
  };
}

/** One choice among a few, as radio buttons in an input block; `initial` is preselected. */
export function radioInput(spec: {
  readonly blockId: string;
  readonly actionId: string;
  readonly label: string;
  readonly options: readonly { text: string; value: string }[];
  readonly initial?: string;
}): InputBlock {
  const options = spec.options.slice(0, MODAL_LIMITS.radioOptions).map((o) => option(o.text, o.value));
  const initial = options.find((o) => o.value === spec.initial);
  const element: RadioButtons = {
    type: 'radio_buttons',
    action_id: spec.actionId,
    options,
    ...(initial === undefined ? {} : { initial_option: initial }),
  };
  return {
    type: 'input',
    block_id: spec.blockId,
    label: plain(spec.label, MODAL_LIMITS.inputLabel),
    element,
  };
}

/** A text field of at most `maxLength` characters (the text is still checked when it comes back). */
export function textInput(spec: {
  readonly blockId: string;
  readonly actionId: string;
  readonly label: string;
  readonly placeholder: string;
  readonly maxLength: number;
  readonly optional: boolean;
  readonly multiline: boolean;
}): InputBlock {
  const element: PlainTextInput = {
    type: 'plain_text_input',
    action_id: spec.actionId,
    multiline: spec.multiline,
    max_length: Math.min(spec.maxLength, MODAL_LIMITS.textInput),
    placeholder: { type: 'plain_text', text: fitPlain(spec.placeholder, MODAL_LIMITS.placeholder) },
  };
  return {
    type: 'input',
    block_id: spec.blockId,
    optional: spec.optional,
    label: plain(spec.label, MODAL_LIMITS.inputLabel),
    element,
  };
}
