/**
 * The fake Slack Web API for bench/slack.bench.ts in its own process (child_process.fork): it stands for
 * Slack's servers, so the work of taking the app's replies (parsing, Block Kit checks, recording) is not
 * charged to the app under test. Sends its URLs over IPC once listening; stops when the parent disconnects.
 */
import { FakeSlackApi } from '../test/fakes/slack/fake-slack-api.ts';

export interface FakeSlackUrls {
  readonly apiUrl: string;
  readonly responseUrl: string;
}

const api = await new FakeSlackApi().start();
const urls: FakeSlackUrls = { apiUrl: api.apiUrl, responseUrl: api.newResponseUrl() };
process.send?.(urls);
process.once('disconnect', () => {
  void api.stop().finally(() => process.exit(0));
});
