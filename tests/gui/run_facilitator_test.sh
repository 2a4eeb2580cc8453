#!/usr/bin/env bash
# Sapha tests — the facilitator's journey under Xvfb at 1366×768, in Thai and in English, each on a fresh
# demo: a new session, its question and groups; live, where a phone (Debian's Chromium, headless and
# phone-sized, driven by sapha-phone) joins the third group by its name, sends two ideas and later votes
# for the cluster the facilitator made of them with the mouse; stopped; sent to a new standard.
# Screenshots (-facilitator-*.png, the phone's -phone-*.png) in the build's tests/gui folder; the commits
# and both documents are read here.
set -euo pipefail
bin="$1"
phone="$2"
out="$3"
work="$(mktemp -d)"
scenario_pid=""
phone_pid=""
cleanup() {
  [ -n "$phone_pid" ] && kill "$phone_pid" 2> /dev/null
  [ -n "$scenario_pid" ] && kill "$scenario_pid" 2> /dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_STATE_HOME="$work/state" SAPHA_PLUGIN_PATH=
export GSETTINGS_BACKEND=memory
mkdir -p "$(dirname "$out")"
for lang in th en; do
  shot="$out"
  [ "$lang" = en ] && shot="${out%.png}-en.png"
  # What the phone types: facilitator_journey.cpp looks for the same words.
  if [ "$lang" = th ]; then
    group="กลุ่มที่ 3 ครอบครัว"; person="สมหญิง"; cluster="การติดตามหลังคืนสู่ชุมชน"
    ideas=("ติดตามผลทุกสามเดือนหลังกลับบ้าน" "ประสานผู้นำชุมชนก่อนส่งกลับ")
  else
    group="Group 3 Family"; person="Somying"; cluster="Follow-up after the return"
    ideas=("Follow up every three months after the return" "Talk to community leaders before the return")
  fi
  rm -rf "$work/demo" "$SAPHA_CONFIG_HOME" && mkdir -p "$SAPHA_CONFIG_HOME"
  echo '{ "author.name": "นายวิทยากร ชวนคิด", "author.email": "facilitator@example.invalid" }' > "$SAPHA_CONFIG_HOME/settings.json"
  "$bin/sapha-cli" demo "$work/demo" --quiet
  rm -f "${shot%.png}"-facilitator-* "${shot%.png}"-phone-*
  : > "$work/log"
  xvfb-run -a -s "-screen 0 1366x768x24" "$bin/sapha-scenario" "$work/demo" --lang "$lang" --smoke-test "$shot" \
    --smoke-steps facilitator > "$work/log" 2>&1 &
  scenario_pid=$!
  # The phone waits for the board to go live (its address on the log), as a participant waits for the
  # facilitator to put the QR code on the screen.
  url=""
  for _ in $(seq 1 600); do
    url=$(grep -m1 -o "sapha: brainstorm: live at [^ ]*" "$work/log" 2> /dev/null | sed 's/.* //') && [ -n "$url" ] && break
    kill -0 "$scenario_pid" 2> /dev/null || break
    sleep 0.2
  done
  if [ -z "$url" ]; then
    wait "$scenario_pid" || true
    cat "$work/log"; echo "FAIL ($lang): the board never went live"; exit 1
  fi
  "$phone" "$url" --group "$group" --name "$person" --idea "${ideas[0]}" --idea "${ideas[1]}" --vote "$cluster" \
    --shots "${shot%.png}-phone" > "$work/phone.log" 2>&1 &
  phone_pid=$!
  status=0
  wait "$scenario_pid" || status=$?
  scenario_pid=""
  phone_status=0
  wait "$phone_pid" || phone_status=$?
  phone_pid=""
  cat "$work/log" "$work/phone.log"
  [ "$status" = 0 ] || { echo "FAIL ($lang): the facilitator's journey failed"; exit 1; }
  [ "$phone_status" = 0 ] || { echo "FAIL ($lang): the phone could not take part"; exit 1; }
  for suffix in facilitator-groups facilitator-live facilitator-ideas facilitator-sorted \
    facilitator-votes facilitator-standard phone-ideas phone-vote; do
    [ "$(stat -c %s "${shot%.png}-$suffix.png")" -gt 10000 ] || { echo "FAIL ($lang): the screenshot -$suffix.png looks empty"; exit 1; }
  done
  # The two questions asked on the way are small dialogs.
  for suffix in facilitator-cluster-title facilitator-send; do
    [ "$(stat -c %s "${shot%.png}-$suffix.png")" -gt 3000 ] || { echo "FAIL ($lang): the screenshot -$suffix.png looks empty"; exit 1; }
  done
  git=(git -C "$work/demo" -c core.quotePath=false)
  session=$("${git[@]}" log --format= --name-only --diff-filter=A -- brainstorm | sed -n 1p)
  standard=$("${git[@]}" log --format= --name-only --diff-filter=A -- standards | sed -n 1p)
  [ -n "$session" ] && [ -n "$standard" ] || { echo "FAIL ($lang): the session or the standard made in the GUI is not committed"; exit 1; }
  [ -z "$("${git[@]}" status --porcelain)" ] || { echo "FAIL ($lang): the workspace is not clean"; "${git[@]}" status; exit 1; }
  [ "$("${git[@]}" log --format=%an -- "$session" "$standard" | sort -u)" = "นายวิทยากร ชวนคิด" ] \
    || { echo "FAIL ($lang): the journey's commits are not the user's"; exit 1; }
  # The committed session: three groups, the phone's ideas in the third under its participant's name,
  # both in the cluster, the phone's dot on the cluster.
  python3 - "$work/demo/$session" "$group" "$person" "$cluster" "${ideas[@]}" <<'PY'
import sys
import xml.etree.ElementTree as ET
path, group_name, person, cluster_title, *ideas = sys.argv[1:]
root = ET.parse(path).getroot()
groups = root.findall("./groups/group")
assert len(groups) == 3, f"{len(groups)} groups, not 3"
third = groups[2]
assert third.findtext("name") == group_name, "the third group is not named as typed"
assert third.get("participants") == "1", "the phone was not counted in the third group"
by_text = {i.findtext("text"): i for i in root.findall("./ideas/idea")}
for text in ideas:
    assert text in by_text, f"the phone's idea is missing: {text}"
    assert by_text[text].get("group") == third.get("id"), f"the phone's idea is not in its group: {text}"
    assert by_text[text].get("author") == person, "the phone's idea does not carry its participant's name"
clusters = [c for c in root.findall("./clusters/cluster") if c.findtext("title") == cluster_title]
assert len(clusters) == 1, "the cluster made on the board is missing"
members = [m.get("idea") for m in clusters[0].findall("member")]
assert sorted(members) == sorted(by_text[t].get("id") for t in ideas), f"the cluster holds {members}"
votes = [v for v in root.findall("./votes/vote") if v.get("target") == clusters[0].get("id")]
assert sum(int(v.get("count", "1")) for v in votes) == 1, "the phone's dot is not on the cluster"
print("the committed session: three groups, the phone's ideas in a cluster with its dot")
PY
  # The standard made from it: the cluster a component, the ideas its candidate indicators.
  grep -q "$cluster" "$work/demo/$standard" || { echo "FAIL ($lang): the standard lacks the cluster"; exit 1; }
  for idea in "${ideas[@]}"; do
    grep -q "$idea" "$work/demo/$standard" || { echo "FAIL ($lang): the standard lacks the idea $idea"; exit 1; }
  done
  "$bin/sapha-cli" -C "$work/demo" check "$session" > "$work/check" 2>&1 \
    || { cat "$work/check"; echo "FAIL ($lang): the session made in the GUI does not pass check"; exit 1; }
done
echo "facilitator journey: session, groups, live with a phone, cluster, vote, sent to a standard — in Thai and English"
