import { encodeButton } from '../../../adapters/discord/custom-ids.ts';
import { type DiscordHarness, discordHarness } from '../../discord/discord-harness.ts';
import type { FakeUser } from '../../fakes/discord/discord-fixtures.ts';
import type { StoredMessage } from '../../fakes/discord/fake-discord.ts';
import { buttonIds, sendButton, sendCommand, visibleText } from '../../fakes/discord/fake-interactions.ts';
import { englishQuestions } from './english-deck.ts';

/**
 * A duel in Discord as the README pictures it: the challenge, a duel question as the player sees it, and
 * the result. Driven exactly as test/discord/duel.test.ts drives it: the real discord.js client against the
 * fake gateway and REST API.
 */

export interface DiscordDuelCapture {
  /** Who the pictured people are, by the placeholder that stands for their Discord id. */
  readonly users: Record<string, string>;
  /** When each was shown, on the harness's clock (ISO, UTC). */
  readonly times: { readonly challenge: string; readonly question: string; readonly result: string };
  readonly challenge: Record<string, unknown>;
  readonly question: Record<string, unknown>;
  readonly result: Record<string, unknown>;
}

async function press(h: DiscordHarness, user: FakeUser, message: StoredMessage, customId: string) {
  const interaction = sendButton(h.fake, h.at(user), message, customId);
  await h.fake.callbackOf(interaction.id);
  return interaction;
}

/** Plays a player's whole duel, answering question i with `choose(i)` after `seconds[i]`. */
async function play(
  h: DiscordHarness,
  user: FakeUser,
  post: StoredMessage,
  duelId: string,
  choose: (index: number) => number,
  seconds: readonly number[],
): Promise<{ firstQuestion: Record<string, unknown>; shownAt: string }> {
  const shownAt = h.clock.now().toISOString();
  const first = await press(h, user, post, encodeButton({ kind: 'duel-play', duelId }));
  const privateMessage = await h.responseOf(first);
  const firstQuestion = structuredClone(privateMessage.body);
  for (const [i, wait] of seconds.entries()) {
    h.clock.advance(wait * 1000);
    await press(h, user, privateMessage, buttonIds(privateMessage)[choose(i)] ?? '');
    if (i < seconds.length - 1) await press(h, user, privateMessage, buttonIds(privateMessage)[0] ?? '');
  }
  return { firstQuestion, shownAt };
}

/**
 * Discord ids are snowflakes made from the wall clock, so each run has new ones: they are replaced by the
 * name of what they stand for (and the random nonce by a constant), which keeps the saved payload comparable
 * from run to run.
 */
function withStableIds(body: unknown, names: ReadonlyMap<string, string>): Record<string, unknown> {
  let json = JSON.stringify(body);
  for (const [id, name] of names) json = json.replaceAll(id, name);
  const stable = JSON.parse(json.replace(/\d{17,20}/g, 'ID')) as Record<string, unknown>;
  // discord.js sends a random nonce with each new message (to spot its own echo), nothing a reader sees.
  return 'nonce' in stable ? { ...stable, nonce: 'NONCE' } : stable;
}

export async function captureDiscordDuel(): Promise<DiscordDuelCapture> {
  const questions = await englishQuestions();
  const h = await discordHarness({ questions });
  try {
    const challenge = sendCommand(
      h.fake,
      h.at(h.alice),
      'challenge',
      [
        { name: 'user', type: 6, value: h.bob.id },
        { name: 'questions', type: 4, value: 3 },
      ],
      [h.bob],
    );
    const challengedAt = h.clock.now().toISOString();
    const post = await h.responseOf(challenge);
    const challengeBody = structuredClone(post.body);
    const duelId = (buttonIds(post)[0] ?? '').slice(3);
    await h.fake.waitFor(async () => (await h.engine.duelView(duelId))?.duel.postRef ?? undefined);
    const view = await h.engine.duelView(duelId);
    if (view === null) throw new Error('the challenge made no duel');
    const asked = view.duel.questionIds.map((id) => questions.find((q) => q.id === id));
    const right = asked.map((q) => q?.correctIndex ?? 0);
    const wrong = (i: number) => ((right[i] ?? 0) + 1) % (asked[i]?.options.length ?? 1);

    await press(h, h.bob, post, buttonIds(post)[0] ?? '');
    h.clock.advance(95_000);
    const alicePlayed = await play(h, h.alice, post, duelId, (i) => right[i] ?? 0, [6.4, 9.1, 4.8]);
    await play(h, h.bob, post, duelId, (i) => (i === 1 ? wrong(i) : (right[i] ?? 0)), [8.2, 12.5, 7.7]);
    const announcement = await h.fake.waitFor(() =>
      [...h.fake.messages.values()].find(
        (m) => m.id !== post.id && visibleText(m.body).includes('Duel result'),
      ),
    );
    if (h.fake.violations.length > 0)
      throw new Error(`Discord would refuse: ${h.fake.violations.join('; ')}`);
    const names = new Map([
      [h.alice.id, 'ALICE_ID'],
      [h.bob.id, 'BOB_ID'],
      [h.carol.id, 'CAROL_ID'],
      [duelId, 'DUEL_ID'],
    ]);
    return {
      users: { ALICE_ID: h.alice.username, BOB_ID: h.bob.username, CAROL_ID: h.carol.username },
      times: { challenge: challengedAt, question: alicePlayed.shownAt, result: h.clock.now().toISOString() },
      challenge: withStableIds(challengeBody, names),
      question: withStableIds(alicePlayed.firstQuestion, names),
      result: withStableIds(announcement.body, names),
    };
  } finally {
    await h.close();
  }
}
