#!/usr/bin/env bash
# Sapha tests — a first start, in Thai: no workspace yet, so the window shows the start page; "Open the
# Demo" is clicked with the mouse; the demo workspace is made (in SAPHA_DEMO_DIR) and opened. Screenshots:
# start.png-start.png (the page) and -start-demo.png, in the build's tests/gui folder. Then the window's size
# on a large screen, on a first start and as it was left (start-large-screen.png).
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

# The window's size: most of a large screen when none was left, else the size the person left it.
png_size() { python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$1"; }
set_window_size() {
  python3 - "$SAPHA_CONFIG_HOME/settings.json" "$1" <<'PY'
import json, sys
settings = json.load(open(sys.argv[1]))
settings.pop("ui.window-size", None)
if sys.argv[2]:
    settings["ui.window-size"] = sys.argv[2]
json.dump(settings, open(sys.argv[1], "w"), ensure_ascii=False)
PY
}
document="$SAPHA_DEMO_DIR/standards/homeless-protection-centre.standard.xml"
set_window_size ""
xvfb-run -a -s "-screen 0 1920x1080x24" "$bin/sapha" "$document" --screenshot "${out%.png}-large-screen.png" > "$work/log" 2>&1 \
  || { cat "$work/log"; echo "FAIL: the window did not open on a large screen"; exit 1; }
[ "$(png_size "${out%.png}-large-screen.png")" = 1600x900 ] \
  || { echo "FAIL: on 1920x1080 the window opened at $(png_size "${out%.png}-large-screen.png"), not 1600x900"; exit 1; }
grep -q '"ui.window-size": "1600x900"' "$SAPHA_CONFIG_HOME/settings.json" || { echo "FAIL: the window's size was not kept"; exit 1; }
set_window_size 1000x700
xvfb-run -a -s "-screen 0 1920x1080x24" "$bin/sapha" "$document" --screenshot "$work/left.png" > "$work/log" 2>&1 \
  || { cat "$work/log"; echo "FAIL: the window did not open at the size left"; exit 1; }
[ "$(png_size "$work/left.png")" = 1000x700 ] || { echo "FAIL: the window opened at $(png_size "$work/left.png"), not as left (1000x700)"; exit 1; }
echo "window: 1600x900 on a first start on 1920x1080, then the size it was left at"
