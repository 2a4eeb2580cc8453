#!/usr/bin/env bash
# Sapha — installs what building, running and testing Sapha needs, from Debian's packages only.
# Installs only what is missing; uses sudo when not root. Nothing is downloaded from elsewhere.
# Packages given as arguments are installed too (make fuzz adds clang's).
set -euo pipefail

packages=(
  # build
  g++ cmake ninja-build pkg-config make gettext git
  # the installation: icons drawn from the SVG, the .deb (dpkg-shlibdeps computes its Depends), and
  # checking it as Debian does (lintian, desktop-file-validate, appstreamcli, man's warnings)
  librsvg2-bin dpkg-dev fakeroot lintian desktop-file-utils appstream man-db groff-base
  # the package test asks GIO, as a file manager does, which application opens a .meeting.xml
  shared-mime-info libglib2.0-bin
  # libraries (Debian 12 versions: wxWidgets 3.2, Poco 1.11, libgit2 1.5, pugixml 1.13, doctest 2.4, ICU 72)
  libwxgtk3.2-dev libgtk-3-dev libpoco-dev libgit2-dev libpugixml-dev doctest-dev libicu-dev
  # running headless and looking at what a person sees; Thai fonts for shaping
  xvfb xauth fonts-thai-tlwg
  # the GUI journeys type Thai letters as key events (XTest)
  libxtst-dev
  # export: PDF drawn with pango and cairo; LibreOffice and poppler to check what is exported
  libpango1.0-dev libcairo2-dev libreoffice-writer poppler-utils
  # LibreOffice's own Accept All and Reject All on exported tracked changes, driven through UNO
  python3-uno
  # brainstorm: the join QR code (libqrencode), and zbar to read it back in the tests
  libqrencode-dev zbar-tools
  # the participants' page tested in a real browser
  chromium
  # the GUI test's participant joins the board's live session over HTTP (curl; python3 reads its JSON,
  # the tests' scripts edit XML with it)
  curl python3
  # the reliability test that moves the clock under a saving process (Debian's libfaketime)
  faketime
  # the HTTPS remote of the sync tests: its certificates made with openssl, the system's authorities
  # (which Sapha trusts) from ca-certificates
  openssl ca-certificates
  # what a caller adds (make fuzz: clang and its runtime, which holds libFuzzer)
  "$@"
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "sapha: installing ${missing[*]}" >&2
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "sapha: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
