#!/usr/bin/env bash
# Renders the HTML report of four samples with headless Chromium to docs/report-sample.png,
# the picture the README shows. Needs Java 17 and Chromium (apt-get install -y chromium);
# builds the jar first if it is missing. The test suite does not need Chromium.
#   scripts/render-report-png.sh [--lang en|fr] [OUTPUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."

lang=en
if [[ "${1:-}" == "--lang" ]]; then lang="$2"; shift 2; fi
output="${1:-docs/report-sample.png}"

browser="${CHROMIUM:-}"
for candidate in chromium chromium-browser google-chrome; do
  if [[ -z "$browser" ]] && command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; fi
done
if [[ -z "$browser" ]]; then
  echo "render-report-png: no Chromium found (apt-get install -y chromium, or set CHROMIUM)" >&2
  exit 2
fi
[[ -f target/mirage.jar ]] || mvn -B -q package -DskipTests

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A fixed day for the waivers, and --fail-on never: the picture, not the exit status, is wanted.
java -jar target/mirage.jar audit --as-of 2026-06-01 --fail-on never --lang "$lang" -f html="$work/report.html" \
  sample-facts/hockey-mineur.yaml sample-facts/centre-hospitalier.yaml \
  sample-facts/community-care-trust.yaml sample-facts/regie-des-eaux.json
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --user-data-dir="$work/profile" --hide-scrollbars --force-device-scale-factor=1 \
  --window-size=1280,1720 --screenshot="$work/report.png" "file://$work/report.html" 2>/dev/null
mkdir -p "$(dirname "$output")"
mv "$work/report.png" "$output"
echo "$output"
