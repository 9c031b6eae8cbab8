/**
 * Draws the README's pictures of a daily round in Slack and a duel in Discord from what the offline fakes
 * receive when the real adapters play them (test/docs/chat-pictures/), and saves those payloads beside the
 * pictures: test/docs/chat-pictures.test.ts fails when the adapters' payloads move away from the saved ones,
 * so the pictures are redrawn when what players see changes. Run: `npx tsx scripts/render-chat-pictures.ts`.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { captureDiscordDuel } from '../test/docs/chat-pictures/capture-discord-duel.ts';
import { captureSlackDailyRound } from '../test/docs/chat-pictures/capture-slack-round.ts';
import { PICTURES } from '../test/docs/chat-pictures/saved-payloads.ts';
import { drawDiscordDuel } from './chat-pictures/discord-picture.ts';
import { drawSlackRound } from './chat-pictures/slack-picture.ts';

const slack = await captureSlackDailyRound();
const discord = await captureDiscordDuel();
const saved: [string, unknown, Buffer][] = [
  [PICTURES.slack, slack, drawSlackRound(slack)],
  [PICTURES.discord, discord, drawDiscordDuel(discord)],
];
for (const [name, payloads, png] of saved) {
  writeFileSync(`${name}.json`, `${JSON.stringify(payloads, null, 2)}\n`);
  writeFileSync(`${name}.png`, png);
  console.log(`${path.relative(process.cwd(), name)}.png  ${png.length.toLocaleString('en-US')} bytes`);
}
