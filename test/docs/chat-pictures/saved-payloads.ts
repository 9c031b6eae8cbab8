import { readFileSync } from 'node:fs';
import path from 'node:path';

const IMAGES = path.join(import.meta.dirname, '..', '..', '..', 'docs', 'images');

/** Where each README picture and the payloads it was drawn from are saved (add .png / .json). */
export const PICTURES = {
  slack: path.join(IMAGES, 'slack-daily-round'),
  discord: path.join(IMAGES, 'discord-duel'),
} as const;

export function savedPayloads(name: string): unknown {
  return JSON.parse(readFileSync(`${name}.json`, 'utf8'));
}
