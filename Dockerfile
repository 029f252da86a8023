# syntax=docker/dockerfile:1
# Multi-stage build: one image runs the API, the worker and the migrations (see docker-compose.yml).
# Dependencies come exactly from package-lock.json (npm ci); the runtime stage holds only the
# compiled code and production dependencies, owned by root and run by the unprivileged `node`
# user, which can read the code but not change it.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig.base.json tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY bench ./bench
# The portal's build (apps/web/dist) is served by the API at /; the folder stays empty when there is no portal.
RUN npm run build && npm run --if-present web:build && mkdir -p apps/web/dist && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
USER node
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
