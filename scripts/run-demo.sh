#!/usr/bin/env bash
# The main job on the embedded default: SQLite under ./var, the built-in extractor,
# the sample ERP data and sample requests; then the API on http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
# Plain http on 127.0.0.1: a session key made once in the data directory, no Secure cookies.
export INTAKE_GENERATE_SECRET_KEY=${INTAKE_GENERATE_SECRET_KEY:-true}
export INTAKE_SECURE_COOKIES=${INTAKE_SECURE_COOKIES:-false}

intake erp load sample_docs/erp/sample-erp.json
INTAKE_LOG_LEVEL=${INTAKE_LOG_LEVEL:-WARNING} intake process sample_docs/requests sample_docs/edi || true   # one EDI sample is broken on purpose
# A scan sent sideways through the portal: its case page shows the page upright, fields boxed.
INTAKE_LOG_LEVEL=${INTAKE_LOG_LEVEL:-WARNING} intake process --channel upload --customer C-1003 \
  --received-at 2026-11-07 sample_docs/documents/delivery-receipt-rotated.jpg
# A few months of generated history for /insights, with one carrier-lane damage problem and
# one pick-zone shortage problem planted (sample_docs/scripts/make_history.py); loaded once.
history=${INTAKE_DATA_DIR:-var}/history
if [ ! -f "$history/loaded" ]; then
  echo "loading the generated history for /insights (a few hundred claims, a minute or two)..."
  python sample_docs/scripts/make_history.py --out "$history"
  intake erp load "$history/erp.json"
  INTAKE_LOG_LEVEL=${INTAKE_LOG_LEVEL:-WARNING} intake process "$history/requests" >/dev/null
  touch "$history/loaded"
fi
intake insights anomalies || true
key=$(intake keys create --operator --label demo)
demo_users=${INTAKE_DATA_DIR:-var}/demo-users.txt  # made once, with the passwords (mode 0600)
if [ ! -s "$demo_users" ]; then
  (
    umask 077  # (set -e does not hold left of ||: every step is chained with &&)
    buyer=$(python -c 'import secrets; print(secrets.token_urlsafe(12))') &&
    reviewer=$(python -c 'import secrets; print(secrets.token_urlsafe(12))') &&
    finance=$(python -c 'import secrets; print(secrets.token_urlsafe(12))') &&
    echo "$buyer" | intake users add tmorales@keystonemech.com --role customer --customer C-1001 \
      --name "Tom Morales" >/dev/null &&
    echo "$reviewer" | intake users add reviewer@distributor.example --role reviewer \
      --name "Returns desk" >/dev/null &&
    echo "$finance" | intake users add finance@distributor.example --role finance \
      --name "Finance" >/dev/null &&
    printf 'customer C-1001  tmorales@keystonemech.com  %s\nreviewer         reviewer@distributor.example  %s\nfinance          finance@distributor.example  %s\n' \
      "$buyer" "$reviewer" "$finance" >"$demo_users"
  ) || echo "demo users exist without $demo_users: intake users list; or start over without ./var" >&2
fi
host=${INTAKE_HOST:-127.0.0.1}
port=${INTAKE_PORT:-8000}
cat <<INFO

The sample requests are processed (results above; run again: each comes back DUPLICATE).
Serving the API on http://$host:$port  (stop with Ctrl-C)
  portal and sign-in: http://$host:$port/login  (demo users and passwords: $demo_users)
  review queue:      http://$host:$port/review   (as the reviewer or finance user)
  insights:          http://$host:$port/insights (figures, charts, the two planted anomalies)
  metrics:           curl -H 'Authorization: Bearer $key' http://$host:$port/metrics
  interactive docs:  http://$host:$port/docs
  health:            curl http://$host:$port/health
  cases:             curl -H 'Authorization: Bearer $key' http://$host:$port/api/v1/cases
  one request:       intake process --json sample_docs/requests/01-keystone-damaged-and-short.eml
INFO
exec intake serve
