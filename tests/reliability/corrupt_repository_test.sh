#!/usr/bin/env bash
# Sapha reliability — a workspace whose repository is damaged in each of the ways disks and crashed
# programs damage them: a garbage HEAD, a stale index.lock and ref lock, an empty index, a pack cut in
# half, a pack gone, a flipped byte inside a pack, a flipped byte in every pack. For each, every command
# is run: none crashes (exit 0 or 1), each failure is a short message (at most two lines) naming the
# file or object, the documents in the folder stay readable (`check` loads them) and are never changed
# by a failed command, and where the repository can still take a save (an empty index: it is rebuilt),
# the save lands and `git fsck` is clean. A flipped byte is found by the packs' checksums: nothing is
# written on a damaged history (`commit`, `tag` and `new` refused, naming the pack), though libgit2
# reads only the objects it needs.
set -euo pipefail
cli="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
. "$(dirname "$0")/test_home.sh"
sapha_test_home "Damage Tester" "damage@example.invalid"
meeting=minutes/chiangrai-1-2563.meeting.xml
"$cli" demo "$work/base" --quiet > /dev/null

cases=(
  "garbage HEAD|echo garbage > .git/HEAD"
  "stale index.lock|touch .git/index.lock"
  "stale ref lock|touch .git/refs/heads/main.lock"
  "empty index|: > .git/index"
  "pack cut in half|p=\$(ls -S .git/objects/pack/*.pack | head -1); truncate -s \$(( \$(stat -c %s \$p) / 2 )) \$p"
  "pack gone|p=\$(ls -S .git/objects/pack/*.pack | head -1); rm \$p \${p%.pack}.idx"
  "flipped byte in a pack|p=\$(ls -S .git/objects/pack/*.pack | head -1); printf '\\377' | dd of=\$p bs=1 seek=\$(( \$(stat -c %s \$p) / 2 )) conv=notrunc 2> /dev/null"
  "flipped byte in every pack|for p in .git/objects/pack/*.pack; do printf '\\125' | dd of=\$p bs=1 seek=\$(( \$(stat -c %s \$p) * 3 / 4 )) conv=notrunc 2> /dev/null; done"
)
commands=("log $meeting" "show $meeting@HEAD~1" "diff $meeting HEAD~2 HEAD" "check $meeting" "list" "tags"
  "export $meeting@HEAD~1 --format md -o $work/out.md" "restore $meeting HEAD~1" "tag damaged" "commit $meeting"
  "new roster committees/damage-check.roster.xml --title ตรวจความเสียหาย")
tried=0
failed_cleanly=0
for entry in "${cases[@]}"; do
  name="${entry%%|*}"
  rm -rf "$work/ws"
  cp -a "$work/base" "$work/ws"
  (cd "$work/ws" && eval "${entry#*|}")
  # An edit waiting to be saved: a failed command must leave it as it is.
  sed -i 's/รับทราบ/รับทราบแล้ว/' "$work/ws/$meeting"
  before=$(sha1sum < "$work/ws/$meeting")
  # Under the sanitizers, libgit2 1.5's own leak when it reads a damaged pack is left out of the report
  # (tests/sanitizers/lsan-damaged-pack.supp says why); Sapha's leaks are still reported.
  lsan="${LSAN_OPTIONS:-}"
  case "$name" in *pack*) [ -n "$lsan" ] && lsan="suppressions=$(cd "$(dirname "$0")/../sanitizers" && pwd)/lsan-damaged-pack.supp:print_suppressions=0" ;; esac
  for command in "${commands[@]}"; do
    tried=$((tried + 1))
    # shellcheck disable=SC2086
    set +e
    LSAN_OPTIONS="$lsan" "$cli" -C "$work/ws" $command > "$work/stdout" 2> "$work/stderr"
    code=$?
    set -e
    case "$code" in
      0) ;;
      1)
        failed_cleanly=$((failed_cleanly + 1))
        lines=$(grep -c . "$work/stderr" || true)
        [ "$lines" -ge 1 ] && [ "$lines" -le 2 ] \
          || { echo "$name: sapha-cli $command failed with $lines lines:"; cat "$work/stderr"; exit 1; }
        if [ "${command%% *}" != commit ] || [ "$name" = "empty index" ]; then
          [ "$(sha1sum < "$work/ws/$meeting")" = "$before" ] || { echo "$name: sapha-cli $command changed the document"; exit 1; }
        fi
        ;;
      *) echo "$name: sapha-cli $command exited with $code"; cat "$work/stderr"; exit 1 ;;
    esac
    # A write on a damaged pack is refused, naming it.
    case "$name|${command%% *}" in
      flipped*"|commit"|flipped*"|tag"|flipped*"|new")
        [ "$code" -eq 1 ] && grep -q "objects/pack/pack-" "$work/stderr" \
          || { echo "$name: sapha-cli $command was not refused naming the damaged pack (exit $code)"; cat "$work/stderr"; exit 1; } ;;
    esac
    if [ "${command%% *}" = check ] && [ "$code" -ne 0 ] && grep -q "sapha-cli:" "$work/stderr"; then
      echo "$name: the document in the folder no longer loads"; cat "$work/stderr"; exit 1
    fi
  done
  echo "$name: $(tail -1 "$work/stderr")" | cut -c1-220
  # The edit itself is never lost: the file holds it, or the history does.
  grep -q "รับทราบแล้ว" "$work/ws/$meeting" || { echo "$name: the edit was lost"; exit 1; }
done
# The empty index was rebuilt by the save, which landed whole.
rm -rf "$work/ws"
cp -a "$work/base" "$work/ws"
: > "$work/ws/.git/index"
sed -i 's/รับทราบ/รับทราบแล้ว/' "$work/ws/$meeting"
"$cli" -C "$work/ws" commit "$meeting" > /dev/null
git -C "$work/ws" fsck --strict --no-progress
[ -z "$(git -C "$work/ws" status --porcelain)" ] || { echo "after the index was rebuilt, git status is not clean"; git -C "$work/ws" status --short; exit 1; }
echo "corrupt repository test: ${#cases[@]} kinds of damage, $tried commands, $failed_cleanly refused with a short message, none crashed, no document changed by a failure, data lost: 0"
