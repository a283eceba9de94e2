#!/usr/bin/env bash
# After the workshop: regenerate every report, export the data for other systems (personal data masked),
# and list the follow-up commitments that are overdue. Safe to run again: it overwrites its own output.
#
#   INNOLAB_FILE=tanjungbalai-2022.innolab ./after-workshop.sh [as-of date, default today]
set -euo pipefail
if [ -z "${INNOLAB_FILE:-}" ]; then
  echo "error: set INNOLAB_FILE to the workshop file, e.g. INNOLAB_FILE=tanjungbalai-2022.innolab" >&2
  exit 2
fi
export INNOLAB_FILE
as_of="${1:-$(date +%F)}"

# Nothing may wait for an answer in a script: --no-input turns a missing value into exit 2.
innolab --no-input report all --out laporan/
innolab --no-input export --format csv --table all --out data/ --redact
innolab --no-input commitment list --overdue --as-of "$as_of" --json > rtl-terlambat.json

echo "laporan/: reports, data/: CSV for Excel (NIP, phone, e-mail masked), rtl-terlambat.json: overdue commitments as of $as_of" >&2
