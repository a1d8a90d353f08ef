# syntax=docker/dockerfile:1
# The portal's two images from one build (docs/deploy.md):
#   docker build --target web    -t <registry>/mendix-portal-web:<tag> .
#   docker build --target worker -t <registry>/mendix-portal-worker:<tag> .
# The worker image also runs the migration Job (`npm run db:migrate`).

# --- Dependencies and build (dev dependencies exist only in these stages) ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY . .
# `next build` loads the route modules, which read their settings: placeholders, nothing connects.
RUN NEXT_OUTPUT=standalone DATABASE_URL=postgresql://build:build@127.0.0.1:5432/build \
    AUTH_SECRET=build-time-placeholder-not-a-secret npm run build
# The worker runs as one file bundled by esbuild (a dev dependency), so bundle it here.
RUN npx tsx scripts/worker.ts --build

# --- Web: the self-contained Next.js server and only the files it traced ---
FROM node:20-bookworm-slim AS web
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/scripts/lib/http-guard.cjs /app/scripts/lib/csp.cjs ./
USER node
EXPOSE 3000
CMD ["node", "--require", "./http-guard.cjs", "server.js"]

# --- Worker and migrations: the sources, production dependencies, pg_dump/pg_restore 15 ---
FROM node:20-bookworm-slim AS worker
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client-15 ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build --chown=node:node /app ./
RUN npm prune --omit=dev --ignore-scripts --no-audit --no-fund && rm -rf .next tests bench
USER node
CMD ["node", "--max-semi-space-size=2", "--conditions=react-server", ".next-worker/worker.cjs"]
