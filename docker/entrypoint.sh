#!/bin/sh
# Roles of the Sweet Crumbs image (docker-compose.yml): migrate (one-shot),
# backend (an API server), worker, seed (one-shot, build stage), storefront.
set -e
case "$1" in
  migrate)
    cd /app/backend/.medusa/server && exec npx medusa db:migrate
    ;;
  backend|worker)
    ln -sfn "${UPLOAD_DIR:-/data/uploads}" /app/backend/.medusa/server/static
    cd /app/backend/.medusa/server && exec npx medusa start --port "${PORT:-9000}"
    ;;
  seed)
    cd /app/backend && exec npx medusa exec ../seed/src/run.ts
    ;;
  storefront)
    # The build pre-renders the catalog from the store API, so it waits for it.
    until node -e "fetch(process.env.MEDUSA_BACKEND_URL + '/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; do
      echo "waiting for the backend…"; sleep 3
    done
    cd /app/storefront && npx astro build && exec node server.mjs
    ;;
  *)
    exec "$@"
    ;;
esac
