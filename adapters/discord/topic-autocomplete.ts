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

export async function answerAutocomplete(
  engine: QuizEngine,
  interaction: AutocompleteInteraction,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === 'topic' ? topicChoices(engine, String(focused.value)) : [];
  await interaction.respond(choices);
}
