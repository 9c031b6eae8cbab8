# syntax=docker/dockerfile:1
# notequiz: multi-stage image. Stage 1 has the compilers better-sqlite3 needs and runs `npm ci`
# (which also generates the Prisma clients); stage 2 is a slim runtime that runs as the unprivileged
# `node` user, applies migrations at start, and reports health on GET /healthz.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# postinstall generates the clients from prisma/*/schema.prisma and compiles src/ and adapters/ to dist/
# (scripts/build.mjs, which needs TypeScript: a dev dependency, pruned once dist/ exists).
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY prisma ./prisma
COPY scripts ./scripts
COPY bin ./bin
COPY src ./src
COPY adapters ./adapters
RUN npm ci --no-audit --no-fund \
  && npm prune --omit=dev --no-audit --no-fund \
  && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
  PORT=8080 \
  DATABASE_URL=file:/app/data/notequiz.db \
  CONTENT_DIR=/app/content
WORKDIR /app
COPY --chown=node:node package.json ./
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node bin ./bin
COPY --from=deps --chown=node:node /app/dist ./dist
COPY --chown=node:node prisma ./prisma
COPY --chown=node:node content ./content
# SQLite lives here when DATABASE_URL is not PostgreSQL; mount a volume to keep it.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM lets notequiz finish in-flight answers, stop the cron tick and close the database.
STOPSIGNAL SIGTERM
CMD ["sh", "-c", "node bin/notequiz.js db migrate && exec node bin/notequiz.js start"]
