import { describe, expect, it } from 'vitest';
import { noteMarkdown } from '../../adapters/discord/note-markdown.ts';
import { htmlFormattingAsMarkdown } from '../../adapters/shared/note-html.ts';
import { markdownToMrkdwn } from '../../adapters/slack/markdown-to-mrkdwn.ts';

/** A reveal from a note pasted out of a chat export: its formatting written in HTML. */
const PASTED = [
  '使用 <code>--restart</code> 策略：',
  '<ol><li><code>no</code>：不自动重启</li><li><strong>always</strong>：总是重启</li></ol>',
  '注意<br>先删除旧容器。',
].join('\n');

describe("a note's formatting written in HTML, as every platform shows it", () => {
  it('becomes the Markdown it stands for: code, bold, a list, a line break', () => {
    expect(htmlFormattingAsMarkdown(PASTED)).toBe(
      '使用 `--restart` 策略：\n\n- `no`：不自动重启\n- **always**：总是重启\n\n注意\n先删除旧容器。',
    );
  });

  it('shows no tags in Slack or Discord', () => {
    for (const shown of [markdownToMrkdwn(PASTED), noteMarkdown(PASTED)]) {
      expect(shown).not.toMatch(/<\/?(?:code|strong|ol|li|br)>|&lt;\/?(?:code|strong|ol|li|br)&gt;/);
      expect(shown).toContain('`--restart`');
    }
  });

  it('leaves tags in code, and tags that are the text, as written', () => {
    const text = 'Wrap it in `<strong>` here; the `<div>` and <T> stay.';
    expect(htmlFormattingAsMarkdown(text)).toBe(text);
  });
});
