#!/usr/bin/env bash
# Sapha reliability — the wall clock moved while Sapha runs, as a time server or a person moves it:
# Debian's libfaketime makes the clock of a saving process and of a live session's server jump an hour
# ahead, an hour back and back again, every half second, while the steady clock runs on. A second
# writer, on the real clock, saves all along. Afterwards every save either process reported is in the
# history (no save lock taken for a stale one because of its time), `git fsck --strict` is clean, and
# every idea a phone sent during the jumps was taken — none refused as too many (the rate limit runs on
# the steady clock) — and committed once; and the board's round timer, ticked as the session editor
# ticks it, sounds its alarm once, when the round's time is up on the test's own clock.
set -euo pipefail
loop="$1"
cli="$2"
round_timer="$3"
faketime_library=/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1
[ -f "$faketime_library" ] || { echo "libfaketime is missing ($faketime_library): scripts/install-deps.sh installs it"; exit 1; }
work="$(mktemp -d)"
saver=""
server_pid=""
trap 'for p in $saver $server_pid; do kill -9 "$p" 2> /dev/null; done; rm -rf "$work"' EXIT
. "$(dirname "$0")/test_home.sh"
sapha_test_home "Clock Tester" "clock@example.invalid"
clock="$work/clock"
echo "+0" > "$clock"
# The processes under test read their wall clock from $clock on every call; the steady clock is real.
# (env execs the program: $! is then its process id.)
on_moving_clock=(env LD_PRELOAD="$faketime_library" FAKETIME_TIMESTAMP_FILE="$clock" FAKETIME_NO_CACHE=1
  FAKETIME_DONT_FAKE_MONOTONIC=1 DONT_FAKE_MONOTONIC=1)
jump_clock() { # for $1 half-seconds: an hour ahead, an hour back, back to now
  for i in $(seq "$1"); do
    case $((i % 3)) in 0) echo "+1h" ;; 1) echo "-1h" ;; 2) echo "+0" ;; esac > "$clock.new"
    mv "$clock.new" "$clock"
    sleep 0.5
  done
  echo "+0" > "$clock"
}

# 1. Saves while the clock jumps, and a second writer on the real clock.
ws="$work/ws"
git init -q -b main "$ws"
git -C "$ws" -c user.name=t -c user.email=t@example.invalid commit -q --allow-empty -m start
"${on_moving_clock[@]}" "$loop" "$ws" minutes/m.meeting.xml > "$work/saves" 2> "$work/saves.err" &
saver=$!
jump_clock 12 &
jumper=$!
other_saved=0
named=0
for round in $(seq 12); do
  printf '<?xml version="1.0"?>\n<roster format="1"><committee>round %s</committee></roster>\n' "$round" > "$ws/r.roster.xml"
  if "$cli" -C "$ws" commit r.roster.xml -m "real clock $round" > /dev/null 2> "$work/other.err"; then
    other_saved=$((other_saved + 1))
  else
    # The saver saves without pause and may keep the lock past the wait: it is named, never taken.
    grep -q "another Sapha (process $saver" "$work/other.err" \
      || { echo "round $round: the second writer failed:"; cat "$work/other.err"; exit 1; }
    named=$((named + 1))
  fi
  sleep 0.3
done
wait "$jumper"
kill -9 "$saver" 2> /dev/null || true
wait "$saver" 2> /dev/null || true
saver=""
[ ! -s "$work/saves.err" ] || { echo "the saver on the moving clock failed:"; cat "$work/saves.err"; exit 1; }
sapha_fsck_clean "$ws"
sapha_saves_in_history "$ws" "$work/saves"
[ "$(grep -c "^real clock " "$work/log" || true)" -eq "$other_saved" ] || { echo "a save on the real clock is lost"; exit 1; }
[ "$saved" -gt 0 ] && [ "$other_saved" -gt 0 ] || { echo "nothing was saved ($saved, $other_saved)"; exit 1; }
times=$(git -C "$ws" log --format=%ct | sort -n)
span=$(( $(tail -1 <<< "$times") - $(head -1 <<< "$times") ))
[ "$span" -ge 3600 ] || { echo "the saver's clock did not move (its commits span $span s)"; exit 1; }
echo "saves on a clock jumping an hour either way: $saved saves reported and all in the history (their commit times span $((span / 60)) minutes), $other_saved saves on the real clock all in the history ($named times it named the saver holding the lock), git fsck clean"

