import type { AutocompleteInteraction } from 'discord.js';
import type { QuizEngine } from '../../src/engine/api.ts';
import { DISCORD_LIMITS, fitChoices } from './limits.ts';

/**
 * Suggestions for every `topic` option: the notes' section titles containing what was typed, those
 * starting with it first. At most 25, each within Discord's 100 characters (limits.ts decides). A title
 * longer than a choice value may be is shown cut and sent back as its id ("#12", an index into
 * engine.topicTitles()), which optionTopic turns back into the whole title.
 */
export function topicChoices(engine: QuizEngine, typed: string): { name: string; value: string }[] {
  const needle = typed.trim().toLowerCase();
  const topics = engine.topics();
  const titles = engine.topicTitles();
  const matching =
    needle === '' ? [...topics] : topics.filter((topic) => topic.toLowerCase().includes(needle));
  matching.sort(
    (a, b) => Number(!a.toLowerCase().startsWith(needle)) - Number(!b.toLowerCase().startsWith(needle)),
  );
  return fitChoices(
    matching.map((topic) => ({
      name: topic,
      value: topic.length <= DISCORD_LIMITS.choiceValue ? topic : `${TITLE_ID}${titles.indexOf(topic)}`,
    })),
  );
}

const TITLE_ID = '#';
const TITLE_ID_VALUE = /^#(\d{1,6})$/;

/** A `topic` option's value as the engine should read it: a chosen long title's id becomes the title. */
export function optionTopic(engine: QuizEngine, value: string | null | undefined): string | undefined {
  const typed = value?.trim();
  if (typed === undefined || typed === '') return undefined;
  const id = TITLE_ID_VALUE.exec(typed);
  const title = id === null ? undefined : engine.topicTitles()[Number(id[1])];
  return title ?? typed;
}

/** Typed text beyond this is not a topic anyone has; looking it up costs a scan per keystroke. */
const MAX_TYPED = 100;

/**
 * Always answers, with at most 25 valid choices: a payload with no focused option, a non-topic option or
 * a huge value gets an empty or ordinary list instead of an exception (and a spinning client).
 */
export async function answerAutocomplete(
  engine: QuizEngine,
  interaction: AutocompleteInteraction,
): Promise<void> {
  let choices: { name: string; value: string }[] = [];
  try {
    const focused = interaction.options.getFocused(true);
    const typed = String(focused.value);
    if (focused.name === 'topic' && typed.length <= MAX_TYPED) choices = topicChoices(engine, typed);
  } catch {
    choices = [];
  }
  await interaction.respond(choices);
}
