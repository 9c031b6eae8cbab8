import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { EVENTS_PATH } from '../../adapters/slack/create-bolt-app.ts';

/**
 * No Docker engine runs on the test machines, so the image is not built here: these checks read the
 * Dockerfile and compose.yaml and hold them to what the operations guide promises.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const dockerignore = readFileSync(path.join(root, '.dockerignore'), 'utf8');

/** Instructions with continuation lines joined, comments dropped. */
function instructions(text: string): { op: string; args: string }[] {
  const joined = text.replace(/\\\n/g, ' ');
  return joined
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [op = '', ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

const ops = instructions(dockerfile);
const stages = ops.filter((i) => i.op === 'FROM');
const lastStageStart = ops.lastIndexOf(stages[stages.length - 1] ?? { op: '', args: '' });
const runtime = ops.slice(lastStageStart);

describe('Dockerfile', () => {
  it('is multi-stage: a build stage with compilers, a slim runtime', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0]?.args).toMatch(/AS deps/i);
    expect(dockerfile).toMatch(/apt-get install[^\n]*python3 make g\+\+/);
    expect(dockerfile).toContain('ARG NODE_IMAGE=node:20-bookworm-slim');
    expect(
      runtime.some(
        (i) => i.op === 'COPY' && i.args.includes('--from=deps') && i.args.includes('node_modules'),
      ),
    ).toBe(true);
    expect(runtime.some((i) => i.op === 'RUN' && /apt-get install/.test(i.args))).toBe(false);
  });

  it('runs as a non-root user in the runtime stage', () => {
    const users = runtime.filter((i) => i.op === 'USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]?.args).not.toMatch(/^(root|0)(:|$)/);
  });

  it('has a HEALTHCHECK that hits /healthz, and exposes the ops port', () => {
    const health = runtime.find((i) => i.op === 'HEALTHCHECK');
    expect(health?.args).toContain('/healthz');
    expect(runtime.find((i) => i.op === 'EXPOSE')?.args).toBe('8080');
  });

  it('applies migrations before starting, and copies the notes and the Prisma schema in', () => {
    const cmd = runtime.find((i) => i.op === 'CMD')?.args ?? '';
    expect(cmd).toMatch(/db migrate && exec node bin\/notequiz\.js start/);
    const copies = runtime.filter((i) => i.op === 'COPY').map((i) => i.args);
    // The image runs the compiled bot (dist/, built in the deps stage), not the TypeScript sources.
    for (const wanted of ['content', 'prisma', 'dist', 'bin']) {
      expect(copies.some((c) => c.endsWith(`./${wanted}`))).toBe(true);
    }
    // npm ci runs the Prisma generate postinstall, so the schema and script must be there first.
    const deps = ops.slice(0, lastStageStart);
    const npmCi = deps.findIndex((i) => i.op === 'RUN' && i.args.includes('npm ci'));
    const prismaCopy = deps.findIndex((i) => i.op === 'COPY' && i.args.includes('prisma'));
    expect(prismaCopy).toBeGreaterThan(-1);
    expect(prismaCopy).toBeLessThan(npmCi);
  });

  it('keeps secrets and host build output out of the build context', () => {
    const ignored = dockerignore.split('\n').map((l) => l.trim());
    for (const entry of ['.env', 'node_modules', 'data', '.git', 'src/store/generated'])
      expect(ignored).toContain(entry);
  });
});

const service = z.object({
  image: z.string().optional(),
  build: z.unknown().optional(),
  environment: z.record(z.string(), z.string()).optional(),
  ports: z.array(z.string()).optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  healthcheck: z.object({ test: z.array(z.string()) }).optional(),
  init: z.boolean().optional(),
  stop_grace_period: z.string().optional(),
});
const composeSchema = z.object({
  services: z.record(z.string(), service),
  volumes: z.record(z.string(), z.unknown()).optional(),
});
const compose = composeSchema.parse(parse(readFileSync(path.join(root, 'compose.yaml'), 'utf8')));

describe('compose.yaml', () => {
  it('runs PostgreSQL 15 with a health check and a volume', () => {
    const db = compose.services.db;
    expect(db?.image).toBe('postgres:15');
    expect(db?.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(compose.volumes).toHaveProperty('pgdata');
  });

  it('starts the bot only once the database is healthy, pointed at it, with its own health check', () => {
    const bot = compose.services.bot;
    expect(bot?.build).toBeDefined();
    expect(bot?.depends_on?.db?.condition).toBe('service_healthy');
    expect(bot?.environment?.DATABASE_URL).toMatch(/^postgresql:\/\/notequiz:.*@db:5432\/notequiz$/);
    expect(bot?.healthcheck?.test.join(' ')).toContain('/healthz');
    expect(bot?.ports).toContain('8080:8080');
    expect(bot?.init).toBe(true);
  });
});

/**
 * compose.scale.yaml (issue 14): three bots, PostgreSQL and an nginx balancer whose config is in the repo.
 * Read with YAML merge keys, as Docker Compose reads it; the balancer's upstreams must be exactly the bot
 * services on their Slack port, and every bot must be its own instance on the one database.
 */
const scaleText = readFileSync(path.join(root, 'compose.scale.yaml'), 'utf8');
const scale = composeSchema
  .extend({
    services: z.record(
      z.string(),
      service.extend({ volumes: z.array(z.string()).optional(), depends_on: z.unknown().optional() }),
    ),
  })
  .parse(parse(scaleText, { merge: true }));
const bots = Object.entries(scale.services).filter(([name]) => name.startsWith('bot-'));

describe('compose.scale.yaml', () => {
  it('runs three bots on the one PostgreSQL, each its own instance, started once the database is healthy', () => {
    expect(bots.map(([name]) => name)).toEqual(['bot-a', 'bot-b', 'bot-c']);
    expect(scale.services.db?.image).toBe('postgres:15');
    const ids = bots.map(([, bot]) => bot.environment?.INSTANCE_ID);
    expect(new Set(ids).size).toBe(3);
    for (const [, bot] of bots) {
      expect(bot.build).toBeDefined();
      expect(bot.init).toBe(true);
      expect(bot.environment?.DATABASE_URL).toBe(compose.services.bot?.environment?.DATABASE_URL);
      expect(bot.environment?.SLACK_MODE).toBe('http');
      expect(bot.depends_on).toEqual({ db: { condition: 'service_healthy' } });
      expect(bot.healthcheck?.test.join(' ')).toContain('/readyz');
      // Only the balancer is published: a bot's own port would let requests around it.
      expect(bot.ports).toBeUndefined();
    }
  });

  it('puts nginx in front, its config in the repo, round robin over exactly the bots on their Slack port', () => {
    const balancer = scale.services.balancer;
    expect(balancer?.image).toMatch(/^nginx:/);
    const mount = (balancer?.volumes ?? []).find((v) => v.includes('/etc/nginx/'));
    const [source = ''] = (mount ?? '').split(':');
    const conf = readFileSync(path.join(root, source), 'utf8');
    const upstreams = [...conf.matchAll(/^\s*server\s+([\w-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstreams).toEqual(bots.map(([name, bot]) => `${name}:${bot.environment?.SLACK_PORT}`));
    // Round robin is nginx's default: no other balancing method is named.
    expect(conf).not.toMatch(/^\s*(ip_hash|hash|least_conn|random)\b/m);
    expect(conf).toContain(`location = ${EVENTS_PATH}`);
    const listen = /^\s*listen\s+(\d+);/m.exec(conf)?.[1];
    expect(balancer?.ports).toEqual([`${listen}:${listen}`]);
  });
});
