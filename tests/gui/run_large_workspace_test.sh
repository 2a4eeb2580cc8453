#!/usr/bin/env bash
# Sapha tests — a large workspace closed at once: the demo plus 10,000 meetings of one committee, opened in
# the GUI under Xvfb; the window is closed while the history panel is still reading (the last document's
# history, then every document's links). The program must end with exit 0: no worker may outlive the
# workspace it reads, and nothing may be thrown out of a thread.
set -euo pipefail
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_STATE_HOME="$work/state" SAPHA_PLUGIN_PATH=
mkdir -p "$SAPHA_CONFIG_HOME"
echo '{ "author.name": "Large Tester", "author.email": "large@example.invalid" }' > "$SAPHA_CONFIG_HOME/settings.json"
"$bin/sapha-cli" demo "$work/demo" --quiet > /dev/null

# 10,000 meetings, each numbered in its year, committed at once (the set-up, not what is tested).
python3 - "$work/demo" <<'PY'
import pathlib, re, sys
root = pathlib.Path(sys.argv[1])
source = (root / "minutes/chiangrai-1-2563.meeting.xml").read_text(encoding="utf-8")
for n in range(1, 10001):
    year = 2563 + n // 100
    text = re.sub(r"<number>\d+</number>", f"<number>{n % 100 + 1}</number>", source, count=1)
    text = re.sub(r"<year>\d+</year>", f"<year>{year}</year>", text, count=1)
    (root / f"minutes/chiangrai-{n:05d}.meeting.xml").write_text(text, encoding="utf-8")
PY
git -C "$work/demo" add -A
# 10,000 loose objects are past gc.auto's 6,700: git's commit would start a gc of its own, detached, that
# still writes packs in objects/ when this script removes the workspace at its end. None is started.
git -C "$work/demo" -c maintenance.auto=false -c gc.auto=0 -c user.name=Large -c user.email=large@example.invalid \
  commit -q -m "10,000 meetings"
count=$("$bin/sapha-cli" -C "$work/demo" list | wc -l)
[ "$count" -ge 10000 ] || { echo "the workspace lists $count documents, not 10,000 and more"; exit 1; }

for round in 1 2 3; do
  status=0
  # Freed memory is filled (glibc), so that reading a workspace already let go fails loudly, not by luck.
  MALLOC_PERTURB_=165 xvfb-run -a -s "-screen 0 1366x768x24" "$bin/sapha-scenario" "$work/demo" --smoke-test "$work/large.png" \
    --smoke-steps close-while-reading > "$work/log" 2>&1 || status=$?
  cat "$work/log"
  [ "$status" -eq 0 ] || { echo "round $round: the GUI ended with exit $status while the history was read"; exit 1; }
  grep -q "smoke test: closing while the history is read" "$work/log" || { echo "round $round: the window was not closed early"; exit 1; }
  grep -q "smoke test: window .* on a screen of 1366x768" "$work/log" || { echo "round $round: the window's size was not checked"; exit 1; }
  if grep -qE "terminate called|length_error|filesystem_error|AddressSanitizer|Segmentation" "$work/log"; then
    echo "round $round: the GUI reported a crash"; exit 1
  fi
done
echo "a 10,000-meeting workspace opened and closed while its history was read, three times: exit 0"
