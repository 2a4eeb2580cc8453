#!/usr/bin/env bash
# Sapha — opens Sapha on the demo workspace (creating it when absent). Without a display, runs
# headless under Xvfb and writes a screenshot instead, saying where everything is.
set -euo pipefail
build="${1:-build}"
demo="${SAPHA_DEMO_DIR:-$HOME/sapha-demo}"
bin="$build/stage/bin"

if [ ! -d "$demo/.git" ]; then
  "$bin/sapha-cli" demo "$demo"
else
  echo "sapha: using the demo workspace at $demo"
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$bin/sapha" "$demo"
fi

out="$build/headless"
mkdir -p "$out"
echo "sapha: no display found (DISPLAY is not set): running headless under Xvfb"
xvfb-run -a -s "-screen 0 1400x900x24" "$bin/sapha-scenario" "$demo" --smoke-test "$out/sapha.png"
"$bin/sapha-cli" -C "$demo" export --all "$out/exports" 2> /dev/null
echo "sapha: the demo documents exported as PDF, Word, OpenDocument, web page and Markdown: $out/exports"
echo "sapha: screenshots of the main window: $out/sapha.png (and one per open document: $out/sapha-N.png)"
echo "sapha: the demo workspace (an ordinary Git repository): $demo"
echo "sapha: try: $bin/sapha-cli -C $demo list"
