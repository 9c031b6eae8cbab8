import { describe, expect, it } from 'vitest';
import { discordRoute } from '../../adapters/discord/discord-metrics.ts';

/** The `method` label of a Discord 429 (notequiz_rate_limited_total): the route, never an id or a token. */
describe('Discord routes as metric labels', () => {
  it('names Discord routes without ids or tokens', () => {
    const api = 'http://127.0.0.1:4000/api/v10';
    expect(discordRoute('post', `${api}/channels/1234567890123456789/messages`)).toBe(
      'POST /channels/:id/messages',
    );
    expect(discordRoute('POST', `${api}/interactions/1234567890123456789/aW50ZXJhY3Rpb24:x/callback`)).toBe(
      'POST /interactions/:id/:token/callback',
    );
    expect(discordRoute('PATCH', `${api}/webhooks/987654321987654321/tok-en.123/messages/@original`)).toBe(
      'PATCH /webhooks/:id/:token/messages/@original',
    );
    expect(discordRoute('PUT', `${api}/channels/1/messages/2/reactions/%F0%9F%91%8D/@me?x=1`)).toBe(
      'PUT /channels/:id/messages/:id/reactions/:emoji/@me',
    );
    expect(discordRoute('GET', 'not a url')).toBe('other');
  });
});
