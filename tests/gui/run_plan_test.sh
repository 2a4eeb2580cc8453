#!/usr/bin/env bash
# Sapha tests — the action plan journey under Xvfb at 1366×768, in Thai and in English, each on a fresh
# demo: File > New > Action Plan by the keyboard from the meeting's open action item, a quarter reported
# with the mouse and Ctrl+S, then File > New > Minutes reads the plan's report under its matters arising.
# Screenshots (-plan-action.png, -plan-quarter.png, -plan-next-meeting.png) in the build's tests/gui folder;
# the commits are checked with git.
set -euo pipefail
bin="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH=
mkdir -p "$(dirname "$out")" "$SAPHA_CONFIG_HOME"
echo '{ "author.name": "นางเลขา แผนงาน", "author.email": "plan@example.invalid" }' > "$SAPHA_CONFIG_HOME/settings.json"
for lang in th en; do
  shot="$out"
  [ "$lang" = en ] && shot="${out%.png}-en.png"
  rm -rf "$work/demo" && "$bin/sapha-cli" demo "$work/demo" --quiet
  # The day before meeting 2/2563 was drafted: its two action items still open, one already with its plan.
  git -C "$work/demo" rm -q minutes/chiangrai-2-2563.meeting.xml
  git -C "$work/demo" -c user.name=test -c user.email=test@example.invalid commit -qm "before meeting 2/2563"
  rm -f "${shot%.png}"*.png
  xvfb-run -a -s "-screen 0 1366x768x24" "$bin/sapha-scenario" "$work/demo" --lang "$lang" --smoke-test "$shot" \
    --smoke-steps plan > "$work/log" 2>&1 || { cat "$work/log"; echo "FAIL ($lang): the plan journey failed"; exit 1; }
  cat "$work/log"
  grep -q "smoke test: plan quarter reported and saved" "$work/log" || { echo "FAIL ($lang): no quarter was saved"; exit 1; }
  grep -q "reads the new plan's quarter: yes" "$work/log" || { echo "FAIL ($lang): the next meeting lacks the report"; exit 1; }
  for suffix in plan-action plan-quarter plan-next-meeting; do
    [ "$(stat -c %s "${shot%.png}-$suffix.png")" -gt 10000 ] || { echo "FAIL ($lang): the screenshot -$suffix.png looks empty"; exit 1; }
  done
  # The plan and its quarter, then the meeting: each a commit by the configured author.
  plan=$(git -C "$work/demo" -c core.quotePath=false log --format= --name-only --diff-filter=A -- plans | grep -v chiangrai-homeless | head -1)
  [ -n "$plan" ] || { echo "FAIL ($lang): the plan made in the GUI was not committed"; exit 1; }
  [ "$(git -C "$work/demo" log --format=%an -- "$plan" | sort -u)" = "นางเลขา แผนงาน" ] || { echo "FAIL ($lang): the plan's commits are not the user's"; exit 1; }
  [ "$(git -C "$work/demo" log --format=%H -- "$plan" | wc -l)" -eq 2 ] || { echo "FAIL ($lang): the plan and its quarter are not two commits"; exit 1; }
  "$bin/sapha-cli" -C "$work/demo" check "$plan" > /dev/null || { echo "FAIL ($lang): the plan made in the GUI does not pass check"; exit 1; }
  [ -z "$(git -C "$work/demo" status --porcelain)" ] || { echo "FAIL ($lang): the workspace is not clean"; exit 1; }
done
echo "plan journey: made from the action item, a quarter reported, read by the next meeting, in Thai and English"
