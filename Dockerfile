# The skryba worker image (also runs every other skryba command): Node 20 and pnpm, the workspace
# installed from the lockfile, TypeScript run from source by tsx (there is no build step).
FROM node:20-bookworm-slim

ENV PNPM_VERSION=10.34.8 \
    DOTENV_CONFIG_QUIET=true
RUN npm install -g pnpm@${PNPM_VERSION}

WORKDIR /app
# Manifests first, so the dependency layer is rebuilt only when they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY packages/schema/package.json packages/schema/
COPY packages/extract/package.json packages/extract/
COPY packages/lexicon/package.json packages/lexicon/
COPY packages/repair/package.json packages/repair/
COPY packages/classify/package.json packages/classify/
COPY packages/entities/package.json packages/entities/
COPY packages/cli/package.json packages/cli/
COPY pipelines/ingest/package.json pipelines/ingest/
COPY workers/queue/package.json workers/queue/
# All dependencies: tsx, which runs the sources, is a development dependency of the workspace root.
RUN pnpm install --frozen-lockfile

COPY . .
ENV NODE_ENV=production

# Records, failure reports and the shared store live on a volume every worker mounts at /data.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data

# `docker run IMAGE` starts a worker; `docker run IMAGE ingest /data/in --out /data/out` submits.
ENTRYPOINT ["node", "--import", "tsx", "packages/cli/src/main.ts"]
CMD ["worker"]
