#!/usr/bin/env bash
# Sapha tests — the plans plugin is written against the SDK alone: every header it includes is its own
# ("core/…", "ui/…"), the SDK's (<sapha/…> found under sdk/), wxWidgets', pugixml's or the standard
# library's; its CMakeLists links no other plugin and nothing of the host.
set -euo pipefail
root="$1"
plugin="$root/plugins/plans"
status=0
while IFS= read -r line; do
  file="${line%%:*}"
  header="$(echo "$line" | sed -E 's/.*#include[[:space:]]*[<"]([^>"]+)[>"].*/\1/')"
  case "$header" in
    core/*|ui/*)
      [ -f "$plugin/$header" ] || [ "$header" = core/plans_export.h ] || { echo "$file: includes $header, which is not the plugin's"; status=1; } ;;
    sapha/*)
      [ -f "$root/sdk/include/$header" ] || [ -f "$root/sdk/ui/include/$header" ] || [ -f "$root/sdk/include/${header%.h}.h.in" ] \
        || [ "$header" = sapha/sdk_export.h ] || [ "$header" = sapha/ui/sdk_ui_export.h ] \
        || { echo "$file: includes <$header>, which is not the SDK's"; status=1; } ;;
    wx/*|pugixml.hpp) ;;
    */*) echo "$file: includes $header, outside the SDK"; status=1 ;;
    *) ;; # the standard library
  esac
done < <(grep -rn '#include' "$plugin" --include='*.cpp' --include='*.hpp')
if grep -nE 'sapha_(minutes|standards|brainstorm)_|sapha::host|host_core' "$plugin/CMakeLists.txt"; then
  echo "$plugin/CMakeLists.txt links something other than the SDK"; status=1
fi
[ "$status" = 0 ] && echo "plugins/plans includes only its own headers, the SDK's and the system's"
exit "$status"
