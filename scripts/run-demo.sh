#!/usr/bin/env bash
# The main job on the embedded default: SQLite under ./var, the built-in extractor,
# the sample ERP data and sample requests; then the API on http://127.0.0.1:8000.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"

intake erp load sample_docs/erp/sample-erp.json
INTAKE_LOG_LEVEL=${INTAKE_LOG_LEVEL:-WARNING} intake process sample_docs/requests || true
key=$(intake keys create --operator --label demo)
host=${INTAKE_HOST:-127.0.0.1}
port=${INTAKE_PORT:-8000}
cat <<INFO

The sample requests are processed (results above; run again: each comes back DUPLICATE).
Serving the API on http://$host:$port  (stop with Ctrl-C)
  interactive docs:  http://$host:$port/docs
  health:            curl http://$host:$port/health
  cases:             curl -H 'Authorization: Bearer $key' http://$host:$port/api/v1/cases
  one request:       intake process --json sample_docs/requests/01-keystone-damaged-and-short.eml
INFO
exec intake serve
