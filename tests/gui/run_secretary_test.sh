#!/usr/bin/env bash
# Sapha tests — the secretary's journey under Xvfb at 1366×768, in Thai and in English, each on a fresh
# demo: a new committee's roster, a meeting of it with attendance, an invitee, a statistics table, a vote,
# an action item, the minutes-taker and checker; Thai digits chosen in the preferences and the minutes
# exported through GTK's save dialog; circulated; certified from the next meeting's item 2. Screenshots
# (-secretary-*.png) in the build's tests/gui folder; the commits, named versions, the PDF's words and
# `sapha-cli check` are read here.
set -euo pipefail
bin="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_STATE_HOME="$work/state" SAPHA_PLUGIN_PATH=
# GTK keeps the file chooser's and the preferences' own state in memory: no session bus under Xvfb.
export GSETTINGS_BACKEND=memory
mkdir -p "$(dirname "$out")"
for lang in th en; do
  shot="$out"
  [ "$lang" = en ] && shot="${out%.png}-en.png"
  rm -rf "$work/demo" "$SAPHA_CONFIG_HOME" && mkdir -p "$SAPHA_CONFIG_HOME"
  echo '{ "author.name": "นางเลขา ช่วยงาน", "author.email": "secretary@example.invalid" }' > "$SAPHA_CONFIG_HOME/settings.json"
  "$bin/sapha-cli" demo "$work/demo" --quiet
  rm -f "${shot%.png}"-secretary-*
  xvfb-run -a -s "-screen 0 1366x768x24" "$bin/sapha-scenario" "$work/demo" --lang "$lang" --smoke-test "$shot" \
    --smoke-steps secretary > "$work/log" 2>&1 || { cat "$work/log"; echo "FAIL ($lang): the secretary's journey failed"; exit 1; }
  cat "$work/log"
  for suffix in roster committee attendance action signatures preferences certify certified; do
    [ "$(stat -c %s "${shot%.png}-secretary-$suffix.png")" -gt 10000 ] || { echo "FAIL ($lang): the screenshot -secretary-$suffix.png looks empty"; exit 1; }
  done
  git=(git -C "$work/demo" -c core.quotePath=false)
  roster=$("${git[@]}" log --format= --name-only --diff-filter=A -- committees | sed -n 1p)
  meetings=$("${git[@]}" log --reverse --format= --name-only --diff-filter=A -- minutes | tail -2)
  first=$(echo "$meetings" | head -1)
  second=$(echo "$meetings" | tail -1)
  [ -n "$roster" ] || { echo "FAIL ($lang): the roster made in the GUI is not in the committees' folder"; exit 1; }
  [ "$first" != "$second" ] || { echo "FAIL ($lang): two meetings were not made"; exit 1; }
  # Every commit of the journey is the secretary's, and the workspace is left clean.
  [ "$("${git[@]}" log --format=%an -- "$roster" "$first" "$second" | sort -u)" = "นางเลขา ช่วยงาน" ] \
    || { echo "FAIL ($lang): the journey's commits are not the user's"; exit 1; }
  [ -z "$("${git[@]}" status --porcelain)" ] || { echo "FAIL ($lang): the workspace is not clean"; exit 1; }
  # Circulated, then certified: each a named version of the first meeting.
  tags=$("${git[@]}" tag)
  grep -q -- "$( [ "$lang" = th ] && echo 'เวียนให้ตรวจแก้ไข' || echo 'circulated')" <<< "$tags" \
    || { echo "FAIL ($lang): circulating the minutes named no version"; echo "$tags"; exit 1; }
  grep -q -- "$( [ "$lang" = th ] && echo 'รับรองแล้ว' || echo 'certified')" <<< "$tags" \
    || { echo "FAIL ($lang): certifying the minutes named no version"; echo "$tags"; exit 1; }
  # Both meetings pass the check (the certification's link leads to a real version); the first has its
  # minutes-taker and checker, so the check no longer asks for them.
  for meeting in "$second" "$first"; do
    "$bin/sapha-cli" -C "$work/demo" check "$meeting" > "$work/check" 2>&1 \
      || { cat "$work/check"; echo "FAIL ($lang): $meeting made in the GUI does not pass check"; exit 1; }
  done
  if grep -Eq "ผู้จด|ผู้ตรวจ|minutes-taker|checker" "$work/check"; then
    cat "$work/check"; echo "FAIL ($lang): the check still asks for the minutes-taker or checker"; exit 1
  fi
  # The exported paper: Thai digits as chosen in the preferences, the vote and the signatures on it.
  pdf="${shot%.png}-secretary-minutes.pdf"
  # (pdftotext splits a Thai mark from its letter, "ครัง้": only words without such marks are matched.)
  pdftotext -layout "$pdf" "$work/minutes.txt"
  if [ "$lang" = th ]; then
    grep -q "๑/๒๕๖๙" "$work/minutes.txt" || { echo "FAIL ($lang): the exported minutes are not numbered in Thai digits"; exit 1; }
    grep -q "เห็นชอบ ๒ เสียง ไม่เห็นชอบ ๐ เสียง" "$work/minutes.txt" || { echo "FAIL ($lang): the exported minutes lack the vote in Thai digits"; exit 1; }
    grep -q "ผู้จดรายงานการประชุม" "$work/minutes.txt" || { echo "FAIL ($lang): the exported minutes lack the signature block"; exit 1; }
  else
    grep -q "Carried by ๒ votes in favour" "$work/minutes.txt" || { echo "FAIL ($lang): the exported minutes lack the vote in Thai digits"; exit 1; }
  fi
  grep -q "ผู้ได้รับการติดตาม\|People followed up" "$work/minutes.txt" || { echo "FAIL ($lang): the exported minutes lack the statistics table"; exit 1; }
done
echo "secretary journey: committee, meeting, attendance, vote, table, action, signatures, export, circulate, certify — in Thai and English"
