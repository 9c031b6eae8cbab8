import { discordPlatform } from '../../adapters/discord/platform.ts';
import { slackPlatform } from '../../adapters/slack/platform.ts';
import { terminalPlatform } from '../../adapters/terminal/platform.ts';
import type { Platform } from './platform.ts';

/**
 * Every chat platform notequiz knows, in the order they start (and stop in reverse). Config, `notequiz
 * config check`, the CLI and main loop over this list; adding a platform is its folder under adapters/ and
 * one line here (docs/adding-a-platform.md). The terminal chat comes last: it runs by default only when no
 * service does.
 */
export const PLATFORMS: readonly Platform[] = [slackPlatform, discordPlatform, terminalPlatform];
