#!/usr/bin/env bash
# Sapha tests — finding words across the workspace in the GUI, in Thai and in English, at 1366×768: the
# demo opened, Edit > Find in Workspace by its keys (Ctrl+Shift+F), "2563" typed and Enter, the results
# shown (screenshot search-search.png / search-en-search.png in the build's tests/gui folder), Enter on
# the first result, and its document is the one in front. Then where a part came from: in the standard
# made from the workshop, the first indicator clicked in the outline: the history panel beside tells who
# wrote it and the idea it was made from (search-trace-panel.png); then Tools > Where Did This Come From?
# (Ctrl+Shift+O) names its idea (search-trace.png), and the button opens the workshop's session. Last,
# Tools > Words Kept Whole (Ctrl+Shift+W): a term typed and saved (search-words.png) is committed as the
# workspace's .sapha/terms.txt. And while the window is open, `sapha-cli new` makes a roster: the tree
# shows it without the workspace being opened again, every document under its title. Last, F1 lists the menus' keys (search-keys.png).
set -euo pipefail
bin="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH=
mkdir -p "$(dirname "$out")" "$SAPHA_CONFIG_HOME"
echo '{ "author.name": "นางเลขา ค้นหา", "author.email": "search@example.invalid" }' > "$SAPHA_CONFIG_HOME/settings.json"
"$bin/sapha-cli" demo "$work/demo" --quiet
# The workshop's ideas sent to a new standard: each indicator linked to the idea it was made from.
"$bin/sapha-cli" -C "$work/demo" send brainstorm/workshop-2561-08-16.session.xml --to standards/from-workshop.standard.xml \
  --title "มาตรฐานจากการระดมความคิด" > /dev/null
for lang in th en; do
  shot="$out"
  [ "$lang" = en ] && shot="${out%.png}-en.png"
  rm -f "${shot%.png}"*.png
  xvfb-run -a -s "-screen 0 1366x768x24" "$bin/sapha-scenario" "$work/demo" --lang "$lang" --smoke-test "$shot" \
    --smoke-steps search,trace,words,follow,keys > "$work/log" 2>&1 || { cat "$work/log"; echo "FAIL ($lang): the search scenario failed"; exit 1; }
  cat "$work/log"
  grep -qE "smoke test: search found [1-9][0-9]* results" "$work/log" || { echo "FAIL ($lang): nothing was found"; exit 1; }
  grep -q "smoke test: the search opened " "$work/log" || { echo "FAIL ($lang): no result was opened"; exit 1; }
  [ -s "${shot%.png}-search.png" ] || { echo "FAIL ($lang): no screenshot of the results"; exit 1; }
  grep -q "smoke test: after the trace, in front: brainstorm/" "$work/log" || { echo "FAIL ($lang): the trace did not lead to the idea"; exit 1; }
  # The committee's term, saved as the workspace's file and committed.
  grep -qx "Sapha Room" "$work/demo/.sapha/terms.txt" || { echo "FAIL ($lang): the term is not in .sapha/terms.txt"; exit 1; }
  [ -z "$(git -C "$work/demo" status --porcelain .sapha)" ] || { echo "FAIL ($lang): .sapha/terms.txt is not committed"; exit 1; }
  git -C "$work/demo" log -1 --format=%s -- .sapha/terms.txt
  grep -qE "smoke test: [0-9]+ keyboard shortcuts listed" "$work/log" || { echo "FAIL ($lang): F1 listed no shortcuts"; exit 1; }
  grep -q "smoke test: the tree shows" "$work/log" || { echo "FAIL ($lang): the tree was not checked after sapha-cli new"; exit 1; }
  grep -q "smoke test: the tree names the meeting" "$work/log" || { echo "FAIL ($lang): the tree's titles were not checked"; exit 1; }
  grep -q "smoke test: the tree shows [0-9]* documents after a document made in a new folder" "$work/log" \
    || { echo "FAIL ($lang): the tree was not checked after a document made in a new folder"; exit 1; }
  grep -q "smoke test: the tree shows [0-9]* documents after a folder removed and made again" "$work/log" \
    || { echo "FAIL ($lang): the tree was not checked after a folder removed and made again"; exit 1; }
  rm -rf "$work/demo/committees/follow-test.roster.xml" "$work/demo/committees/2570" \
    && git -C "$work/demo" commit -qam "test: the rosters made by the follow step, removed"
done
echo "search and trace: found, opened and traced from the keyboard, in Thai and English"
