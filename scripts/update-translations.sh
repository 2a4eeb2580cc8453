#!/usr/bin/env bash
# Sapha — extracts the interface strings into po/sapha.pot and merges them into each po/<lang>.po.
# With --check, changes nothing and fails when a catalog lacks a translation of any string.
set -euo pipefail
cd "$(dirname "$0")/.."
sources=$(find host/gui plugins/*/ui sdk/ui/src -name '*.cpp' | sort)
pot=po/sapha.pot
[ "${1:-}" = --check ] && pot="$(mktemp --suffix=.pot)"
xgettext --language=C++ --from-code=UTF-8 --keyword=_ --keyword=wxTRANSLATE --keyword=wxPLURAL:1,2 --add-comments=TRANSLATORS \
  --package-name=Sapha --sort-by-file --omit-header -o "$pot" $sources
if [ "${1:-}" = --check ]; then
  status=0
  for po in po/*.po; do
    msgcmp "$po" "$pot" || { echo "$po lacks translations: run scripts/update-translations.sh" >&2; status=1; }
  done
  rm -f "$pot"
  exit $status
fi
for po in po/*.po; do
  msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" "$pot"
  msgattrib --no-obsolete -o "$po" "$po"
done
