#!/usr/bin/env bash
# tst_package: the .deb as a user gets it. Builds the packages with cpack from the build directory,
# unpacks the .deb into a scratch root with dpkg -x and checks its metadata (Depends from
# dpkg-shlibdeps, Recommends), its desktop integration (desktop file, AppStream, MIME types, icons)
# and its programs: the installed pgjsonload loads files into the test server, and the installed
# pgjsonload-gui starts with files the way the desktop file's Exec line starts it.
#
#   installer/test-package.sh BUILD_DIR TEST_SERVER_DIR VERSION GUI(0|1)
set -euo pipefail

build=$1 server=$2 version=$3 gui=$4
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/pgjsonload-package.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "tst_package: FAIL: $*" >&2; exit 1; }
step() { echo "tst_package: $*"; }

# The libraries must come from the system, as on a user's machine.
unset LD_LIBRARY_PATH

step "cpack"
(cd "$build" && cpack -G "DEB;TGZ" -B "$work/out") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$work/out/pgjsonload_${version}_$(dpkg --print-architecture).deb
tgz=$(ls "$work"/out/pgjsonload-"$version"-*.tar.gz)
[ -f "$deb" ] || { ls "$work/out"; fail "no $deb"; }
# (Listings go through variables: grep -q at the end of a pipe could leave its writer a SIGPIPE.)
grep -q '/bin/pgjsonload$' <<<"$(tar -tzf "$tgz")" || fail "the .tar.gz has no bin/pgjsonload"

step "control fields"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
depends=$(field Depends)
echo "  Depends: $depends"
echo "  Recommends: $(field Recommends)"
needed=(libpq5 libqt6core6)
[ "$gui" = 1 ] && needed+=(libqt6gui6 libqt6widgets6 qt6-qpa-plugins)
for p in "${needed[@]}"; do
    grep -Eq "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p"
done
grep -Eq '(^|, )postgresql( |,|$)' <<<"$(field Recommends)" || fail "Recommends lacks postgresql"
dpkg-deb --contents "$deb" | awk '{ print $6 }' | grep -Ev '^\./(usr(/|$)|$)' && fail "files outside /usr"

step "contents"
root=$work/root
dpkg -x "$deb" "$root"
share=$root/usr/share
files=(usr/bin/pgjsonload usr/share/doc/pgjsonload/copyright usr/share/doc/pgjsonload/changelog.gz)
if [ "$gui" = 1 ]; then
    files+=(usr/bin/pgjsonload-gui usr/share/applications/io.github.pgjsonload.desktop
        usr/share/metainfo/io.github.pgjsonload.metainfo.xml usr/share/mime/packages/pgjsonload.xml
        usr/share/icons/hicolor/scalable/apps/pgjsonload.svg)
    for size in 16 32 48 64 128 256; do
        files+=("usr/share/icons/hicolor/${size}x$size/apps/pgjsonload.png")
    done
fi
for f in "${files[@]}"; do
    [ -s "$root/$f" ] || fail "package lacks /$f"
done
grep -q "^pgjsonload ($version) " <<<"$(zcat "$share/doc/pgjsonload/changelog.gz")" ||
    fail "installer/changelog does not start with version $version"
