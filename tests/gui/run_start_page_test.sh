#!/usr/bin/env bash
# Sapha tests — a first start, in Thai: no workspace yet, so the window shows the start page; "Open the
# Demo" is clicked with the mouse; the demo workspace is made (in SAPHA_DEMO_DIR) and opened. Screenshots:
# start.png-start.png (the page) and -start-demo.png, in the build's tests/gui folder.
set -euo pipefail
bin="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH= HOME="$work" \
  SAPHA_DEMO_DIR="$work/first-demo"
mkdir -p "$(dirname "$out")" "$SAPHA_CONFIG_HOME"
echo '{ "author.name": "ผู้ใช้ใหม่", "author.email": "new@example.invalid", "ui.language": "th" }' > "$SAPHA_CONFIG_HOME/settings.json"
xvfb-run -a -s "-screen 0 1366x768x24" "$bin/sapha-scenario" --smoke-test "$out" --smoke-steps start > "$work/log" 2>&1 \
  || { cat "$work/log"; echo "FAIL: the start page scenario failed"; exit 1; }
cat "$work/log"
grep -q "the demo opened from the start page" "$work/log" || { echo "FAIL: the demo was not opened"; exit 1; }
[ -n "$(git -C "$SAPHA_DEMO_DIR" log --oneline)" ] || { echo "FAIL: no demo repository in SAPHA_DEMO_DIR"; exit 1; }
# The workspace opened from the start page is remembered for the next start.
grep -q "first-demo" "$SAPHA_CONFIG_HOME/settings.json" || { echo "FAIL: the demo is not among the recent workspaces"; exit 1; }
echo "start page: shown on a first start, the demo made and opened by a click"
