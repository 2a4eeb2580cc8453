#!/usr/bin/env bash
# Sapha reliability — kill -9 a sync at random moments, many times over. Two workspaces share a bare
# repository; each round both change the same agenda item (neighbouring fields, so the merge is made by
# element and is a real merge commit), then the second one's sync is killed somewhere between the start,
# the fetch, the merge, the checkout, the branch move and the push. After every kill: `git fsck --strict`
# is clean on the workspace and on the remote, the meeting loads, and the next sync, not killed,
# finishes; afterwards the workspace is clean and holds both sides' edits. Bounded: ROUNDS kills
# (default 30).
set -euo pipefail
cli="$1"
rounds="${2:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/test_home.sh"
sapha_test_home "Crash Tester" "crash@example.invalid"
meeting=minutes/chiangrai-1-2563.meeting.xml
git init -q --bare -b main "$work/shared.git"
"$cli" demo "$work/a" --quiet
"$cli" -C "$work/a" remote add origin "$work/shared.git" > /dev/null
"$cli" -C "$work/a" push > /dev/null 2>&1
"$cli" clone "$work/shared.git" "$work/b" > /dev/null 2>&1

# Replaces the text of <NAME> inside the first item in workspace $1 with $3, then commits.
edit() {
  python3 - "$work/$1/$meeting" "$2" "$3" <<'EOF'
import re, sys
path, name, text = sys.argv[1:4]
xml = open(path, encoding="utf-8").read()
start = xml.index('<item id="item-1">')
open_tag = xml.index("<%s>" % name, start) + len(name) + 2
close_tag = xml.index("</%s>" % name, open_tag)
open(path, "w", encoding="utf-8").write(xml[:open_tag] + text + xml[close_tag:])
EOF
  "$cli" -C "$work/$1" commit "$meeting" > /dev/null
}

fsck() {
  sapha_wait_for_fold "$1"
  git -C "$1" fsck --strict --no-progress > "$work/fsck" 2>&1 || { echo "round $round: git fsck failed in $1"; cat "$work/fsck"; exit 1; }
  # (A bare repository made with `git init` names "master" as its HEAD while Sapha pushes "main".)
  if grep -v "^dangling" "$work/fsck" | grep -v "HEAD points to an unborn branch" > /dev/null; then echo "round $round: git fsck reports in $1:"; cat "$work/fsck"; exit 1; fi
}

moved=0
pushed=0
remote_locks=0
local_locks=0
for round in $(seq "$rounds"); do
  edit a text "ประธานแจ้งที่ประชุมทราบ รอบที่ $round (ก)"
  "$cli" -C "$work/a" sync > /dev/null 2>&1 || { echo "round $round: the first workspace could not sync"; exit 1; }
  edit b resolution "ที่ประชุมรับทราบ รอบที่ $round (ข)"
  before=$(git -C "$work/b" rev-parse HEAD)
  remote_before=$(git -C "$work/shared.git" rev-parse main)
  "$cli" -C "$work/b" sync > "$work/out" 2>&1 &
  pid=$!
  # Anywhere from before the fetch to after the push.
  sleep "0.$(( RANDOM % 3 ))$(( RANDOM % 10 ))"
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  [ "$(git -C "$work/b" rev-parse HEAD)" != "$before" ] && moved=$((moved + 1))
  [ "$(git -C "$work/shared.git" rev-parse main)" != "$remote_before" ] && pushed=$((pushed + 1))
  fsck "$work/b"
  fsck "$work/shared.git"
  "$cli" -C "$work/b" check "$meeting" > "$work/check" 2>&1 \
    || { echo "round $round: the meeting does not load after the kill"; cat "$work/check"; exit 1; }
  # The next sync finishes what the killed one began. A kill inside the fetch can leave the lock of
  # this workspace's copy of the remote's branch (as git's own fetch would), and a push to a folder
  # remote is made by this process, so a kill inside it can leave the remote's ref lock: the sync then
  # names the lock and says to delete it if nothing is running — done here as a person would — and the
  # sync after that finishes.
  if ! "$cli" -C "$work/b" sync > "$work/out" 2>&1; then
    lock=$(sed -nE "s/.*failed to lock file '([^']*)'.*delete that lock file.*/\1/p" "$work/out" | head -1)
    case "$lock" in
      "$work/shared.git/"*.lock) rm -f "$lock"; remote_locks=$((remote_locks + 1)) ;;
      "$work/b/.git/"*.lock) rm -f "$lock"; local_locks=$((local_locks + 1)) ;;
      *) echo "round $round: the sync after the kill failed"; cat "$work/out"; exit 1 ;;
    esac
    "$cli" -C "$work/b" sync > "$work/out" 2>&1 || { echo "round $round: the sync after removing the lock failed"; cat "$work/out"; exit 1; }
  fi
  [ -z "$(git -C "$work/b" status --porcelain)" ] || { echo "round $round: the workspace is not clean"; git -C "$work/b" status --short; exit 1; }
  grep -q "รอบที่ $round (ก)</text>" "$work/b/$meeting" || { echo "round $round: the other workspace's edit is missing"; exit 1; }
  grep -q "รอบที่ $round (ข)</resolution>" "$work/b/$meeting" || { echo "round $round: this workspace's edit is missing"; exit 1; }
  [ "$(git -C "$work/b" rev-parse HEAD)" = "$(git -C "$work/shared.git" rev-parse main)" ] \
    || { echo "round $round: the remote does not have the merge"; exit 1; }
done
# The remote's lock left by a push killed inside it, made on purpose: the sync says so, and once the
# lock is gone it finishes (no retrying as if someone had pushed first).
touch "$work/shared.git/refs/heads/main.lock"
edit b resolution "ที่ประชุมรับทราบ หลังล็อกค้าง"
if "$cli" -C "$work/b" sync > "$work/out" 2>&1 || ! grep -q "shared.git/refs/heads/main.lock.*delete that lock file" "$work/out"; then
  echo "a stale lock in the remote was not named by the sync"; cat "$work/out"; exit 1
fi
rm "$work/shared.git/refs/heads/main.lock"
"$cli" -C "$work/b" sync > /dev/null 2>&1 || { echo "the sync after the remote's lock was removed failed"; exit 1; }
fsck "$work/b"
"$cli" -C "$work/a" sync > /dev/null 2>&1
fsck "$work/a"
echo "sync crash test: $rounds syncs killed ($moved after the branch moved, $pushed after the push, $remote_locks inside the push and $local_locks inside the fetch, leaving a lock which the next sync named), git fsck clean on both sides and the remote after each, every edit of both workspaces kept, data lost: 0"
