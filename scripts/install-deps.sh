#!/usr/bin/env bash
# Installs what idea-tui needs to build and test: the ncursesw headers, the tz database
# (tzdata: the festival's times are Europe/Vilnius), tmux and OpenSSH's server and client
# (for the end-to-end tests, which start their own sshd; skipped with --run-only), and
# PostgreSQL's server programs (initdb, pg_ctl, psql: the PostgreSQL tests start their own
# server in a temporary folder; skipped with --run-only), and checks that Swift is there.
# On Debian/Ubuntu it installs with apt-get (as root, or through sudo); elsewhere it says
# exactly what to install and exits non-zero. Never prompts.
set -euo pipefail

run_only=0
[ "${1:-}" = "--run-only" ] && run_only=1

have_headers() {
    local dir
    for dir in /usr/include /usr/local/include /opt/homebrew/opt/ncurses/include /usr/local/opt/ncurses/include; do
        [ -f "$dir/ncursesw/curses.h" ] && return 0
    done
    return 1
}

# initdb and pg_ctl are not on PATH in Debian's package: they are in /usr/lib/postgresql/N/bin.
have_postgres() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && command -v psql >/dev/null 2>&1 && return 0
    done
    command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && command -v psql >/dev/null 2>&1
}

missing=()
have_headers || missing+=(headers)
[ -f "${TZDIR:-/usr/share/zoneinfo}/Europe/Vilnius" ] || missing+=(tzdata)
if [ "$run_only" = 0 ] && ! command -v tmux >/dev/null 2>&1; then missing+=(tmux); fi
have_sshd() { [ -x /usr/sbin/sshd ] || command -v sshd >/dev/null 2>&1; }
if [ "$run_only" = 0 ] && ! have_sshd; then missing+=(sshd); fi
if [ "$run_only" = 0 ] && { ! command -v ssh >/dev/null 2>&1 || ! command -v ssh-keygen >/dev/null 2>&1; }; then
    missing+=(ssh)
fi
if [ "$run_only" = 0 ] && ! have_postgres; then missing+=(postgresql); fi

if [ "${#missing[@]}" -gt 0 ]; then
    echo "install-deps: missing: ${missing[*]}" >&2
    if command -v apt-get >/dev/null 2>&1; then
        packages=()
        for m in "${missing[@]}"; do
            case "$m" in
                headers) packages+=(libncurses-dev) ;;
                tmux) packages+=(tmux) ;;
                tzdata) packages+=(tzdata) ;;
                sshd) packages+=(openssh-server) ;;
                ssh) packages+=(openssh-client) ;;
                postgresql) packages+=(postgresql) ;;
            esac
        done
        if [ "$(id -u)" = 0 ]; then
            sudo=()
        elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo=(sudo -n)
        else
            echo "install-deps: run as root: apt-get update && apt-get install -y ${packages[*]}" >&2
            exit 1
        fi
        export DEBIAN_FRONTEND=noninteractive
        "${sudo[@]}" apt-get update -qq </dev/null
        # libncurses-dev is the current name; older releases call it libncursesw5-dev.
        if ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" </dev/null; then
            packages=("${packages[@]/libncurses-dev/libncursesw5-dev}")
            "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" </dev/null
        fi
    else
        tools="ncurses (with wide-character headers), the tz database (tzdata)"
        [ "$run_only" = 0 ] && tools="$tools, tmux, OpenSSH (server and client) and PostgreSQL (initdb, pg_ctl, psql)"
        echo "install-deps: this is not Debian/Ubuntu; install $tools yourself, for example:" >&2
        echo "  macOS:         brew install ncurses tmux postgresql@16   (OpenSSH comes with macOS)" >&2
        echo "  Fedora/RHEL:   sudo dnf install ncurses-devel tmux openssh-server openssh-clients postgresql-server" >&2
        echo "  Arch:          sudo pacman -S ncurses tmux openssh postgresql" >&2
        echo "  Alpine:        apk add ncurses-dev tmux openssh postgresql" >&2
        echo "  (the tests find initdb and pg_ctl on PATH, or in /usr/lib/postgresql/N/bin)" >&2
        exit 1
    fi
    if ! have_headers; then
        echo "install-deps: ncursesw/curses.h is still missing after installing" >&2
        exit 1
    fi
    if [ "$run_only" = 0 ] && ! have_sshd; then
        echo "install-deps: sshd is still missing after installing openssh-server" >&2
        exit 1
    fi
    if [ "$run_only" = 0 ] && ! have_postgres; then
        echo "install-deps: initdb, pg_ctl or psql is still missing after installing postgresql" >&2
        exit 1
    fi
fi

if ! command -v swift >/dev/null 2>&1; then
    echo "install-deps: swift is not on PATH; idea-tui needs Swift 6 (see https://www.swift.org/install/)" >&2
    exit 1
fi
