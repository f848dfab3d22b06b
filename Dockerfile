# «Дистант» runner for Cloud Run Jobs: one hourly run of the dispatcher for every school of
# /config/schools.csv, shared between the job's tasks by CLOUD_RUN_TASK_INDEX / _COUNT
# (README, «A district on Cloud Run»).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN node scripts/build.mjs

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
USER node
ENTRYPOINT ["node", "dist/cli.js"]
CMD ["district", "--schools", "/config/schools.csv", "--send", "--out", "/tmp/out"]
