#!/usr/bin/env bash
# Sapha reliability — a workspace on a small tmpfs filled to the brim, then made read-only: saves
# (commit, a new document, restore, a named version), a sync that brings new versions, and a live
# session's journal. Each refusal names the path and the system's reason; the last committed version,
# the working file and the repository stay as they were (`git fsck --strict` clean); once space
# returns, the same save lands. Runs in its own mount namespace (unshare), so that it needs no root.
set -euo pipefail
cli="$1"
if [ "${SAPHA_IN_NAMESPACE:-}" != 1 ]; then
  exec env SAPHA_IN_NAMESPACE=1 unshare --map-root-user --mount "$0" "$@"
fi
work="$(mktemp -d)"
trap 'umount "$work/disk" 2> /dev/null || true; rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH= LC_ALL=C
mkdir -p "$SAPHA_CONFIG_HOME" "$work/disk"
echo '{ "author.name": "Full Disk", "author.email": "full@example.invalid" }' > "$SAPHA_CONFIG_HOME/settings.json"
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

# Three rounds: 12 KB left (the save lock fits, the document and its objects do not), nothing left,
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
  refused "$round: commit" "$reason" commit "$meeting"
  refused "$round: new document" "$reason" new minutes minutes/another --title "ประชุมครั้งที่ 2"
  refused "$round: named version" "$reason" tag "ร่างที่ 9"
  refused "$round: sync" "$reason" pull
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

# Room again: the same save lands, and the sync brings the other machine's version.
mount -o remount,rw "$work/disk"
"$cli" -C "$ws" commit "$meeting" > /dev/null
grep -q "รับทราบแล้ว" <(git -C "$ws" show "HEAD:$meeting") || { echo "the edit was not committed once space returned"; exit 1; }
"$cli" -C "$ws" pull > /dev/null 2>&1
grep -q "เรื่องสืบเนื่อง (อีกเครื่อง)" "$ws/$meeting" || { echo "the sync did not bring the other version once space returned"; exit 1; }
git -C "$ws" fsck --strict --no-progress
[ -z "$(git -C "$ws" status --porcelain)" ] || { echo "the workspace is not clean"; git -C "$ws" status --short; exit 1; }
echo "disk full and read-only test: $refusals saves refused with the path and the reason, nothing changed by any, every save landed once space returned, data lost: 0"
