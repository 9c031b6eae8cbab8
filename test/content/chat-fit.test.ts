import { describe, expect, it } from 'vitest';
import {
  fitOptions,
  fitStem,
  fitText,
  MAX_OPTION_LENGTH,
  MAX_STEM_LENGTH,
} from '../../src/content/chat-fit.ts';
import { givesAway } from '../../src/content/question-builder.ts';

describe('chat fit', () => {
  it('cuts long Chinese options on grapheme boundaries with an ellipsis', () => {
    const long =
      '容器是一种轻量级、可移植、自包含的软件打包技术，使应用程序可以在几乎任何地方以相同的方式运行。'.repeat(
        3,
      );
    const cut = fitText(long, MAX_OPTION_LENGTH);
    expect(cut.length).toBeLessThanOrEqual(MAX_OPTION_LENGTH);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('never splits an emoji sequence or a surrogate pair', () => {
    const family = '👨‍👩‍👧‍👦';
    const text = `${'a'.repeat(70)}${family}${family}`;
    const cut = fitText(text, MAX_OPTION_LENGTH);
    expect(cut).toBe(`${'a'.repeat(70)}…`);
    const astral = '𠮷'.repeat(60);
    const cutAstral = fitText(astral, MAX_OPTION_LENGTH);
    expect(cutAstral.length).toBeLessThanOrEqual(MAX_OPTION_LENGTH);
    expect(cutAstral.slice(0, -1)).toBe('𠮷'.repeat((cutAstral.length - 1) / 2));
  });

  it('refuses options that become the same after cutting', () => {
    const prefix = 'x'.repeat(80);
    expect(fitOptions([`${prefix} one`, `${prefix} two`, 'short'])).toBeNull();
    expect(fitOptions(['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });

  it('keeps stems within 1,500 characters', () => {
    expect(fitStem('问'.repeat(4000)).length).toBeLessThanOrEqual(MAX_STEM_LENGTH);
    expect(fitStem('short\nstem')).toBe('short\nstem');
  });

  it('spots a give-away: only the right option shares a rare word with the stem', () => {
    expect(
      givesAway('使用 tag 命令为镜像添加标签', 'docker tag', ['docker pull', 'docker save', 'docker logs']),
    ).toBe(true);
    expect(
      givesAway('Which command copies files between a container and the host?', 'docker cp', [
        'docker pull',
        'docker save',
      ]),
    ).toBe(false);
    // Words every option shares ("docker") do not count.
    expect(
      givesAway('Which docker command removes an image?', 'docker rmi', ['docker ps', 'docker logs']),
    ).toBe(false);
    expect(
      givesAway('Which docker command lists images?', 'docker images', ['docker ps', 'docker logs']),
    ).toBe(true);
  });
});
