#!/usr/bin/env bash
# Sapha reliability — kill -9 a process that is saving, at random moments, many times over; after
# each kill: `git fsck --strict` is clean, no temporary file is left in place of the document, the
# document is whole (one of the committed versions, or the one being saved when killed), and every
# save that reported success is in the history. Bounded: ROUNDS kills (default 150).
set -euo pipefail
loop="$1"
rounds="${2:-150}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ws="$work/ws"
git init -q -b main "$ws"
git -C "$ws" -c user.name=t -c user.email=t@example.invalid commit -q --allow-empty -m start
reported=0
locks=0
: > "$work/attempted"
for round in $(seq "$rounds"); do
  "$loop" "$ws" minutes/m.meeting.xml $((round * 1000)) > "$work/out" 2> "$work/err" &
  pid=$!
  # Anywhere from before the first write to several saves in.
  sleep "0.$(( RANDOM % 6 ))$(( RANDOM % 10 ))"
  kill -9 "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  # A kill can leave git's lock files and Sapha's save lock naming the killed process; the next save
  # clears them itself. Any failure to save is a failure of the test.
  if [ -s "$work/err" ]; then echo "round $round: the saver failed: $(cat "$work/err")"; exit 1; fi
  [ -e "$ws/.git/sapha.lock" ] && locks=$((locks + 1))
  git -C "$ws" fsck --strict --no-progress > "$work/fsck" 2>&1 || { echo "round $round: git fsck failed"; cat "$work/fsck"; exit 1; }
  if grep -q -v "^dangling" "$work/fsck"; then echo "round $round: git fsck reports:"; cat "$work/fsck"; exit 1; fi
  git -C "$ws" log --format=%s > "$work/log"
  grep "^saving" "$work/out" >> "$work/attempted" || true
  file="$ws/minutes/m.meeting.xml"
  if [ -f "$file" ]; then
    head=$(head -c 64 "$file" | sed -n 's/.*revision \([0-9]*\)<.*/\1/p')
    [ -n "$head" ] || { echo "round $round: the document is torn"; head -c 100 "$file"; exit 1; }
    tail -c 12 "$file" | grep -q "</meeting>" || { echo "round $round: the document is cut short"; exit 1; }
    # Not committed is allowed only for a version whose save was cut short by a kill: the file then
    # holds exactly what that save was writing, whole.
    if ! grep -qx "revision $head" "$work/log" && ! grep -qx "saving $head" "$work/attempted"; then
      echo "round $round: the document holds revision $head, neither committed nor being saved"; exit 1
    fi
  fi
  # Every save that said "saved" is in the history.
  for n in $(grep "^saved" "$work/out" | cut -d' ' -f2); do
    grep -qx "revision $n" "$work/log" || { echo "round $round: saved revision $n is lost"; exit 1; }
    reported=$((reported + 1))
  done
  # The killed save may leave the one temporary file it was writing (hidden, beside the document); the
  # next save removes it, so they never pile up.
  [ "$(ls -A "$ws/minutes" 2> /dev/null | grep -c "sapha-" || true)" -le 1 ] \
    || { echo "round $round: temporary files pile up"; ls -la "$ws/minutes"; exit 1; }
done
commits=$(git -C "$ws" rev-list --count HEAD)
echo "crash test: $rounds kills ($locks left a save lock that the next save cleared), $reported saves reported and all in history, $commits commits, git fsck clean, data lost: 0"
