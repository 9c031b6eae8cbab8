import type pino from 'pino';
import type { Clock } from '../../src/engine/clock.ts';
import type { SlackMessage } from './render/question-blocks.ts';
import { classifySlackError } from './slack-errors.ts';
import { splitPostRef } from './slack-ids.ts';
import type { Timers } from './timers.ts';
import type { SlackClient } from './web-clients.ts';

interface RoundCounter {
  postRef: string;
  render: (count: number) => SlackMessage;
  lastSentAt: number;
  timer: unknown;
  sending: Promise<void> | null;
  closed: boolean;
}

/**
 * The live "N answers so far" on a daily post. Slack rate-limits chat.update (about one edit per second per
 * channel), and a hundred clicks in a second must not become a hundred edits: at most one edit per
 * interval, the last one always sent (trailing edge), the count read from the store when sending.
 */
export class AnswerCounts {
  private readonly rounds = new Map<string, RoundCounter>();

  constructor(
    private readonly deps: {
      client: SlackClient;
      clock: Clock;
      timers: Timers;
      intervalMs: number;
      countAnswers: (roundId: string) => Promise<number>;
      logger: pino.Logger;
    },
  ) {}

  /** Called after each recorded answer. */
  bump(roundId: string, postRef: string, render: (count: number) => SlackMessage): void {
    let counter = this.rounds.get(roundId);
    if (counter === undefined) {
      counter = {
        postRef,
        render,
        lastSentAt: Number.NEGATIVE_INFINITY,
        timer: null,
        sending: null,
        closed: false,
      };
      this.rounds.set(roundId, counter);
    }
    if (counter.closed || counter.timer !== null) return;
    const wait = counter.lastSentAt + this.deps.intervalMs - this.deps.clock.now().getTime();
    if (wait <= 0 && counter.sending === null) {
      counter.sending = this.send(roundId, counter);
      return;
    }
    this.schedule(roundId, counter, Math.max(wait, 0));
  }

  private schedule(roundId: string, counter: RoundCounter, ms: number): void {
    counter.timer = this.deps.timers.setTimeout(() => {
      counter.timer = null;
      if (counter.closed) return;
      if (counter.sending !== null) {
        this.schedule(roundId, counter, this.deps.intervalMs);
        return;
      }
      counter.sending = this.send(roundId, counter);
    }, ms);
  }

  private async send(roundId: string, counter: RoundCounter): Promise<void> {
    counter.lastSentAt = this.deps.clock.now().getTime();
    try {
      const ref = splitPostRef(counter.postRef);
      if (ref === null) return;
      const count = await this.deps.countAnswers(roundId);
      if (counter.closed) return;
      const message = counter.render(count);
      await this.deps.client.chat.update({
        channel: ref.channel,
        ts: ref.ts,
        text: message.text,
        blocks: message.blocks,
      });
    } catch (error) {
      const failure = classifySlackError(error);
      if (failure.kind === 'rate_limited') {
        // Honour Retry-After: no edit of this post before it has passed.
        counter.lastSentAt = this.deps.clock.now().getTime() + failure.retryAfterMs - this.deps.intervalMs;
      }
      this.deps.logger.warn({ roundId, code: failure.code }, 'live answer count not updated');
    } finally {
      counter.sending = null;
    }
  }

  /** The round closed: no more count edits, and none still in flight when the results replace the post. */
  async close(roundId: string): Promise<void> {
    const counter = this.rounds.get(roundId);
    if (counter === undefined) {
      this.rounds.set(roundId, {
        postRef: '',
        render: () => ({ text: '', blocks: [] }),
        lastSentAt: 0,
        timer: null,
        sending: null,
        closed: true,
      });
      return;
    }
    counter.closed = true;
    if (counter.timer !== null) this.deps.timers.clearTimeout(counter.timer);
    counter.timer = null;
    await counter.sending;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.rounds.keys()].map((id) => this.close(id)));
  }
}
