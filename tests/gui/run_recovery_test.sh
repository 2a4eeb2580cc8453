#!/usr/bin/env bash
# Sapha tests — unsaved edits survive a crash: Sapha types into a document and is killed (SIGKILL)
# without saving; the next start finds the edit in the autosave journal, opens it again, and saving it
# then commits the text that had never been saved.
set -euo pipefail
bin="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_STATE_HOME="$work/state" SAPHA_PLUGIN_PATH=
mkdir -p "$SAPHA_CONFIG_HOME" "$(dirname "$out")"
echo '{ "author.name": "Recovery Tester", "author.email": "recovery@example.invalid" }' > "$SAPHA_CONFIG_HOME/settings.json"
"$bin/sapha-cli" demo "$work/demo" --quiet > /dev/null
standard=standards/homeless-protection-centre.standard.xml
before=$(git -C "$work/demo" rev-parse HEAD)

# 1. Type, wait for the journal, crash.
set +e
xvfb-run -a -s "-screen 0 1400x900x24" "$bin/sapha-scenario" "$work/demo" --smoke-test "$work/first.png" \
  --smoke-type " kept through a crash" --smoke-steps crash > "$work/first.log" 2>&1
status=$?
set -e
cat "$work/first.log"
grep -q "crashing with unsaved changes" "$work/first.log" || { echo "the first run did not reach the crash"; exit 1; }
[ "$(git -C "$work/demo" rev-parse HEAD)" = "$before" ] || { echo "something was committed before the crash"; exit 1; }
ls "$SAPHA_STATE_HOME"/autosave/*/*.autosave > /dev/null || { echo "nothing was autosaved"; exit 1; }
echo "first run ended with status $status, as a crash"

# 2. Start again: the edit is offered back (accepted, unattended) and saved with Ctrl+S.
xvfb-run -a -s "-screen 0 1400x900x24" "$bin/sapha-scenario" "$work/demo" --smoke-test "$out" --smoke-steps save > "$work/second.log" 2>&1 \
  || { cat "$work/second.log"; echo "the second run failed"; exit 1; }
cat "$work/second.log"
grep -q "recovered unsaved changes of $standard: ok" "$work/second.log" || { echo "the edit was not recovered"; exit 1; }
git -C "$work/demo" show "HEAD:$standard" | grep -c "<title>มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง kept through a crash</title>" > /dev/null \
  || { echo "the recovered edit was not saved"; exit 1; }
[ -z "$(ls "$SAPHA_STATE_HOME"/autosave/*/ 2> /dev/null)" ] || { echo "the journal was not cleared after saving"; exit 1; }
echo "recovery: the edit typed before the crash is committed"

# 3. An edit autosaved, then undone back to as saved, then a crash: the journal is empty, the next start
# offers nothing back (it once offered the undone edit).
set +e
xvfb-run -a -s "-screen 0 1400x900x24" "$bin/sapha-scenario" "$work/demo" --smoke-test "$work/third.png" \
  --smoke-type " typed then undone" --smoke-steps undo,crash > "$work/third.log" 2>&1
set -e
cat "$work/third.log"
grep -q "the typed edit undone: as saved" "$work/third.log" || { echo "the typed edit was not undone"; exit 1; }
grep -q "crashing with unsaved changes" "$work/third.log" || { echo "the third run did not reach the crash"; exit 1; }
[ -z "$(ls "$SAPHA_STATE_HOME"/autosave/*/ 2> /dev/null)" ] || { echo "the journal keeps an edit that was undone"; exit 1; }
echo "recovery: an edit undone before the crash is not offered back"
