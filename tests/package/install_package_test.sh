#!/usr/bin/env bash
# Sapha tests — the Debian package as a user gets it: made by CPack from this build, lintian clean,
# installed with `apt-get install ./sapha_*.deb` into this machine's system, used from /usr/bin (the
# demo, an export, the GUI opened on a meeting as a double-click in the file manager opens it: through
# the desktop entry's Exec line), upgraded in place by `dpkg -i` of a later version, and purged with no
# file left behind. The system is left as it was found: a test that finds Sapha installed already, or
# cannot become root, is skipped (exit 77) rather than touching it.
set -euo pipefail
build="$1"
shots="$2"
export DEBIAN_FRONTEND=noninteractive

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  sudo -n true 2>/dev/null || { echo "SKIP: installing a package needs root or sudo without a password"; exit 77; }
  as_root=(sudo -n)
fi
if [[ "$(dpkg-query -W -f='${Status}' sapha 2>/dev/null || true)" == *installed* ]]; then
  echo "SKIP: a sapha package is installed on this machine already; this test would not leave it as it was"
  exit 77
fi

work="$(mktemp -d)"
installed=no
cleanup() {
  if [ "$installed" = yes ]; then "${as_root[@]}" apt-get purge -y -q sapha >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$shots" "$work/config"
export SAPHA_CONFIG_HOME="$work/config" SAPHA_PLUGIN_PATH= XDG_DATA_HOME="$work/data" HOME="$work"
echo '{ "author.name": "ผู้ทดสอบ แพ็กเกจ", "author.email": "package@example.invalid", "ui.language": "th" }' > "$SAPHA_CONFIG_HOME/settings.json"

# The package, as `make package` makes it.
cpack --config "$build/CPackConfig.cmake" -B "$work/package" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/package/sapha_*.deb)
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: $(basename "$deb"), Depends: $depends"
[ "$version" = "$("$build/stage/bin/sapha-cli" --version | awk '{print $2}')" ] || fail "package version $version is not sapha-cli's"
for needed in libgit2-1.5 libwxgtk3.2-1 libicu72 libpocofoundation80 libpugixml1v5 libpangocairo-1.0-0 fonts-thai-tlwg; do
  grep -q "$needed" <<< "$depends" || fail "Depends lacks $needed (computed by dpkg-shlibdeps, fonts by hand)"
done
[ "$(dpkg-deb -f "$deb" Recommends)" = "ca-certificates" ] || fail "Recommends is not ca-certificates (HTTPS sync's authorities)"
lintian_status=0
lintian --fail-on error,warning --info "$deb" >"$work/lintian.txt" 2>&1 || lintian_status=$?
grep -v "running with root privileges" "$work/lintian.txt" || true
[ "$lintian_status" -eq 0 ] || fail "lintian found errors or warnings"

# What the system holds before, to compare after the purge (names only; /usr/local is not the package's).
snapshot() { find /usr /etc -xdev -path /usr/local -prune -o -print 2>/dev/null | grep -v '^/etc/ld.so.cache$' | sort; }
snapshot > "$work/before.txt"

"${as_root[@]}" apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install failed"; }
installed=yes
[ -x /usr/bin/sapha ] && [ -x /usr/bin/sapha-cli ] || fail "the programs are not in /usr/bin"
for binary in /usr/bin/sapha /usr/bin/sapha-cli $(dpkg -L sapha | grep '\.so$'); do
  [[ "$(ldd "$binary" 2>&1)" != *"not found"* ]] || { ldd "$binary"; fail "$binary does not find a library it needs"; }
done

