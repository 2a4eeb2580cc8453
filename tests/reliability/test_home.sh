# Sapha reliability — sourced by the test scripts: a home of their own under $work, so that sapha-cli
# reads no settings, plugins or state of the person running the tests, and commits as `$1 <$2>`.
# SPDX-License-Identifier: MIT
sapha_test_home() {
  export SAPHA_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" SAPHA_PLUGIN_PATH= LC_ALL=C
  mkdir -p "$SAPHA_CONFIG_HOME"
  printf '{ "author.name": "%s", "author.email": "%s" }\n' "$1" "$2" > "$SAPHA_CONFIG_HOME/settings.json"
}
