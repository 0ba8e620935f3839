# A private OpenSSH server for the ssh tests and the ssh benchmark: its own host key,
# config, authorized_keys and a free high port on 127.0.0.1, stopped by sshd_stop (call
# it from the script's EXIT trap). It logs in the user running the script; as root (CI),
# root, which `PermitRootLogin forced-commands-only` lets in only through a key with a
# forced command, exactly what `idea-tui access grant` writes.
#
# After sshd_start DIR: $SSH_AK (the authorized_keys file), $SSH_PORT, $SSH_USER, and
# ssh_as KEY [command…] to log in with a key (more ssh options in the array SSH_EXTRA).

SSHD_PID=""

sshd_binary() {
    local candidate
    for candidate in "$(command -v sshd 2>/dev/null)" /usr/sbin/sshd /usr/local/sbin/sshd; do
        [ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return 0; }
    done
    return 1
}

sshd_start() {  # dir
    local dir="$1" sshd try
    sshd="$(sshd_binary)" || { echo "sshd is not installed (scripts/install-deps.sh installs openssh-server)" >&2; return 1; }
    mkdir -p "$dir"
    SSH_USER="$(id -un)"
    SSH_AK="$dir/authorized_keys"
    # sshd running as root needs its privilege separation folder.
    [ "$(id -u)" = 0 ] && [ ! -d /run/sshd ] && mkdir -p -m 0755 /run/sshd
    rm -f "$dir/host_key" "$dir/host_key.pub"
    ssh-keygen -q -t ed25519 -N '' -C test-host -f "$dir/host_key" || return 1
    for try in 1 2 3 4 5; do
        SSH_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
        cat >"$dir/sshd_config" <<CONFIG
ListenAddress 127.0.0.1
Port $SSH_PORT
HostKey $dir/host_key
PidFile none
AuthorizedKeysFile $SSH_AK
# The test's folders are not root's own; the authorized_keys file still must be 0600.
StrictModes no
UsePAM no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin forced-commands-only
AllowUsers $SSH_USER
UseDNS no
# Twenty sessions at once must not be turned away before they log in.
MaxStartups 200
MaxSessions 200
# The tests name the app's input log; IDEA_TUI_USER is sent to show it is not used.
AcceptEnv LANG LC_* IDEA_TUI_INPUT_LOG IDEA_TUI_USER IDEA_TUI_LOCK_WAIT
LogLevel VERBOSE
CONFIG
        : >"$dir/sshd.log"
        "$sshd" -D -e -f "$dir/sshd_config" 2>>"$dir/sshd.log" &
        SSHD_PID=$!
        local deadline=$(( $(date +%s) + 30 ))
        while [ "$(date +%s)" -lt "$deadline" ]; do
            grep -q "Server listening" "$dir/sshd.log" && return 0
            kill -0 "$SSHD_PID" 2>/dev/null || break
            sleep 0.05
        done
        sshd_stop
        grep -q "Address already in use" "$dir/sshd.log" || break
    done
    echo "sshd did not start; its log:" >&2
    sed 's/^/    | /' "$dir/sshd.log" >&2
    return 1
}

sshd_stop() {
    [ -n "$SSHD_PID" ] || return 0
    kill "$SSHD_PID" 2>/dev/null
    wait "$SSHD_PID" 2>/dev/null
    SSHD_PID=""
}

# ssh with nothing from the user's own configuration, known hosts or agent.
SSH_EXTRA=()
ssh_as() {  # key [command…]
    local key="$1"; shift
    ssh -F /dev/null -p "$SSH_PORT" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes \
        -o LogLevel=ERROR -o IdentitiesOnly=yes -o IdentityAgent=none -o ConnectTimeout=30 ${SSH_EXTRA[@]+"${SSH_EXTRA[@]}"} \
        -i "$key" "$SSH_USER@127.0.0.1" "$@"
}
