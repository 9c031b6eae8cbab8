import { type WebAPICallResult, WebClient, type WebClientOptions } from '@slack/web-api';

/**
 * The bot token to call Slack with for a channel (its local id, C…): the token of the OAuth installation
 * of the channel's workspace. The simulation answers it from its own table of 200 workspaces; once the
 * OAuth work is merged it is the one function to point at the installation store (channel → workspace →
 * installation → bot token).
 */
export type BotTokenForChannel = (channel: string) => Promise<string>;

/**
 * A WebClient that picks the token per call from the call's channel, so the Slack adapter's publisher,
 * written for one client, sends every workspace's calls with that workspace's token without a change.
 * A call that names no channel (auth.test) keeps the token it was given, if any.
 */
export class WorkspaceRoutedWebClient extends WebClient {
  constructor(
    private readonly tokenFor: BotTokenForChannel,
    options: WebClientOptions,
  ) {
    super(undefined, options);
  }

  override async apiCall(method: string, options: Record<string, unknown> = {}): Promise<WebAPICallResult> {
    if (typeof options.token === 'string' || typeof options.channel !== 'string')
      return super.apiCall(method, options);
    return super.apiCall(method, { ...options, token: await this.tokenFor(options.channel) });
  }
}
