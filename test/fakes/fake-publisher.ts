import type { Lang } from '../../src/content/question.ts';
import type { RoundResults, RoundWithQuestion } from '../../src/engine/api.ts';
import type { ChannelRecord } from '../../src/engine/records.ts';
import type { PublishResult, RoundPublisher } from '../../src/schedule/publisher.ts';

/**
 * A RoundPublisher over a pretend chat platform. It keeps the messages a user would see, and can be told
 * to fail the next calls (429 with Retry-After, a transient error, a permanent one, a throw, a crash after
 * the platform accepted the message, a hang as when the process is killed).
 *
 * Like the real adapters (Slack message metadata, Discord nonces), it finds a message it already posted
 * for a round id instead of posting a second one: that is the publisher's half of "exactly once".
 */
export interface FakeMessage {
  readonly channelId: string;
  readonly roundId: string;
  readonly localDate: string | null;
  readonly postRef: string;
  readonly late: boolean;
  readonly lang: Lang;
  readonly postedAt: number;
  /** Set by postResults: the reveal edits this message, so delivering it again shows nothing new. */
  results: RoundResults | null;
  /** How many postResults calls the platform accepted for this message (more than 1 = a repeat delivery). */
  resultsAccepted: number;
}

export type FakeBehaviour =
  | { readonly kind: 'ok' }
  | { readonly kind: 'rate_limited'; readonly retryAfterMs: number }
  | { readonly kind: 'retryable'; readonly code: string }
  | { readonly kind: 'permanent'; readonly code: string }
  | { readonly kind: 'throw' }
  /** The platform accepted the message, then the caller never heard back (crash, network cut). */
  | { readonly kind: 'post_then_throw' }
  /** The process died here: the promise never settles. */
  | { readonly kind: 'hang' }
  | { readonly kind: 'post_then_hang' };

export interface FakeCall {
  readonly op: 'postRound' | 'postResults';
  readonly channelId: string;
  readonly roundId: string;
  readonly behaviour: FakeBehaviour['kind'];
}

export interface FakePublisherOptions {
  readonly platform?: string;
  /** Decides each call's behaviour when nothing is queued (seeded chaos in the simulation). */
  readonly decide?: (call: { op: FakeCall['op']; channelId: string; roundId: string }) => FakeBehaviour;
  /** Where posts land; share one between several publishers to model one platform and many processes. */
  readonly shared?: FakePlatform;
}

/** The platform side: what users see. Several publishers (one per bot process) may share one. */
export class FakePlatform {
  readonly messages: FakeMessage[] = [];
  private seq = 0;

  find(roundId: string): FakeMessage | undefined {
    return this.messages.find((m) => m.roundId === roundId);
  }

  post(
    channel: ChannelRecord,
    round: RoundWithQuestion,
    options: { late: boolean; lang: Lang },
  ): FakeMessage {
    this.seq += 1;
    const message: FakeMessage = {
      channelId: channel.id,
      roundId: round.round.id,
      localDate: round.round.localDate,
      postRef: `${channel.id}:${String(this.seq).padStart(6, '0')}`,
      late: options.late,
      lang: options.lang,
      postedAt: this.seq,
      results: null,
      resultsAccepted: 0,
    };
    this.messages.push(message);
    return message;
  }

  messagesIn(channelId: string): FakeMessage[] {
    return this.messages.filter((m) => m.channelId === channelId);
  }
}

export class FakePublisher implements RoundPublisher {
  readonly platform: string;
  readonly calls: FakeCall[] = [];
  readonly target: FakePlatform;
  private readonly queued: FakeBehaviour[] = [];
  private readonly decide: FakePublisherOptions['decide'];

  constructor(options: FakePublisherOptions = {}) {
    this.platform = options.platform ?? 'local';
    this.target = options.shared ?? new FakePlatform();
    this.decide = options.decide;
  }

  get messages(): readonly FakeMessage[] {
    return this.target.messages;
  }

  /** The next `times` calls behave like this (in order, before any `decide`). */
  failNext(behaviour: FakeBehaviour, times = 1): this {
    for (let i = 0; i < times; i++) this.queued.push(behaviour);
    return this;
  }

  async postRound(
    channel: ChannelRecord,
    round: RoundWithQuestion,
    options: { late: boolean; lang: Lang },
  ): Promise<PublishResult> {
    const behaviour = this.next('postRound', channel.id, round.round.id);
    const existing = this.target.find(round.round.id);
    const accept = (): FakeMessage => existing ?? this.target.post(channel, round, options);
    return this.act(behaviour, () => accept().postRef);
  }

  async postResults(
    channel: ChannelRecord,
    results: RoundResults,
    _options: { lang: Lang },
  ): Promise<PublishResult> {
    const behaviour = this.next('postResults', channel.id, results.round.id);
    return this.act(behaviour, () => {
      const message = this.target.find(results.round.id);
      if (message === undefined) throw new Error(`results for ${results.round.id}, which was never posted`);
      message.results = results;
      message.resultsAccepted += 1;
      return message.postRef;
    });
  }

  private next(op: FakeCall['op'], channelId: string, roundId: string): FakeBehaviour {
    const behaviour = this.queued.shift() ?? this.decide?.({ op, channelId, roundId }) ?? { kind: 'ok' };
    this.calls.push({ op, channelId, roundId, behaviour: behaviour.kind });
    return behaviour;
  }

  private act(behaviour: FakeBehaviour, accept: () => string): Promise<PublishResult> {
    switch (behaviour.kind) {
      case 'ok':
        return Promise.resolve({ ok: true, postRef: accept() });
      case 'rate_limited':
        return Promise.resolve({
          ok: false,
          retryable: true,
          code: 'rate_limited',
          retryAfterMs: behaviour.retryAfterMs,
        });
      case 'retryable':
        return Promise.resolve({ ok: false, retryable: true, code: behaviour.code });
      case 'permanent':
        return Promise.resolve({ ok: false, retryable: false, code: behaviour.code });
      case 'throw':
        return Promise.reject(new Error('fake platform: connection reset'));
      case 'post_then_throw':
        accept();
        return Promise.reject(new Error('fake platform: response lost after the message was accepted'));
      case 'hang':
        return new Promise<PublishResult>(() => undefined);
      case 'post_then_hang':
        accept();
        return new Promise<PublishResult>(() => undefined);
    }
  }
}