for exe in "$root"/usr/bin/*; do
    grep -Eq 'RPATH|RUNPATH' <<<"$(readelf -d "$exe")" && fail "$exe has a run path (into the build tree?)"
    ldd "$exe" | grep 'not found' && fail "$exe: libraries not found"
done
compgen -G "$share/man/man1/pgjsonload.1*" >/dev/null || fail "package lacks the manual page pgjsonload(1)"
# Man pages must at least be roff with a title.
while IFS= read -r page; do
    grep -q '^\.TH ' <<<"$(zcat -f "$page")" || fail "$page is not a man page"
done < <(find "$share/man" -type f 2>/dev/null)

if [ "$gui" = 1 ]; then
    step "desktop integration"
    metainfo=$share/metainfo/io.github.pgjsonload.metainfo.xml
    appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
    # The newest release comes first.
    [ "$(grep -o -m1 '<release version="[^"]*"' "$metainfo")" = "<release version=\"$version\"" ] ||
        fail "the metainfo's newest release is not $version"
    desktop-file-validate "$share/applications/io.github.pgjsonload.desktop" || fail "desktop-file-validate"
    # Every type the desktop file claims must be known once the package's MIME file is merged into
    # the system's database (application/json is the freedesktop.org list's own).
    mkdir -p "$work/mime/packages"
    cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/pgjsonload.xml" "$work/mime/packages/"
    update-mime-database "$work/mime" 2>"$work/mime.log" || { cat "$work/mime.log"; fail "update-mime-database"; }
    for glob in ndjson jsonl; do
        grep -q ":\\*\\.$glob\$" "$work/mime/globs2" || fail "*.$glob is not mapped to a type"
    done
    for type in $(sed -n 's/^MimeType=//p' "$share/applications/io.github.pgjsonload.desktop" | tr ';' ' '); do
        grep -qx "$type" "$work/mime/types" || fail "MimeType $type is not a known type"
    done
fi

step "pgjsonload --version"
out=$("$root/usr/bin/pgjsonload" --version)
echo "  $out"
grep -q "$version" <<<"$out" || fail "--version says '$out'"

step "load with the installed pgjsonload"
export HOME=$work/home # the log and settings go there, not into the caller's home
mkdir -p "$HOME" "$work/data"
printf '{"id":1}\n{"id":2}\n{"id":3,"tags":["a","b"]}\n' >"$work/data/a.ndjson"
printf '[{"id":4},\n{"id":5},\n{"id":6}' >"$work/data/b.json" # the "broken array" framing
printf '{"id":7}\n{"id":8,}\n' | gzip >"$work/data/c.jsonl.gz"    # one bad record
admin=$(bash "$src/tests/pgserver.sh" dsn "$server")
export PGOPTIONS="-c client_min_messages=warning"
psql "$admin" -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS tst_package" -c "CREATE DATABASE tst_package"
dsn=${admin/dbname=postgres/dbname=tst_package}
[ "$dsn" != "$admin" ] || fail "unexpected DSN $admin"
rc=0
"$root/usr/bin/pgjsonload" load --src_file "$work/data" --dst_table events --rejects "$work/rejects.ndjson" \
    --dsn "$dsn" || rc=$?
[ "$rc" = 3 ] || fail "load exited with $rc, expected 3 (finished, one record rejected)"
rows=$(psql "$dsn" -qAtX -c "SELECT string_agg(data->>'id', ',' ORDER BY (data->>'id')::int) FROM events")
[ "$rows" = "1,2,3,4,5,6,7" ] || fail "table holds ids '$rows'"
[ "$(wc -l <"$work/rejects.ndjson")" = 1 ] || fail "expected one reject"
psql "$admin" -qX -c "DROP DATABASE tst_package"

if [ "$gui" = 1 ]; then
    step "pgjsonload-gui from the desktop file's Exec line"
    exec_line=$(sed -n 's/^Exec=//p' "$share/applications/io.github.pgjsonload.desktop")
    [ "${exec_line%% *}" = pgjsonload-gui ] || fail "Exec runs '${exec_line%% *}'"
    # %F: the files, each a separate argument. The line has no quoting, so words are arguments.
    read -ra words <<<"$exec_line"
    argv=()
    for word in "${words[@]}"; do
        if [ "$word" = %F ]; then argv+=("$work/data/a.ndjson" "$work/data/b.json"); else argv+=("$word"); fi
    done
    rc=0
    PATH=$root/usr/bin:$PATH QT_QPA_PLATFORM=offscreen timeout 4 "${argv[@]}" >"$work/gui.log" 2>&1 || rc=$?
    [ "$rc" = 124 ] || { cat "$work/gui.log"; fail "pgjsonload-gui ended by itself (exit $rc) instead of running"; }
fi
step "ok"
