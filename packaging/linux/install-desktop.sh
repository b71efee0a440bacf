#!/bin/sh
# Put gpuscope in the desktop's application menu, for the current user (no root needed).
#
#   packaging/linux/install-desktop.sh [--exec PATH]   install or update
#   packaging/linux/install-desktop.sh --uninstall     remove what it installed
#
# Installs under ${XDG_DATA_HOME:-~/.local/share}: the .desktop entry (applications/), AppStream
# metainfo (metainfo/), the icon in every hicolor size (icons/) and the GGUF MIME type (mime/).
# The entry runs PATH, by default the first of: gpuscope-gui on PATH, gpuscope on PATH, the
# checkout's .venv/bin/gpuscope-gui, the standalone build dist/gpuscope/gpuscope.
set -eu

APP_ID=io.github.gpuscope.GpuScope
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
EXEC=
UNINSTALL=0

usage() { sed -n '2,10s/^# \{0,1\}//p' "$0"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --exec) [ $# -ge 2 ] || { usage >&2; exit 2; }; EXEC=$2; shift 2 ;;
    --exec=*) EXEC=${1#--exec=}; shift ;;
    --uninstall) UNINSTALL=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install-desktop.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
  fi
  if command -v update-mime-database >/dev/null 2>&1 && [ -d "$DATA_HOME/mime/packages" ]; then
    update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -d "$DATA_HOME/icons/hicolor" ]; then
    gtk-update-icon-cache -q -t -f "$DATA_HOME/icons/hicolor" 2>/dev/null || true
  fi
}

icon_files() {  # relative paths under icons/ of every icon we ship
  (cd "$HERE/icons" && find hicolor -type f -name "$APP_ID.*" | sort)
}

if [ "$UNINSTALL" = 1 ]; then
  rm -f "$DATA_HOME/applications/$APP_ID.desktop" \
        "$DATA_HOME/metainfo/$APP_ID.metainfo.xml" \
        "$DATA_HOME/mime/packages/$APP_ID.xml"
  for icon in $(icon_files); do rm -f "$DATA_HOME/icons/$icon"; done
  refresh_caches
  printf 'gpuscope desktop entry removed from %s\n' "$DATA_HOME"
  exit 0
fi

if [ -z "$EXEC" ]; then
  for candidate in "$(command -v gpuscope-gui 2>/dev/null || true)" \
                   "$(command -v gpuscope 2>/dev/null || true)" \
                   "$ROOT/.venv/bin/gpuscope-gui" "$ROOT/dist/gpuscope/gpuscope"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then EXEC=$candidate; break; fi
  done
fi
if [ -z "$EXEC" ]; then
  echo "install-desktop.sh: no gpuscope launcher found; install gpuscope first" \
       "(pipx install .) or pass --exec PATH" >&2
  exit 1
fi
case "$EXEC" in /*) ;; *) EXEC=$(cd "$(dirname "$EXEC")" && pwd)/$(basename "$EXEC") ;; esac
[ -x "$EXEC" ] || { echo "install-desktop.sh: $EXEC is not an executable file" >&2; exit 1; }

# Desktop entry spec: an Exec= argument with characters outside a safe set is double-quoted, with
# " ` $ \ backslash-escaped, then string escapes double every backslash; % is written %%.
# TryExec= is a plain string value: only backslashes are doubled.
exec_arg() {
  case "$1" in
    *[!A-Za-z0-9/._+,=:@-]*)
      printf '"%s"' "$(printf '%s' "$1" | sed -e 's/%/%%/g' -e 's/\\/\\\\\\\\/g' \
                                                -e 's/["`$]/\\\\&/g')" ;;
    *) printf '%s' "$1" ;;
  esac
}
string_value() { printf '%s' "$1" | sed 's/\\/\\\\/g'; }
sed_escape() { printf '%s' "$1" | sed 's/[\\&|]/\\&/g'; }  # for a s|...|...| replacement
case "$EXEC" in *"
"*) echo "install-desktop.sh: a launcher path with a newline cannot go in a desktop entry" >&2
    exit 1 ;;
esac

mkdir -p "$DATA_HOME/applications" "$DATA_HOME/metainfo" "$DATA_HOME/mime/packages"
sed -e "s|^TryExec=.*|TryExec=$(sed_escape "$(string_value "$EXEC")")|" \
    -e "s|^Exec=gpuscope-gui|Exec=$(sed_escape "$(exec_arg "$EXEC")")|" \
    "$HERE/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
cp "$HERE/$APP_ID.mime.xml" "$DATA_HOME/mime/packages/$APP_ID.xml"
for icon in $(icon_files); do
  mkdir -p "$DATA_HOME/icons/$(dirname "$icon")"
  cp "$HERE/icons/$icon" "$DATA_HOME/icons/$icon"
done
refresh_caches
printf 'gpuscope desktop entry installed in %s (runs %s)\n' "$DATA_HOME" "$EXEC"
