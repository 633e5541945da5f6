#!/bin/sh
# Roles of the Sweet Crumbs image: backend (migrate + API + admin), worker, seed, storefront.
set -e
case "$1" in
  backend)
    cd /app/backend && npx medusa db:migrate
    ln -sfn "${UPLOAD_DIR:-/data/uploads}" /app/backend/.medusa/server/static
    cd /app/backend/.medusa/server && exec npx medusa start --port "${PORT:-9000}"
    ;;
  worker)
    cd /app/backend/.medusa/server && exec npx medusa start --port "${PORT:-9001}"
    ;;
  seed)
    cd /app/backend && exec npx medusa exec ../seed/src/run.ts
    ;;
  storefront)
    until wget -q -O /dev/null "$MEDUSA_BACKEND_URL/health" 2>/dev/null || node -e "fetch(process.env.MEDUSA_BACKEND_URL + '/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; do
      echo "waiting for the backend…"; sleep 3
    done
    cd /app/storefront && npx astro build && exec node server.mjs
    ;;
  *)
    exec "$@"
    ;;
esac
