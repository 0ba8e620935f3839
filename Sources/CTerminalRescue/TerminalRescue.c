#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "TerminalRescue.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

static const int fatal_signals[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE};
#define FATAL_COUNT (sizeof fatal_signals / sizeof fatal_signals[0])

static struct termios saved_mode;
static int saved_mode_fd = -1;
static char restore_bytes[1024];
static size_t restore_length;
static int terminal_fd = -1;
static struct sigaction previous[FATAL_COUNT];
static volatile sig_atomic_t armed;
// stderr while armed: the real one (kept) and the file that takes its place.
static int real_stderr = -1;
static int captured_stderr = -1;
static char alternate_stack[64 * 1024];

int rescue_save_mode(int fd) {
    if (tcgetattr(fd, &saved_mode) != 0) return -1;
    saved_mode_fd = fd;
    return 0;
}

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t n = write(fd, bytes, length);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        bytes += n;
        length -= (size_t)n;
    }
}

// Puts stderr back and copies to it the end of what was written to the file meanwhile.
static void release_stderr(void) {
    if (real_stderr < 0) return;
    dup2(real_stderr, STDERR_FILENO);
    if (captured_stderr >= 0) {
        struct stat st;
        off_t start = 0;
        if (fstat(captured_stderr, &st) == 0 && st.st_size > 64 * 1024) start = st.st_size - 64 * 1024;
        if (lseek(captured_stderr, start, SEEK_SET) >= 0) {
            char buffer[4096];
            ssize_t n;
            while ((n = read(captured_stderr, buffer, sizeof buffer)) > 0) write_all(STDERR_FILENO, buffer, (size_t)n);
        }
        close(captured_stderr);
        captured_stderr = -1;
    }
    close(real_stderr);
    real_stderr = -1;
}

static void capture_stderr(void) {
    char path[] = "/tmp/idea-tui-stderr.XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return;
    unlink(path);
    int real = dup(STDERR_FILENO);
    if (real < 0 || dup2(fd, STDERR_FILENO) < 0) {
        if (real >= 0) close(real);
        close(fd);
        return;
    }
    real_stderr = real;
    captured_stderr = fd;
}

// Only async-signal-safe calls from here on: write, tcsetattr, dup2, fstat, lseek, read,
// close, sigaction, raise.
static void on_fatal(int sig) {
    if (armed) {
        armed = 0;
        write_all(terminal_fd, restore_bytes, restore_length);
        if (saved_mode_fd >= 0) tcsetattr(saved_mode_fd, TCSAFLUSH, &saved_mode);
        release_stderr();
        static const char before[] = "idea-tui stopped on an internal error (signal ";
        static const char after[] = "); the terminal was given back as it was.\n";
        char line[sizeof before + sizeof after + 4];
        size_t n = sizeof before - 1;
        memcpy(line, before, n);
        if (sig >= 10) line[n++] = (char)('0' + sig / 10 % 10);
        line[n++] = (char)('0' + sig % 10);
        memcpy(line + n, after, sizeof after);
        write_all(STDERR_FILENO, line, strlen(line));
    }
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(sig, &fallback, NULL);
    // Pending until this handler returns (the signal is blocked in it), then the default
    // action ends the process; a fault that returns here happens again and does the same.
    raise(sig);
}

int rescue_arm(int fd, const char *bytes, size_t length) {
    if (length > sizeof restore_bytes) length = sizeof restore_bytes;
    memcpy(restore_bytes, bytes, length);
    restore_length = length;
    terminal_fd = fd;

    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack = {.ss_sp = alternate_stack, .ss_size = sizeof alternate_stack, .ss_flags = 0};
        sigaltstack(&stack, NULL);
    }
    capture_stderr();
    armed = 1;
    int result = 0;
    for (size_t i = 0; i < FATAL_COUNT; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = on_fatal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_ONSTACK;
        if (sigaction(fatal_signals[i], &action, &previous[i]) != 0) result = -1;
    }
    return result;
}

void rescue_disarm(void) {
    if (!armed) return;
    armed = 0;
    for (size_t i = 0; i < FATAL_COUNT; i++) sigaction(fatal_signals[i], &previous[i], NULL);
    release_stderr();
}