# 2. A live session's server while the clock jumps: 15 ideas in 7 seconds from one phone (its limit is
# 20 in 10 s of the steady clock) are all taken and committed once.
"$cli" demo "$work/demo" --quiet > /dev/null
session=brainstorm/workshop-2561-08-16.session.xml
sed -i 's/ locked="true"//; s/<rounds current="[^"]*">/<rounds current="round-ideas">/' "$work/demo/$session"
"$cli" -C "$work/demo" commit "$session" -m "reopened for the clock test" > /dev/null
"${on_moving_clock[@]}" "$cli" -C "$work/demo" serve "$session" --port 0 --code 717171 > "$work/serve.out" 2> "$work/serve.err" &
server_pid=$!
for _ in $(seq 100); do grep -q "^Join:\|^เข้าร่วม:" "$work/serve.out" 2> /dev/null && break; sleep 0.1; done
base=$(sed -nE 's|.*(http://[^/]*)/.*|\1|p' "$work/serve.out" | head -1)
[ -n "$base" ] || { echo "the server did not start"; cat "$work/serve.out" "$work/serve.err"; exit 1; }
group=$(curl -sf "$base/api/session?code=717171" | python3 -c 'import json,sys; print(json.load(sys.stdin)["groups"][0]["id"])')
token=$(curl -sf -X POST -H 'Content-Type: application/json' --data "{\"code\":\"717171\",\"group\":\"$group\",\"name\":\"\"}" \
  "$base/api/join" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
jump_clock 14 &
jumper=$!
for n in $(seq 15); do
  status=$(curl -s -o "$work/idea.json" -w '%{http_code}' --max-time 10 -X POST -H 'Content-Type: application/json' \
    -H "X-Sapha-Token: $token" --data "{\"text\":\"ความคิดขณะนาฬิกาเลื่อน $n.\"}" "$base/api/ideas")
  [ "$status" = 201 ] || { echo "idea $n during the clock jumps got $status"; cat "$work/idea.json"; exit 1; }
  sleep 0.45
done
wait "$jumper"
kill -INT "$server_pid"
wait "$server_pid" || { echo "the server did not stop cleanly"; cat "$work/serve.err"; exit 1; }
server_pid=""
committed=$(git -C "$work/demo" show "HEAD:$session")
for n in $(seq 15); do
  [ "$(grep -c "ความคิดขณะนาฬิกาเลื่อน $n\." <<< "$committed")" = 1 ] || { echo "idea $n is not committed once"; exit 1; }
done
echo "live session on a clock jumping an hour either way: 15 ideas in 7 s from one phone all taken, none refused as too many, all committed once"

# 3. The board's round timer while the clock jumps: a 3-second round ticked every 50 ms for 6 seconds
# (the wall clock goes an hour back at once, returns at 0.5 s, goes an hour ahead at 1 s). The alarm sounds
# once, between 3 and 4 seconds after the start as the test's own (unmoved) clock measures it.
jump_clock 12 &
jumper=$!
begun=$(date +%s%N)
"${on_moving_clock[@]}" "$round_timer" 3 6 50 | while IFS= read -r line; do echo "$(( ($(date +%s%N) - begun) / 1000000 )) $line"; done > "$work/timer"
wait "$jumper"
alarms=$(grep -c " alarm$" "$work/timer" || true)
[ "$alarms" = 1 ] || { echo "the round timer's alarm sounded $alarms times on the moving clock:"; cat "$work/timer"; exit 1; }
at=$(sed -nE 's/^([0-9]+) alarm$/\1/p' "$work/timer")
[ "$at" -ge 3000 ] && [ "$at" -lt 4000 ] || { echo "the round timer's alarm sounded at $at ms of a 3-second round:"; cat "$work/timer"; exit 1; }
grep -q " remaining -[0-9]*$\| remaining 0$" "$work/timer" || { echo "the round timer does not say the time is over:"; cat "$work/timer"; exit 1; }
echo "round timer on a clock jumping an hour either way: a 3-second round's alarm sounded once, at $at ms"
