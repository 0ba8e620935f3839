#!/usr/bin/env bash
# Every programme export read back by a reader that is not ours, on hostile text, in
# English and Lithuanian (see scripts/check-exports.py), and the --excel CSV opened by
# LibreOffice Calc with Lithuanian settings. Installs Python's icalendar and xmlschema,
# and Debian's libreoffice-calc-nogui, when missing (skipped, with the reason, where
# apt-get cannot run). Then: who may read the files written.
source "$(dirname "$0")/lib/common.bash"
e2e_build

for package in icalendar xmlschema; do
    if ! python3 -c "import $package" 2>/dev/null; then
        echo "  installing the Python package $package"
        python3 -m pip install --quiet "$package" </dev/null || { fail "$package could not be installed"; e2e_finish; }
    fi
done
if ! command -v soffice >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "  LibreOffice is not installed and apt-get is not there: the spreadsheet check is skipped"
    elif [ "$(id -u)" != 0 ] && ! sudo -n true 2>/dev/null; then
        echo "  LibreOffice is not installed and installing needs root: the spreadsheet check is skipped"
    else
        echo "  installing LibreOffice Calc (libreoffice-calc-nogui) for the spreadsheet check"
        sudo=(); [ "$(id -u)" != 0 ] && sudo=(sudo -n)
        export DEBIAN_FRONTEND=noninteractive
        "${sudo[@]}" apt-get update -qq </dev/null >/dev/null 2>&1
        "${sudo[@]}" apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui </dev/null >/dev/null 2>&1 \
            || echo "  LibreOffice could not be installed: the spreadsheet check is skipped"
    fi
fi
check "each export reads back through an independent reader" python3 scripts/check-exports.py "$BIN" ideas.db.json "$E2E_TMP"

# A published programme is for others to read: it honours the umask. A file with contact
# details (or the invitations, which name who was asked) is its owner's only, whatever
# the umask, even over a file that was readable before.
mode() { stat -c %a "$1"; }
out="$E2E_TMP/modes"
mkdir -p "$out"
(umask 022; "$BIN" export --db ideas.db.json --format html --output "$out/programme.html" 2>/dev/null)
check "a programme under umask 022 is 0644" test "$(mode "$out/programme.html")" = 644
(umask 002; "$BIN" export --db ideas.db.json --format ics --output "$out/programme.ics" 2>/dev/null)
check "a programme under umask 002 is 0664" test "$(mode "$out/programme.ics")" = 664
(umask 077; "$BIN" export --db ideas.db.json --format csv --output "$out/private.csv" 2>/dev/null)
check "a programme under umask 077 is 0600" test "$(mode "$out/private.csv")" = 600
(umask 022; "$BIN" export --db ideas.db.json --format csv --include-contacts --output "$out/programme.html" 2>/dev/null)
check "contact details over a 0644 file make it 0600" test "$(mode "$out/programme.html")" = 600
(umask 022; "$BIN" export --db ideas.db.json --format invitations --output "$out/invitations.csv" 2>/dev/null)
check "the invitations are 0600 under umask 022" test "$(mode "$out/invitations.csv")" = 600
e2e_finish
