#!/usr/bin/env bash
# Sapha reliability — a workspace on a small tmpfs filled to the brim, then made read-only: saves
# (commit, a new document, a named version), a sync that brings new versions, the GUI's autosave
# journal and a live session's journal. Each refusal names the path and the system's reason; the last
# committed version, the working file, the last autosave and the repository stay as they were (`git
# fsck --strict` clean); an idea the full disk refused is answered 503 and the server serves on; once
# space returns, the same save lands and the live session resumes from its journal (a torn tail skipped)
# and commits every acknowledged idea. Runs in its own mount namespace (unshare): no root needed.
set -euo pipefail
cli="$1"
autosave="$2"
if [ "${SAPHA_IN_NAMESPACE:-}" != 1 ]; then
  exec env SAPHA_IN_NAMESPACE=1 unshare --map-root-user --mount "$0" "$@"
fi
work="$(mktemp -d)"
server_pid=""
trap '[ -n "$server_pid" ] && kill -9 "$server_pid" 2> /dev/null; umount "$work/disk" 2> /dev/null || true; rm -rf "$work"' EXIT
. "$(dirname "$0")/test_home.sh"
sapha_test_home "Full Disk" "full@example.invalid"
export SAPHA_STATE_HOME="$work/disk/state" # the autosave journal, on the small disk too
mkdir -p "$work/disk"
mount -t tmpfs -o size=4m tmpfs "$work/disk"
ws="$work/disk/ws"
meeting=minutes/chiangrai-1-2563.meeting.xml
session=brainstorm/workshop-2561-08-16.session.xml
"$cli" demo "$ws" --quiet > /dev/null
# A shared remote outside the small disk, one version ahead, for the sync.
git init -q --bare -b main "$work/shared.git"
"$cli" -C "$ws" remote add origin "$work/shared.git" > /dev/null
"$cli" -C "$ws" push > /dev/null 2>&1
"$cli" clone "$work/shared.git" "$work/other" > /dev/null 2>&1
sed -i 's/<title>เรื่องสืบเนื่อง<\/title>/<title>เรื่องสืบเนื่อง (อีกเครื่อง)<\/title>/' "$work/other/$meeting"
"$cli" -C "$work/other" commit "$meeting" > /dev/null
"$cli" -C "$work/other" push > /dev/null 2>&1

