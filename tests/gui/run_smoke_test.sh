#!/usr/bin/env bash
# Sapha tests — the GUI smoke test: the demo workspace opened under Xvfb, one document of each kind
# opened in a tab, text typed into the front editor with real key events and saved with Ctrl+S (the
# commit is then checked with git), a screenshot of every tab written to build/tests/gui/, a clean exit.
set -euo pipefail
bin="$1"
out="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH=
mkdir -p "$(dirname "$out")" "$SAPHA_CONFIG_HOME"
echo '{ "author.name": "Smoke Tester", "author.email": "smoke@example.invalid" }' > "$SAPHA_CONFIG_HOME/settings.json"
"$bin/sapha-cli" demo "$work/demo" --quiet
standard=standards/homeless-protection-centre.standard.xml

for lang in th en; do
  shot="$out"
  typed=()
  if [ "$lang" = en ]; then
    shot="${out%.png}-en.png"
    typed=(--smoke-minutes --smoke-standard)
  else
    typed=(--smoke-type " revised by keyboard" --smoke-save --smoke-export "$work/exports")
  fi
  rm -f "${shot%.png}"*.png
  xvfb-run -a -s "-screen 0 1400x900x24" "$bin/sapha" "$work/demo" --lang "$lang" --smoke-test "$shot" "${typed[@]}" \
    > "$work/log" 2>&1 || { cat "$work/log"; echo "the GUI smoke test failed ($lang)"; exit 1; }
  cat "$work/log"
  grep -q "5 tabs open" "$work/log" || { echo "not every document opened (3 documents, the roster and the assessment)"; exit 1; }
  grep -q "smoke test: compare .*: ok" "$work/log" || { echo "the compare dialog did not show"; exit 1; }
  for file in "$shot" "${shot%.png}-1.png" "${shot%.png}-2.png" "${shot%.png}-3.png" "${shot%.png}-4.png" "${shot%.png}-5.png" "${shot%.png}-compare.png"; do
    size=$(stat -c %s "$file")
    # A blank or black frame compresses to a few kilobytes; the real window is far larger.
    [ "$size" -gt 40000 ] || { echo "the screenshot $file looks empty ($size bytes)"; exit 1; }
    echo "screenshot: $file ($size bytes)"
  done
done

# What was typed was saved as a commit by the configured author, and only the standard changed; the
# message says so in the language of the session that saved it (Thai).
thai_commit=$(git -C "$work/demo" log -2 --format='%H|%an <%ae>|%s' -- "$standard" | tail -1)
echo "the Thai session's commit of the standard: $thai_commit"
[ "${thai_commit#*|}" = "Smoke Tester <smoke@example.invalid>|แก้ไขรายละเอียดมาตรฐาน" ] || { echo "the typed edit was not committed as expected"; exit 1; }
"$bin/sapha-cli" -C "$work/demo" show "$standard@${thai_commit%%|*}" | grep -q "<title>มาตรฐานศูนย์คุ้มครองคนไร้ที่พึ่ง revised by keyboard</title>" \
  || { echo "the saved standard does not hold the typed text"; exit 1; }
[ -z "$(git -C "$work/demo" status --porcelain)" ] || { echo "the workspace is not clean after the save"; exit 1; }
git -C "$work/demo" fsck --strict

# In the English session the standard got, by keyboard alone, a component with two indicators and their
# levels' criteria, the second moved above the first, saved; moving it back and undoing left the editor
# as saved.
grep -q "smoke test: standard edited by keyboard, saved, reordered and undone: as saved" "$work/log" \
  || { echo "after reorder and undo the standard's editor does not hold what was saved"; exit 1; }
last=$(git -C "$work/demo" log -1 --format='%an|%s' -- "$standard")
echo "last commit of the standard: $last"
case "$last" in
  "Smoke Tester|added component 2; added indicator 2.1; added indicator 2.2"*) ;;
  *) echo "the standard built by keyboard was not committed as expected"; exit 1 ;;
esac
"$bin/sapha-cli" -C "$work/demo" show "$standard@HEAD" > "$work/standard.xml"
awk '/<title>Keyboard component<\/title>/{inside=1} inside && /Second keyboard indicator/{second=NR} inside && /First keyboard indicator/{first=NR}
     inside && /Level one criterion/{one=1} inside && /Level two criterion/{two=1} inside && /Only criterion/{only=1}
     END{exit !(second && first && second < first && one && two && only)}' "$work/standard.xml" \
  || { echo "the component typed by keyboard is not in the saved standard as typed"; grep -A30 "Keyboard component" "$work/standard.xml"; exit 1; }

# In the English session the meeting got, by keyboard alone, a sub-item under item 1, an action item,
# and a member marked absent with a reason.
meeting=minutes/chiangrai-1-2563.meeting.xml
last=$(git -C "$work/demo" log -1 --format='%an|%s' -- "$meeting")
echo "last commit of the meeting: $last"
case "$last" in
  "Smoke Tester|changed person ผู้แทนตำรวจภูธรจังหวัดเชียงราย; added agenda item 1.1; added action item Secretariat"*) ;;
  *) echo "the meeting edited by keyboard was not committed as expected"; exit 1 ;;
esac
"$bin/sapha-cli" -C "$work/demo" show "$meeting@HEAD" > "$work/meeting.xml"
# The sub-item sits inside item 1, and holds the action item.
awk '/<item id="item-1">/{inside=1} inside && /<title>Follow-up by keyboard<\/title>/{found=1} /<item id="item-2">/{inside=0} END{exit !found}' "$work/meeting.xml" \
  || { echo "the sub-item is not under item 1"; exit 1; }
grep -q "<task>Draft the plan</task>" "$work/meeting.xml" && grep -q "<assignee>Secretariat</assignee>" "$work/meeting.xml" \
  || { echo "the action item typed by keyboard is not in the saved meeting"; exit 1; }
# The second member was marked absent with Space, and the reason typed.
awk '/<person id="p-police"/{inside=1} inside && /attendance="absent"/{absent=1} inside && /<reason>Sick leave<\/reason>/{reason=1} inside && /<\/person>/{inside=0} END{exit !(absent && reason)}' "$work/meeting.xml" \
  || { echo "the attendance set by keyboard is not in the saved meeting"; grep -A6 'p-police' "$work/meeting.xml"; exit 1; }

# The table typed into the grid: title, total, and the two rows, under the sub-item.
awk '/<title>Follow-up by keyboard<\/title>/{inside=1} inside && /<table id="[^"]*" total="12">/{table=1} inside && /<row label="Men" value="7">/{men=1} inside && /<row label="Women" value="4">/{women=1} END{exit !(table && men && women)}' "$work/meeting.xml" \
  || { echo "the statistics table typed by keyboard is not in the saved meeting"; grep -B2 -A8 '<table' "$work/meeting.xml"; exit 1; }
grep -q "<title>Cases referred</title>" "$work/meeting.xml" || { echo "the table's title typed by keyboard is not saved"; exit 1; }

# File > Export wrote what the editor showed; File > Export All wrote every document in every format.
pdftotext -raw "$work/exports/front.pdf" - | tr -d '\n' | grep -F "revised by keyboard" > /dev/null \
  || { echo "the exported front document lacks the typed text"; exit 1; }
count=$(find "$work/exports/all" -type f | wc -l)
[ "$count" -eq 25 ] || { echo "export all wrote $count files, not 25 (5 documents, 5 formats)"; find "$work/exports/all" -type f; exit 1; }
echo "exports: front.pdf and $count files"
