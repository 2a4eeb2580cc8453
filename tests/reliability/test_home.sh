# Sapha reliability — sourced by the test scripts: a home of their own under $work (so that sapha-cli
# reads no settings, plugins or state of the person running the tests), and the checks they share.
# Its messages are in English, the words these scripts look for (the Thai ones are tested in tests/cli).
# SPDX-License-Identifier: MIT
sapha_test_home() {
  export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH= LC_ALL=C
  mkdir -p "$SAPHA_CONFIG_HOME"
  printf '{ "author.name": "%s", "author.email": "%s", "ui.language": "en" }\n' "$1" "$2" > "$SAPHA_CONFIG_HOME/settings.json"
}

# `git fsck --strict` of repository $1 reports nothing but dangling objects; else says what and fails.
sapha_fsck_clean() {
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