# A live session, reopened for ideas and committed while there is room; a phone joins and sends one.
sed -i 's/ locked="true"//; s/<rounds current="[^"]*">/<rounds current="round-ideas">/' "$ws/$session"
"$cli" -C "$ws" commit "$session" -m "reopened for ideas" > /dev/null
serve() {
  "$cli" -C "$ws" serve "$session" --port 0 --code 616161 > "$work/serve.out" 2> "$work/serve.err" &
  server_pid=$!
  for _ in $(seq 100); do grep -q "^Join:\|^เข้าร่วม:" "$work/serve.out" 2> /dev/null && break; sleep 0.1; done
  base=$(sed -nE 's|.*(http://[^/]*)/.*|\1|p' "$work/serve.out" | head -1)
  [ -n "$base" ] || { echo "the server did not start"; cat "$work/serve.out" "$work/serve.err"; exit 1; }
}
idea() { # text → the HTTP status
  curl -s -o "$work/idea.json" -w '%{http_code}' --max-time 10 -X POST -H 'Content-Type: application/json' \
    -H "X-Sapha-Token: $token" --data "{\"text\":\"$1\"}" "$base/api/ideas"
}
serve
group=$(curl -sf "$base/api/session?code=616161" | python3 -c 'import json,sys; print(json.load(sys.stdin)["groups"][0]["id"])')
token=$(curl -sf -X POST -H 'Content-Type: application/json' --data "{\"code\":\"616161\",\"group\":\"$group\",\"name\":\"\"}" \
  "$base/api/join" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
[ "$(idea "ก่อนดิสก์เต็ม")" = 201 ] || { echo "the first idea was refused"; cat "$work/idea.json"; exit 1; }
# The editor's unsaved state, kept by the autosave journal while there is room.
"$autosave" "$ws" write "$meeting" "unsaved 1"

# The edit waiting to be saved is made while there is room (an editor holds it the same way).
sed -i 's/รับทราบ/รับทราบแล้ว/' "$ws/$meeting"
head_before=$(git -C "$ws" rev-parse HEAD)
file_before=$(sha1sum < "$ws/$meeting")
dd if=/dev/zero of="$work/disk/filler" bs=4k 2> /dev/null || true
echo "disk full: $(df -k "$work/disk" | awk 'NR==2 {print $4}') KB left"

refusals=0
# Refused: exit 1, a message naming a path under the disk and the system's reason; nothing changed.
refused() {
  local what="$1" reason="$2"
  shift 2
  set +e
  "$cli" -C "$ws" "$@" > "$work/out" 2> "$work/err"
  local code=$?
  set -e
  [ "$code" -eq 1 ] || { echo "$what: exit $code, not a refusal"; cat "$work/out" "$work/err"; exit 1; }
  grep -q "$work/disk" "$work/err" || { echo "$what: the message names no path on the disk"; cat "$work/err"; exit 1; }
  grep -qi "$reason" "$work/err" || { echo "$what: the message does not say \"$reason\""; cat "$work/err"; exit 1; }
  [ "$(git -C "$ws" rev-parse HEAD)" = "$head_before" ] || { echo "$what: HEAD moved"; exit 1; }
  [ "$(sha1sum < "$ws/$meeting")" = "$file_before" ] || { echo "$what: the document in the folder changed"; exit 1; }
  git -C "$ws" fsck --strict --no-progress 2>&1 | { grep -v "^dangling" || true; } > "$work/fsck"
  [ ! -s "$work/fsck" ] || { echo "$what: git fsck reports"; cat "$work/fsck"; exit 1; }
  ls "$ws/minutes" | grep -v "\.xml$" > "$work/leftovers" || true
  [ ! -s "$work/leftovers" ] || { echo "$what: left files behind"; cat "$work/leftovers"; exit 1; }
  refusals=$((refusals + 1))
  echo "$what: $(head -1 "$work/err" | cut -c1-200)"
}

# Three rounds: 12 KB left (the save lock fits, a document and its objects do not), nothing left,
# and the disk read-only.
filler_size=$(stat -c %s "$work/disk/filler")
truncate -s $((filler_size - 12 * 1024)) "$work/disk/filler"
for round in nearly-full full read-only; do
  reason="No space left on device"
  if [ "$round" = full ]; then
    dd if=/dev/zero of="$work/disk/filler2" bs=4k 2> /dev/null || true
  fi
  if [ "$round" = read-only ]; then
    rm -f "$work/disk/filler2"
    rm -f "$work/disk/filler"
    mount -o remount,ro "$work/disk"
    reason="Read-only file system"
  fi
  if [ "$round" != nearly-full ]; then
    # The autosave journal: refused, naming its file; the last autosave stays.
    set +e
    "$autosave" "$ws" write "$meeting" "unsaved 2" 2> "$work/autosave.err"
    code=$?
    set -e
    [ "$code" -eq 1 ] && grep -q "$work/disk/state" "$work/autosave.err" && grep -qi "$reason" "$work/autosave.err" \
      || { echo "$round: autosave: exit $code"; cat "$work/autosave.err"; exit 1; }
    [ "$("$autosave" "$ws" list)" = "$(printf '%s\tunsaved 1' "$meeting")" ] || { echo "$round: the last autosave is gone"; "$autosave" "$ws" list; exit 1; }
    refusals=$((refusals + 1))
    echo "$round: autosave: $(head -1 "$work/autosave.err" | cut -c1-200)"
  fi
  if [ "$round" = full ]; then
    # The live session's journal: the idea is refused (503, not acknowledged), the server serves on;
    # then it is killed, as a crash would, while the disk is full.
    # (What still fits in the journal's last page is stored and acknowledged; the first that does not
    # is refused.)
    acknowledged=()
    refused_idea=""
    for n in $(seq 40); do
      text="ระหว่างดิสก์เต็ม $n $(printf 'ยาว%.0s' $(seq 60))"
      status=$(idea "$text")
      case "$status" in
        201) acknowledged+=("ระหว่างดิสก์เต็ม $n ") ;;
        503) refused_idea="ระหว่างดิสก์เต็ม $n "; break ;;
        *) echo "full: an idea on the full disk got $status"; cat "$work/idea.json"; exit 1 ;;
      esac
    done
    [ -n "$refused_idea" ] || { echo "full: no idea was refused on the full disk"; exit 1; }
    curl -sf "$base/api/session?code=616161" > /dev/null || { echo "full: the server stopped serving"; exit 1; }
    echo "full: live session: ${#acknowledged[@]} ideas acknowledged while the journal's page had room, then 503 $(cut -c1-160 "$work/idea.json")"
    refusals=$((refusals + 1))
    kill -9 "$server_pid"
    wait "$server_pid" 2> /dev/null || true
    server_pid=""
  fi
  refused "$round: commit" "$reason" commit "$meeting"
  refused "$round: new document" "$reason" new minutes minutes/another --committee committees/chiangrai.roster.xml
  # (A named version and a fetch's first objects are small enough to fit in what is left when nearly full.)
  if [ "$round" != nearly-full ]; then
    refused "$round: named version" "$reason" tag "ร่างที่ 9"
    refused "$round: sync" "$reason" pull
  fi
  # Reading still works.
  "$cli" -C "$ws" log "$meeting" > /dev/null
  "$cli" -C "$ws" check "$meeting" > /dev/null
