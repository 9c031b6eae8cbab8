import type { AutocompleteInteraction } from 'discord.js';
import type { QuizEngine } from '../../src/engine/api.ts';
import { fitChoices } from './limits.ts';

/**
 * Suggestions for every `topic` option: the notes' section titles containing what was typed, those
 * starting with it first. At most 25, each within Discord's 100 characters (limits.ts decides).
 */
export function topicChoices(engine: QuizEngine, typed: string): { name: string; value: string }[] {
  const needle = typed.trim().toLowerCase();
  const topics = engine.topics();
  const matching =
    needle === '' ? [...topics] : topics.filter((topic) => topic.toLowerCase().includes(needle));
  matching.sort(
    (a, b) => Number(!a.toLowerCase().startsWith(needle)) - Number(!b.toLowerCase().startsWith(needle)),
  );
  return fitChoices(matching.map((topic) => ({ name: topic, value: topic })));
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
