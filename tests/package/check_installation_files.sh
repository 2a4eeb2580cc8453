#!/usr/bin/env bash
# Sapha tests — what the installation holds beyond the programs, checked in the build tree as Debian's
# tools check it: the desktop entry, the AppStream entry, the MIME types (one per document kind of the
# plugins), the manual pages (every verb, no groff warning, Thai shaped and wrapped) and the bash
# completion (verbs, options, kinds).
set -euo pipefail
stage="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" SAPHA_CONFIG_HOME="$work/home" SAPHA_PLUGIN_PATH= XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
share="$stage/share"
fail() { echo "FAIL: $*" >&2; exit 1; }

# Every program, library and plugin finds every library it needs from where it lies (its RUNPATH),
# not only when loaded into a program that brought them first.
while IFS= read -r -d '' binary; do
  if [[ "$(ldd "$binary" 2>&1)" == *"not found"* ]]; then
    ldd "$binary" | grep "not found"
    fail "$binary does not find a library it needs"
  fi
done < <(find "$stage/bin" "$stage/lib" -type f \( -name '*.so' -o -perm -u+x \) -print0)

desktop-file-validate "$share/applications/org.sapha.Sapha.desktop" || fail "the desktop entry is not valid"
appstreamcli validate --no-net "$share/metainfo/org.sapha.Sapha.metainfo.xml" || fail "the AppStream entry is not valid"
grep -q '^Name\[th\]=สภา' "$share/applications/org.sapha.Sapha.desktop" || fail "no Thai name in the desktop entry"

# Every document kind the plugins declare has its MIME type: in the MIME database built from our file,
# in the desktop entry, in the AppStream entry.
mkdir -p "$work/mime/packages"
cp "$share/mime/packages/sapha.xml" "$work/mime/packages/"
XDG_DATA_HOME="$work" update-mime-database "$work/mime" 2>"$work/mime.err" || { cat "$work/mime.err"; fail "update-mime-database refused sapha.xml"; }
[ ! -s "$work/mime.err" ] || { cat "$work/mime.err"; fail "update-mime-database warned about sapha.xml"; }
suffixes=$("$stage/bin/sapha-cli" plugins --json | python3 -c '
import json, sys
for plugin in json.load(sys.stdin):
    for kind in plugin.get("documentKinds", []):
        print(kind["suffix"])')
[ -n "$suffixes" ] || fail "sapha-cli plugins --json named no document kind"
for suffix in $suffixes; do
  name="${suffix#.}"; name="${name%.xml}"
  type="application/x-sapha-$name+xml"
  [ -f "$work/mime/application/x-sapha-$name+xml.xml" ] || fail "$suffix: no MIME type $type in the database"
  grep -q "\*$suffix" "$work/mime/globs2" || fail "$suffix: no glob in the MIME database"
  grep -q "^MimeType=.*$type;" "$share/applications/org.sapha.Sapha.desktop" || fail "$type: not in the desktop entry"
  grep -q "<mediatype>$type</mediatype>" "$share/metainfo/org.sapha.Sapha.metainfo.xml" || fail "$type: not in the AppStream entry"
done

# Icons: the SVG and every PNG size, each the size its folder says.
[ -f "$share/icons/hicolor/scalable/apps/org.sapha.Sapha.svg" ] || fail "no scalable icon"
for size in 16 24 32 48 64 128 256; do
  png="$share/icons/hicolor/${size}x${size}/apps/org.sapha.Sapha.png"
  [ -f "$png" ] || fail "no ${size}px icon"
  dimensions=$(python3 -c 'import struct, sys; d = open(sys.argv[1], "rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png")
  [ "$dimensions" = "${size}x${size}" ] || fail "the ${size}px icon is $dimensions"
done

# Manual pages: no warning from man/groff (what lintian checks), every verb of --help in each.
verbs=$(LANG=C "$stage/bin/sapha-cli" --bash-completion | sed -n 's/.*compgen -W "\(plugins [^"]*\)".*/\1/p')
[ -n "$verbs" ] || fail "the completion names no verb"
for page in "$share/man/man1/sapha.1.gz" "$share/man/man1/sapha-cli.1.gz" \
            "$share/man/th/man1/sapha.1.gz" "$share/man/th/man1/sapha-cli.1.gz"; do
  [ -f "$page" ] || fail "no manual page $page"
  LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" >"$work/page.txt" 2>"$work/page.err" || fail "man failed on $page"
  [ ! -s "$work/page.err" ] || { cat "$work/page.err"; fail "$page: man/groff warned"; }
done
zcat "$share/man/man1/sapha-cli.1.gz" > "$work/en.1"
zcat "$share/man/th/man1/sapha-cli.1.gz" > "$work/th.1"
for verb in $verbs; do
  roff="${verb//-/\\\\-}" # a hyphen in a verb is written \- in the page (plan-csv)
  grep -q "^\\\\fB$roff\\\\fR\|^\.B $roff$" "$work/en.1" || fail "sapha-cli(1) has no verb $verb"
  grep -q "^\\\\fB$roff\\\\fR\|^\.B $roff$" "$work/th.1" || fail "the Thai sapha-cli(1) has no verb $verb"
done
# Thai as a reader sees it: vowels and tone marks kept, lines within 80 columns.
preconv "$work/th.1" | groff -Tutf8 -man -P-cbou >"$work/th.txt" 2>/dev/null
grep -q "ตัวเลือก" "$work/th.txt" || fail "the Thai page lost its heading ตัวเลือก"
grep -q "สร้างพื้นที่ทำงานตัวอย่าง" "$work/th.txt" || fail "the Thai page lost the demo verb's summary"
python3 - "$work/th.txt" <<'PY' || fail "the Thai page has lines wider than 80 columns"
import sys, unicodedata
def width(line):  # Thai vowels above/below and tone marks take no column
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) == "Mn" else 1 for c in line)
wide = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if width(l) > 80]
for l in wide: print(width(l), l)
sys.exit(1 if wide else 0)
PY

# Bash completion: verbs, a verb's options, the kinds after `new`, folders after -C.
source "$share/bash-completion/completions/sapha-cli"
complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); _sapha_cli; echo "${COMPREPLY[*]}"; }
[ "$(complete_words sapha-cli exp)" = "export" ] || fail "sapha-cli exp<Tab> gave: $(complete_words sapha-cli exp)"
[ "$(complete_words sapha-cli act)" = "actions" ] || fail "a plugin's verb is not completed"
[ "$(complete_words sapha-cli -C /tmp log --j)" = "--json" ] || fail "log --j<Tab> gave: $(complete_words sapha-cli -C /tmp log --j)"
grep -qw "minutes.meeting" <<< "$(complete_words sapha-cli new "")" || fail "new <Tab> does not offer minutes.meeting"
echo "installation files: desktop entry, AppStream, $(echo $suffixes | wc -w) MIME types, icons, 4 manual pages, completion: ok"
