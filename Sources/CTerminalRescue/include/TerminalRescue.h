// Gives the terminal back when the app dies of a fatal signal (a Swift trap, abort, a
// bad memory access) while ncurses has it: mouse reporting and bracketed paste off, the
// cursor shown, the alternate screen left, the terminal's mode as it was before the app
// started; then the signal's default action, so the exit status still says it crashed.
// In C because a signal handler may only call async-signal-safe functions, which Swift
// code cannot promise.
#ifndef TERMINAL_RESCUE_H
#define TERMINAL_RESCUE_H

#include <stddef.h>

// Saves the terminal mode of `fd` as it is now (before ncurses changes it). 0 on success.
int rescue_save_mode(int fd);

// Keeps `length` bytes to write to `fd` on a fatal signal (what turns off what the app
// turned on), sends stderr to a private file so a crash message written while the
// alternate screen is up is not lost with it, and installs the handlers for SIGILL,
// SIGTRAP, SIGABRT, SIGSEGV, SIGBUS and SIGFPE (on their own stack, so a stack overflow
// is caught too). 0 on success.
int rescue_arm(int fd, const char *bytes, size_t length);

// Puts back the handlers that were there before and stderr, copying to it what was
// written meanwhile. Call after ncurses has given the terminal back.
void rescue_disarm(void);

#endif
