import { afterEach, describe, expect, it } from 'vitest';
import {
  buttonIds,
  sendAutocomplete,
  sendButton,
  sendCommand,
  visibleText,
} from '../fakes/discord/fake-interactions.ts';
import { SAMPLE_QUESTIONS, sampleQuestion } from '../fakes/sample-questions.ts';
import { type DiscordHarness, discordHarness } from './discord-harness.ts';

const LONG_TITLE =
  `Networking in depth: ${'bridges, overlays and the packets between them, '.repeat(3)}`.trim();
const LONG_SECTION = {
  ...sampleQuestion('q-docker-ps'),
  id: 'q-long-section',
  sectionPath: ['Docker', LONG_TITLE, 'Inspect a network'],
};

describe('Discord: one topic resolver, long titles, hints, one language', () => {
  let h: DiscordHarness;
  afterEach(async () => {
    expect(h.fake.violations).toEqual([]);
    await h.close();
  });

  it('/quiz names the sections a partly typed topic chose and "Another question" stays on them', async () => {
    h = await discordHarness();
    const message = await h.responseOf(
      sendCommand(h.fake, h.at(h.alice), 'quiz', [{ name: 'topic', type: 3, value: 'compo' }]),
    );
    expect(visibleText(message.body)).toContain('Questions from Docker Compose.');
    await h.fake.callbackOf(sendButton(h.fake, h.at(h.alice), message, buttonIds(message)[0] ?? '').id);
    const next = buttonIds(message).find((id) => id.startsWith('pn:'));
    if (next === undefined) throw new Error('no "Another question" button');
    await h.fake.callbackOf(sendButton(h.fake, h.at(h.alice), message, next).id);
    expect(visibleText(message.body)).toContain('Questions from Docker Compose.');
    expect(visibleText(message.body)).toContain('docker compose');
  });

  it('autocomplete offers a section title longer than 100 characters, cut, and /quiz resolves it whole', async () => {
    h = await discordHarness({ questions: [...SAMPLE_QUESTIONS, LONG_SECTION] });
    expect(LONG_TITLE.length).toBeGreaterThan(100);
    const suggested = await h.fake.callbackOf(
      sendAutocomplete(h.fake, h.at(h.alice), 'quiz', [
        { name: 'topic', type: 3, value: 'networking', focused: true },
      ]).id,
    );
    const choices = (suggested.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices).toHaveLength(1);
    const choice = choices[0];
    if (choice === undefined) throw new Error('no choice');
    expect(choice.name.length).toBeLessThanOrEqual(100);
    expect(choice.name.endsWith('…')).toBe(true);
    const message = await h.responseOf(
      sendCommand(h.fake, h.at(h.alice), 'quiz', [{ name: 'topic', type: 3, value: choice.value }]),
    );
    expect(visibleText(message.body)).toContain(`Questions from ${LONG_TITLE}.`);
  });

  it('an unknown topic offers the closest section and says where the list is', async () => {
    h = await discordHarness();
    const reply = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.alice), 'leaderboard', [{ name: 'topic', type: 3, value: 'Dokcer' }]).id,
    );
    expect(reply.data).toMatchObject({ flags: 64 });
    expect(visibleText(reply.data)).toContain('Did you mean Docker?');
    expect(visibleText(reply.data)).toContain('The topic option suggests the sections as you type.');
  });

  it('Traditional Chinese (zh-TW) gets English, never Simplified; zh-CN gets Chinese', async () => {
    h = await discordHarness();
    const traditional = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.alice, { locale: 'zh-TW' }), 'quiz').id,
    );
    expect(visibleText(traditional.data)).toContain('Practice');
    expect(visibleText(traditional.data)).not.toContain('练习');
    const simplified = await h.fake.callbackOf(
      sendCommand(h.fake, h.at(h.bob, { locale: 'zh-CN' }), 'quiz').id,
    );
    expect(visibleText(simplified.data)).toContain('练习');
  });
});