done

# The live session's journal: the server cannot start a journal on a read-only disk, and says where.
set +e
timeout 10 "$cli" -C "$ws" serve "$session" --port 0 > "$work/serve.out" 2> "$work/serve.err"
code=$?
set -e
[ "$code" -eq 1 ] && grep -q "$work/disk" "$work/serve.err" && grep -qi "Read-only file system" "$work/serve.err" \
  || { echo "live session on a read-only disk: exit $code"; cat "$work/serve.out" "$work/serve.err"; exit 1; }
refusals=$((refusals + 1))
echo "read-only: live session: $(head -1 "$work/serve.err" | cut -c1-200)"

# Room again: the live session resumes from its journal (what a full disk cut short skipped, with a
# warning) and commits every acknowledged idea, once, and not the refused one.
mount -o remount,rw "$work/disk"
serve
grep -q "Resumed from the journal\|ดำเนินการต่อจากบันทึก" "$work/serve.out" || { echo "the live session did not resume"; cat "$work/serve.out"; exit 1; }
[ "$(idea "หลังดิสก์ว่าง")" = 201 ] || { echo "an idea after space returned was refused"; cat "$work/idea.json"; exit 1; }
kill -INT "$server_pid"
wait "$server_pid" || { echo "the live session did not stop cleanly"; cat "$work/serve.err"; exit 1; }
server_pid=""
committed=$(git -C "$ws" show "HEAD:$session")
for text in ก่อนดิสก์เต็ม หลังดิสก์ว่าง "${acknowledged[@]}"; do
  [ "$(grep -c "$text" <<< "$committed")" = 1 ] || { echo "the acknowledged idea \"$text\" is not committed once"; exit 1; }
done
! grep -q "$refused_idea" <<< "$committed" || { echo "the refused idea was committed"; exit 1; }
grep -i "warning" "$work/serve.err" | head -1 | sed 's/^/resumed: /' || true
# The same save lands, and the sync brings the other machine's version.
"$cli" -C "$ws" commit "$meeting" > /dev/null
grep -q "รับทราบแล้ว" <(git -C "$ws" show "HEAD:$meeting") || { echo "the edit was not committed once space returned"; exit 1; }
"$cli" -C "$ws" pull > /dev/null 2>&1
grep -q "เรื่องสืบเนื่อง (อีกเครื่อง)" "$ws/$meeting" || { echo "the sync did not bring the other version once space returned"; exit 1; }
git -C "$ws" fsck --strict --no-progress
[ -z "$(git -C "$ws" status --porcelain)" ] || { echo "the workspace is not clean"; git -C "$ws" status --short; exit 1; }
echo "disk full and read-only test: $refusals saves refused with the path and the reason, nothing changed by any, every save landed and every acknowledged idea was committed once space returned, data lost: 0"
