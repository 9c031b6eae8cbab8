/**
 * `npm run bench -- simulation`: the scale simulation (bench/simulation/run-scale-simulation.ts) at the
 * issue's size on PostgreSQL: 3 instances, 5,000 Slack channels in 200 workspaces (each with its own bot
 * token), 2,000 Discord servers over 2 shards, 14 days, crashes and 429s. Each day's fan-out wall time
 * stands beside the floor the platforms' limits allow for the same work. Sizes can be changed through
 * SIM_* variables (docs/scaling.md).
 */
import {
  dropSchema,
  postgresReachable,
  TEST_DATABASE_URL,
  uniqueSchemaName,
  urlWithSchema,
} from '../test/contract/postgres-harness.ts';
import type { BenchSection, Figure } from './report.ts';
import { runScaleSimulation, type ScaleSimulationOptions } from './simulation/run-scale-simulation.ts';

const number = (name: string, fallback: number): number => {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? fallback : Number(raw);
};

const seconds = (ms: number): number => ms / 1000;

export default {
  async run(): Promise<BenchSection> {
    if (!(await postgresReachable()))
      throw new Error(`the simulation needs PostgreSQL at ${TEST_DATABASE_URL} (see docs/storage.md)`);
    const schema = uniqueSchemaName('scalesim');
    const options: ScaleSimulationOptions = {
      slackChannels: number('SIM_SLACK_CHANNELS', 5_000),
      workspaces: number('SIM_WORKSPACES', 200),
      guilds: number('SIM_GUILDS', 2_000),
      shardCount: 2,
      instances: number('SIM_INSTANCES', 3),
      firstDate: process.env.SIM_FIRST_DATE ?? '2026-03-02',
      days: number('SIM_DAYS', 14),
      seed: number('SIM_SEED', 2026),
      chaos: number('SIM_CHAOS', 0.02),
      crashesPerDay: number('SIM_CRASHES_PER_DAY', 2),
      answerShare: 0.3,
      database: { kind: 'postgres', url: urlWithSchema(schema) },
      poolSize: number('SIM_POOL', 10),
      concurrency: number('SIM_CONCURRENCY', 16),
      progress: (line) => console.log(`  ${line}`),
    };
    try {
      const r = await runScaleSimulation(options);
      const slack429 = [...r.slack.entries()]
        .map(([method, c]) => `${method} ${c.limited} limited + ${c.injected} injected of ${c.calls}`)
        .join('; ');
      const figures: Figure[] = r.days.map((day) => {
        const big = day.largest;
        return {
          name: `${day.date}: fan-out wall time, ${day.posts} posts + ${day.reveals} reveals over ${day.instants} instants`,
          value: seconds(day.wallMs),
          unit: 's',
          baseline: { name: 'rate-limit floor for the same work', value: seconds(day.floorMs), unit: 's' },
          note:
            `simulated ${seconds(day.simMs).toFixed(1)} s (with waits skipped: Retry-After, a dead instance's lease); ` +
            (big === null
              ? ''
              : `largest instant ${big.at.slice(11, 16)} UTC: ${big.posts} posts + ${big.reveals} reveals in ${seconds(big.wallMs).toFixed(1)} s wall, floor ${seconds(big.floorMs).toFixed(1)} s; `) +
            `${day.answers} answers; ${day.limited429} × 429 from the modelled limits, ${day.injected429} injected; ${day.crashes} crash${day.crashes === 1 ? '' : 'es'}`,
        };
      });
      const target = `${r.scheduledDays.toLocaleString('en-US')} (one per scheduled channel-day)`;
      figures.push(
        {
          name: 'daily posts, each exactly once',
          value: r.posts,
          unit: 'posts',
          target,
          met: r.posts === r.scheduledDays && r.problems.length === 0,
          note:
            r.problems.length === 0
              ? `every check held; ${r.latePosts} posted late (opened over a minute after the post time)`
              : `${r.problems.length} problems, first: ${r.problems.slice(0, 3).join(' | ')}`,
        },
        {
          name: 'reveals (the post edited into its results)',
          value: r.reveals,
          unit: 'reveals',
          target,
          // A second message naming the winners is a duplicate a player sees, as much as a second post.
          met: r.reveals === r.scheduledDays && r.winnersRepeated.length === 0,
          note: `winners named twice in ${r.winnersRepeated.length} reveal(s) (Slack thread reply or Discord reply; see docs/scaling.md)`,
        },
        {
          name: 'answers stored',
          value: r.answers.stored,
          unit: 'answers',
          target: `${r.answers.expected} accepted, none lost or doubled`,
          met: r.answers.stored === r.answers.expected,
          note: `${r.answers.doubleClicks} players clicked twice through two instances at once`,
        },
        {
          name: 'instances killed mid-fan-out and restarted',
          value: r.crashes,
          unit: 'crashes',
          note: `Discord: shards ${r.shards.map((s) => `${s.id} (${s.guilds} servers)`).join(', ')}; ${r.identifies} IDENTIFYs; REST ${r.discord.calls} calls, ${r.discord.global} global 429s, ${r.discord.route} per-channel 429s, ${r.discord.injected} injected, ${r.discord.guildFetches} GET /guilds (an instance without the server's shard asks its language); Slack: ${slack429}`,
        },
        {
          name: `one scheduler pass with nothing due, over ${(options.slackChannels + options.guilds).toLocaleString('en-US')} scheduled channels`,
          value: r.idlePassMs,
          unit: 'ms',
          note: "median of 5 on one instance after the run; every instance runs one a minute (the list of scheduled channels, each one's calendar, the rounds to close, remind and reveal)",
        },
        {
          name: 'whole simulation',
          value: seconds(r.wallMs),
          unit: 's',
        },
      );
      return {
        id: 'scale-simulation',
        title: `Scale simulation: ${options.instances} instances, ${options.slackChannels.toLocaleString('en-US')} Slack channels in ${options.workspaces} workspaces, ${options.guilds.toLocaleString('en-US')} Discord servers on 2 shards, ${options.days} days`,
        method:
          `bench/simulation/ (docs/scaling.md). ${options.instances} instances in one process, each with its own PostgreSQL pool ` +
          `(${options.poolSize} connections), engine, scheduler (${options.concurrency} channels in flight) and the adapters' real publishers: ` +
          "Slack's through @slack/web-api with each workspace's own bot token (channel → workspace → token), Discord's through discord.js's " +
          'REST client, to local fakes that enforce the limits of bench/simulation/platform-limits.ts with 429 and Retry-After ' +
          `(Slack per channel and per workspace and method, Discord's global 50/s per bot and per channel) and inject ${options.chaos * 100}% ` +
          'more 429s. Schedules cluster at 09:00 local in 6 timezones (Slack) and in the evening (Discord). The clock jumps between post ' +
          "and close times and runs at real speed through each fan-out; waits nobody had to sit through (Retry-After, a dead instance's " +
          `lease) are skipped and counted only in the simulated time. ${options.crashesPerDay} times a day an instance dies right after the ` +
          'platform accepted one of its posts or reveals (before recording it) and is restarted. Players answer 30% of rounds through any ' +
          'instance, some twice at once through two. Baseline: the least time the modelled limits allow for the same posts and reveals ' +
          '(fan-out-floor.ts), summed over the day. Checks: each channel and scheduled day has one round, one message, edited into ' +
          'its reveal, and its answers stored once; nothing on other days.',
        figures,
      };
    } finally {
      await dropSchema(schema);
    }
  },
};