# The command line, from /usr/bin, finding its plugins in the installed tree.
cd "$work"
/usr/bin/sapha-cli plugins --json > plugins.json
python3 - plugins.json <<'PY' || fail "the installed plugins are not all running from /usr/lib"
import json, sys
plugins = json.load(open(sys.argv[1]))
ids = sorted(p["id"] for p in plugins if p["state"] == "running" and p["folder"].startswith("/usr/lib/"))
print("running from /usr/lib:", ids)
sys.exit(0 if {"brainstorm", "minutes", "standards", "plans"} <= set(ids) else 1)
PY
/usr/bin/sapha-cli demo "$work/demo" >/dev/null || fail "sapha-cli demo failed"
meeting=$(cd "$work/demo" && ls minutes/*.meeting.xml | head -1)
/usr/bin/sapha-cli -C "$work/demo" export "$meeting" --format pdf -o "$work/meeting.pdf" >/dev/null || fail "export failed"
pdftotext "$work/meeting.pdf" "$work/meeting.txt"
grep -q "รายงานการประชุม" "$work/meeting.txt" || fail "the exported PDF has no Thai title"
[ "$(man -w sapha-cli)" = /usr/share/man/man1/sapha-cli.1.gz ] || fail "man does not find sapha-cli(1): $(man -w sapha-cli 2>&1)"
[ "$(man -L th -w sapha-cli)" = /usr/share/man/th/man1/sapha-cli.1.gz ] || fail "man -L th does not find the Thai page"

# The file manager's double-click: the MIME type is known, its application is Sapha, and the desktop
# entry's Exec line opens the workspace at that meeting, the window in Thai.
# (GIO answers as GTK's file managers ask: the file's type by the MIME database, the type's default
# application by the desktop database; both are refreshed by dpkg's triggers.)
content_type=$(gio info -a standard::content-type "$work/demo/$meeting" | sed -n 's/.*standard::content-type: //p')
[ "$content_type" = "application/x-sapha-meeting+xml" ] || fail "a .meeting.xml is seen as \"$content_type\""
gio mime application/x-sapha-meeting+xml > "$work/gio-mime.txt"
grep -q "Default application for .*: org.sapha.Sapha.desktop" "$work/gio-mime.txt" \
  || { cat "$work/gio-mime.txt"; fail "Sapha is not the application that opens a .meeting.xml"; }
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/org.sapha.Sapha.desktop)
[ "$exec_line" = "sapha %f" ] || fail "unexpected Exec line: $exec_line"
read -r -a command <<< "${exec_line/\%f/--screenshot $work/installed.png $work/demo/$meeting}"
env -u SAPHA_LANG PATH=/usr/bin:/bin xvfb-run -a -s "-screen 0 1366x768x24" "${command[@]}" >"$work/gui.out" 2>"$work/gui.err" \
  || { cat "$work/gui.out" "$work/gui.err"; fail "the installed GUI failed"; }
cat "$work/gui.out"
grep -q '^tabs 1$' "$work/gui.out" || fail "the meeting was not opened in a tab"
grep -q '^window "demo — Sapha"$' "$work/gui.out" || fail "the window is not on the demo workspace"
grep -q '^menu "แฟ้ม"$' "$work/gui.out" || fail "the menus are not in Thai (the installed catalog was not found)"
! grep -q "catalog" "$work/gui.err" || { cat "$work/gui.err"; fail "the GUI did not find its translations"; }
cp "$work/installed.png" "$shots/installed-sapha.png"

# An upgrade in place: the same package as a later version, installed over it with dpkg -i.
dpkg-deb -R "$deb" "$work/next"
sed -i "s/^Version: .*/Version: $version+next1/" "$work/next/DEBIAN/control"
dpkg-deb --root-owner-group -b "$work/next" "$work/sapha_next.deb" >/dev/null
"${as_root[@]}" dpkg -i "$work/sapha_next.deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i of the next version failed"; }
[ "$(dpkg-query -W -f='${Version}' sapha)" = "$version+next1" ] || fail "the upgrade did not replace the version"
/usr/bin/sapha-cli -C "$work/demo" list >/dev/null || fail "sapha-cli does not run after the upgrade"

# The purge leaves nothing behind.
"${as_root[@]}" apt-get purge -y -q sapha >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "apt-get purge failed"; }
installed=no
! dpkg-query -W sapha >/dev/null 2>&1 || fail "dpkg still knows sapha after the purge"
snapshot > "$work/after.txt"
if ! diff "$work/before.txt" "$work/after.txt" > "$work/left.txt"; then
  cat "$work/left.txt"
  fail "the system differs after the purge"
fi
echo "package: lintian clean, installed, used from /usr/bin, upgraded in place, purged without a trace"
