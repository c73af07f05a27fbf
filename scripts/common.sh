# Shared by scripts/demo, scripts/run and scripts/test: system libraries, then a virtual environment in .venv.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Debian/Ubuntu packages Qt 6 needs to draw a window (xcb) or run headless (offscreen),
# the fonts it renders with, and venv for Python.
SYSTEM_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  fonts-dejavu-core
)
# scripts/test only: the real-window test (tests/test_real_window.py) runs Chair on an X server
# (Xvfb), presses keys with xdotool and takes screenshots with xwd; the PDF script tests render
# pages with poppler (pdftoppm, pdftotext); the team-server tests start a real PostgreSQL from
# the distribution's packages (tests/pg_cluster.py).
TEST_SYSTEM_PACKAGES=(xvfb xdotool x11-apps poppler-utils postgresql)

# Arguments: packages wanted besides SYSTEM_PACKAGES.
ensure_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: see the README
  local missing=()
  local package installed
  local wanted=("${SYSTEM_PACKAGES[@]}" "$@")
  # One query for all of them: every launch runs this, so it must be quick.
  installed=$'\n'"$(dpkg-query -W -f='${Package} ${Status}\n' "${wanted[@]}" 2>/dev/null || true)"$'\n'
  for package in "${wanted[@]}"; do
    [[ "$installed" == *$'\n'"$package install ok installed"$'\n'* ]] || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "Please install them as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
}

# .venv/chair-installed records what was installed, one line per set of extras ("base" or
# "[test]"), each with the SHA-256 of the pyproject.toml it was installed from. A launch installs
# only when .venv is missing, pyproject.toml changed, or the extras asked for are not installed;
# otherwise it starts at once and needs no network.
STAMP="$VENV/chair-installed"
# The exact versions every install takes (scripts/lock refreshes them).
LOCK_FILE="$ROOT/requirements/lock.txt"
LOCK_CONSTRAINTS=()
if [ -f "$LOCK_FILE" ]; then LOCK_CONSTRAINTS=(-c "$LOCK_FILE"); fi

pyproject_hash() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1
  else
    shasum -a 256 "$ROOT/pyproject.toml" | cut -d' ' -f1
  fi
}

stamp_line() {
  echo "$(pyproject_hash) ${1:-base}"
}

# Succeeds (status 0) when .venv needs installing for these extras ("" or "[test]").
install_needed() {
  local extras="$1"
  [ -x "$VENV/bin/python" ] && [ -x "$VENV/bin/chair-app" ] && [ -f "$STAMP" ] || return 0
  ! grep -qxF "$(stamp_line "$extras")" "$STAMP"
}

ensure_venv() {
  local extras="$1"
  install_needed "$extras" || return 0
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
  fi
  echo "Installing Chair${extras:+ with $extras} into $VENV (this needs the network once)..."
  if ! { "$VENV/bin/python" -m pip install --quiet --upgrade pip \
      && "$VENV/bin/python" -m pip install --quiet "${LOCK_CONSTRAINTS[@]}" -e "$ROOT$extras"; }; then
    echo "Chair could not be installed into $VENV: see pip's message above. Is the network" \
      "available? Nothing was changed in your data." >&2
    exit 1
  fi
  local hash
  hash="$(pyproject_hash)"
  {
    # Lines for the same pyproject.toml stay; [test] brings the base install with it.
    grep "^$hash " "$STAMP" 2>/dev/null || true
    stamp_line "$extras"
    if [ -n "$extras" ]; then stamp_line ""; fi
  } | sort -u > "$STAMP.new"
  mv "$STAMP.new" "$STAMP"
}

# Compile every resources/translations/<variant>/*.ts into resources/translations/chair_<variant>.qm
# (Qt's lrelease, from PySide6, so it needs .venv). Unfinished translations are kept: they are
# shown, and counted as waiting for a Welsh speaker's review.
compile_translations() {
  local folder variant sources
  for folder in "$ROOT"/chair_app/resources/translations/*/; do
    variant="$(basename "$folder")"
    sources=("$folder"*.ts)
    [ -e "${sources[0]}" ] || continue
    "$VENV/bin/pyside6-lrelease" -silent "${sources[@]}" \
      -qm "$ROOT/chair_app/resources/translations/chair_$variant.qm"
  done
}
