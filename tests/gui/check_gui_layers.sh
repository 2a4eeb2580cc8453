#!/usr/bin/env bash
# Sapha tests — the GUI stays a thin layer: no file under host/gui includes libgit2's headers, directly or
# through the host headers it includes (read from the compiler's own dependency lists, kept by Ninja), and no
# file under host/gui is over 500 lines.
set -euo pipefail
source_dir="$1"
build_dir="$2"
status=0
objects=$(ninja -C "$build_dir" -t deps | grep -o '^host/gui/CMakeFiles/sapha_gui_lib.dir/[A-Za-z0-9_]*\.cpp\.o' || true)
[ -n "$objects" ] || { echo "no compiled GUI file found in $build_dir (build first)"; exit 1; }
for object in $objects; do
  if ninja -C "$build_dir" -t deps "$object" | grep -q '/git2\(\.h\|/\)'; then
    echo "$object reaches libgit2's headers through:"
    ninja -C "$build_dir" -t deps "$object" | grep "$source_dir/host/core" | sed 's/^/  /'
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "$(echo "$objects" | wc -w) GUI files compiled without libgit2's headers"
while read -r lines file; do
  [ "$file" = total ] && continue
  if [ "$lines" -gt 500 ]; then
    echo "$file has $lines lines (at most 500)"
    status=1
  fi
done < <(wc -l "$source_dir"/host/gui/*.cpp "$source_dir"/host/gui/*.hpp)
exit $status
