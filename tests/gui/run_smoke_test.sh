#!/usr/bin/env bash
# Sapha tests — the GUI smoke test: the demo workspace opened under Xvfb, one document of each kind
# opened in a tab, a screenshot written to build/tests/gui/smoke.png, a clean exit.
set -euo pipefail
bin="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH=
mkdir -p "$(dirname "$out")"
"$bin/sapha-cli" demo "$work/demo" --quiet
rm -f "$out"
for lang in th en; do
  shot="$out"
  [ "$lang" = en ] && shot="${out%.png}-en.png"
  xvfb-run -a -s "-screen 0 1400x900x24" "$bin/sapha" "$work/demo" --lang "$lang" --smoke-test "$shot" > "$work/log" 2>&1 || {
    cat "$work/log"; echo "the GUI smoke test failed ($lang)"; exit 1; }
  cat "$work/log"
  grep -q "3 tabs open" "$work/log" || { echo "not every document opened"; exit 1; }
  size=$(stat -c %s "$shot")
  # A blank or black frame compresses to a few kilobytes; the real window is far larger.
  [ "$size" -gt 40000 ] || { echo "the screenshot $shot looks empty ($size bytes)"; exit 1; }
  echo "screenshot: $shot ($size bytes)"
done
