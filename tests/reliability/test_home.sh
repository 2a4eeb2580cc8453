# Sapha reliability — sourced by the test scripts: a home of their own under $work (so that sapha-cli
# reads no settings, plugins or state of the person running the tests), and the checks they share.
# Its messages are in English, the words these scripts look for (the Thai ones are tested in tests/cli).
# SPDX-License-Identifier: MIT
sapha_test_home() {
  export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH= LC_ALL=C
  mkdir -p "$SAPHA_CONFIG_HOME"
  printf '{ "author.name": "%s", "author.email": "%s", "ui.language": "en" }\n' "$1" "$2" > "$SAPHA_CONFIG_HOME/settings.json"
}

# Waits until no fold of repository $1's packs is under way. A command hands a fold that is due to a
# `sapha-cli maintain --auto` of its own, which may still run when the command has exited; git fsck lists
# the packs once, and would miss the objects of packs folded away meanwhile (as beside a detached
# `git gc --auto`). The fold holds .git/sapha/fold.lock (flock) for as long as it runs.
sapha_wait_for_fold() {
  local lock="$1/.git/sapha/fold.lock"
  [ -e "$lock" ] || lock="$1/sapha/fold.lock"
  [ -e "$lock" ] || return 0
  flock -w 120 "$lock" true || { echo "a fold of $1 ran for more than two minutes"; exit 1; }
}

# `git fsck --strict` of repository $1 reports nothing but dangling objects; else says what and fails.
sapha_fsck_clean() {
  sapha_wait_for_fold "$1"
  git -C "$1" fsck --strict --no-progress 2>&1 | { grep -v "^dangling" || true; } > "$work/fsck"
  [ ! -s "$work/fsck" ] || { echo "git fsck reports in $1:"; cat "$work/fsck"; exit 1; }
}

# Every "saved N" a saving process printed (file $2) is a commit "revision N" of repository $1; sets
# `saved` to how many, and leaves the history's subjects in $work/log.
sapha_saves_in_history() {
  git -C "$1" log --format=%s > "$work/log"
  saved=0
  for n in $(grep "^saved" "$2" | cut -d' ' -f2); do
    grep -qx "revision $n" "$work/log" || { echo "saved revision $n is lost"; exit 1; }
    saved=$((saved + 1))
  done
}
