#!/usr/bin/env bash
# Sapha reliability — processes suspended (SIGSTOP) and resumed (SIGCONT), as a laptop lid or a
# debugger does. A process saving over and over is stopped at random moments 20 times; while it is
# stopped (perhaps holding the save lock), another process saves a second document: it waits for the
# lock or says who holds it, never takes it. Afterwards every save that reported success is in the
# history and `git fsck --strict` is clean. Then a live session's server is stopped while a phone sends
# an idea: once resumed, the idea is acknowledged, the server serves on, and on Ctrl+C the idea is in
# the committed session, once.
set -euo pipefail
loop="$1"
cli="$2"
work="$(mktemp -d)"
server_pid=""
saver=""
# On any exit, the saver and the server are stopped before their folder is removed.
clean_up() {
  for pid in "$server_pid" "$saver"; do
    [ -z "$pid" ] || kill -9 "$pid" 2> /dev/null || true
  done
  wait 2> /dev/null || true
  rm -rf "$work"
}
trap clean_up EXIT
. "$(dirname "$0")/test_home.sh"
sapha_test_home "Suspend Tester" "suspend@example.invalid"

# 1. Saves suspended and resumed.
ws="$work/ws"
git init -q -b main "$ws"
git -C "$ws" -c user.name=t -c user.email=t@example.invalid commit -q --allow-empty -m start
"$loop" "$ws" minutes/m.meeting.xml > "$work/saves" 2> "$work/saves.err" &
saver=$!
other_saves=0
waited=0
for round in $(seq 20); do
  sleep "0.$(( RANDOM % 3 ))$(( RANDOM % 10 ))"
  kill -STOP "$saver"
  # The other writer, while the first is stopped.
  printf '<?xml version="1.0"?>\n<roster format="1"><committee>round %s</committee></roster>\n' "$round" > "$ws/r.roster.xml"
  set +e
  timeout 20 "$cli" -C "$ws" commit r.roster.xml -m "round $round" > "$work/other.out" 2> "$work/other.err" &
  other=$!
  sleep 0.3
  kill -CONT "$saver"
  wait "$other"
  code=$?
  set -e
  if [ "$code" -eq 0 ]; then
    other_saves=$((other_saves + 1))
  elif grep -q "another Sapha (process $saver" "$work/other.err"; then
    waited=$((waited + 1)) # it named the stopped saver rather than taking its lock
  else
    echo "round $round: the other save failed unexpectedly (exit $code):"; cat "$work/other.err"; exit 1
  fi
done
kill -STOP "$saver"
kill -9 "$saver"
wait "$saver" 2> /dev/null || true
[ ! -s "$work/saves.err" ] || { echo "the saver failed:"; cat "$work/saves.err"; exit 1; }
sapha_fsck_clean "$ws"
sapha_saves_in_history "$ws" "$work/saves"
# Every save the other writer reported is in the history too.
[ "$(grep -c "^round " "$work/log" || true)" -ge "$other_saves" ] || { echo "a save of the other writer is lost"; exit 1; }
echo "saves suspended 20 times: $saved saves reported and all in the history, the other writer saved $other_saves times and named the stopped saver $waited times, git fsck clean"

# 2. A live session's server suspended while a phone sends an idea.
"$cli" demo "$work/demo" --quiet > /dev/null
session=brainstorm/workshop-2561-08-16.session.xml
# The demo's last revision is locked for the archive: unlocked, back to the ideas round, committed.
sed -i 's/ locked="true"//; s/<rounds current="[^"]*">/<rounds current="round-ideas">/' "$work/demo/$session"
"$cli" -C "$work/demo" commit "$session" -m "reopened for the suspend test" > /dev/null
"$cli" -C "$work/demo" serve "$session" --port 0 --code 515151 > "$work/serve.out" 2> "$work/serve.err" &
server_pid=$!
for _ in $(seq 100); do grep -q "^Join:\|^เข้าร่วม:" "$work/serve.out" 2> /dev/null && break; sleep 0.1; done
base=$(sed -nE 's|.*(http://[^/]*)/.*|\1|p' "$work/serve.out" | head -1)
[ -n "$base" ] || { echo "the server did not start"; cat "$work/serve.out" "$work/serve.err"; exit 1; }
group=$(curl -sf "$base/api/session?code=515151" | python3 -c 'import json,sys; print(json.load(sys.stdin)["groups"][0]["id"])')
token=$(curl -sf -X POST -H 'Content-Type: application/json' --data "{\"code\":\"515151\",\"group\":\"$group\",\"name\":\"\"}" "$base/api/join" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
curl -sf "$base/api/state" -H "X-Sapha-Token: $token" | grep -q '"round"' || { echo "the state did not answer"; exit 1; }
round=$(curl -sf "$base/api/state" -H "X-Sapha-Token: $token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["round"])')
kill -STOP "$server_pid"
curl -s -o "$work/idea.json" -w '%{http_code}' --max-time 20 -X POST -H 'Content-Type: application/json' -H "X-Sapha-Token: $token" \
  --data '{"text":"ระหว่างเครื่องพักหน้าจอ"}' "$base/api/ideas" > "$work/idea.status" &
phone=$!
sleep 2
kill -CONT "$server_pid"
wait "$phone" || true
status=$(cat "$work/idea.status")
[ "$round" = ideate ] || { echo "the reopened session is in round $round, not ideate"; exit 1; }
if [ "$round" = ideate ]; then
  [ "$status" = 201 ] || { echo "the idea sent while the server was stopped got $status"; cat "$work/idea.json"; exit 1; }
fi
curl -sf "$base/api/session?code=515151" > /dev/null || { echo "the server does not serve after it was resumed"; exit 1; }
kill -INT "$server_pid"
wait "$server_pid" || { echo "the server did not stop cleanly"; cat "$work/serve.err"; exit 1; }
server_pid=""
if [ "$round" = ideate ]; then
  count=$(git -C "$work/demo" show "HEAD:$session" | grep -c "ระหว่างเครื่องพักหน้าจอ" || true)
  [ "$count" = 1 ] || { echo "the idea is in the committed session $count times"; exit 1; }
fi
echo "live session suspended for 2 s while a phone sent an idea (round $round): answered $status once resumed, served on, committed once on stop"
