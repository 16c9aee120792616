# swarmnet image: Next.js standalone server on Node 20, as a non-root user.
#   docker build -t swarmnet/swarmnet .
# Stages: deps (npm ci, dev tools included: the build needs them), build (next build),
# runtime (only .next/standalone: the server and the node_modules files it traces, no dev
# dependencies, no sources). The FROM name is also what scripts/image/build.sh imports
# from the host's own Node.js where no registry can be reached.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 SWARMNET_STANDALONE=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN node node_modules/next/dist/bin/next build && mkdir -p public

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    SWARMNET_AUDIT_LOG=/data/audit.log
# Root owns the code (the server cannot rewrite itself); the app user writes only /data.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=build /app/server.mjs ./server.mjs
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
# 200 when the server answers; Docker being unreachable is the dashboard's to show, not a
# reason to restart it.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# server.mjs, as `npm start`: the socket address of each request goes to the login limits.
CMD ["node", "server.mjs"]
