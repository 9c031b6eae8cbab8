import { describe, expect, it } from 'vitest';
import { slackMethodOf, slackRequestKind } from '../../adapters/slack/slack-metrics.ts';

/** Labels of notequiz_requests_total and notequiz_rate_limited_total for Slack: fixed names, never an id. */
describe('Slack metric labels', () => {
  it('names the Web API method of a rate-limited call, and nothing that is an id', () => {
    expect(slackMethodOf('https://slack.com/api/chat.postMessage')).toBe('chat.postMessage');
    expect(slackMethodOf('http://127.0.0.1:4000/api/files.getUploadURLExternal')).toBe(
      'files.getUploadURLExternal',
    );
    expect(slackMethodOf('https://files.slack.com/upload/v1/CwABAAAAXwoAAZnSpQq0')).toBe('other');
    expect(slackMethodOf('')).toBe('other');
  });

  it('tells the kinds of request apart by their bodies', () => {
    expect(slackRequestKind({ command: '/quiz', text: '' })).toBe('slash_command');
    expect(slackRequestKind({ type: 'block_actions' })).toBe('block_action');
    expect(slackRequestKind({ type: 'view_submission' })).toBe('view_submission');
    expect(slackRequestKind({ type: 'event_callback' })).toBe('event');
    expect(slackRequestKind({ type: 'shortcut' })).toBe('other');
  });
});
