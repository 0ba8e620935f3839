// ncursesw for Swift: the wide-character API, plus inline wrappers for what does not
// import (macros, attribute constants, C globals under Swift 6 strict concurrency).
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// The terminal's width of a character under the current locale (glibc declares it only
// for X/Open builds).
extern int wcwidth(wchar_t c);
static inline int cn_wcwidth(unsigned int c) { return wcwidth((wchar_t)c); }

// C globals, read through functions.
static inline FILE *cn_stdout(void) { return stdout; }
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

// Macros that assign to their arguments.
static inline void cn_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline int cn_key_f(int n) { return KEY_F(n); }

// Attributes.
static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }

// Mouse masks.
static inline mmask_t cn_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t cn_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t cn_button5_pressed(void) { return 0; }
#endif

// The terminal's mouse report prefix (terminfo kmous), or NULL: "\033[M" for X10-style
// reports, "\033[<" for SGR ones.
static inline const char *cn_key_mouse(void) {
    const char *s = key_mouse;
    return (s == NULL || s == (char *)-1) ? NULL : s;
}

// Checks a terminal without ncurses ever printing or exiting:
// 0 usable; 1 unknown terminal type; 2 no terminfo database; 3 hardcopy;
// 4 no cursor addressing ("cup"), as for TERM=dumb.
static inline int cn_check_terminal(const char *term, int fd) {
    int err = 0;
    if (setupterm((char *)term, fd, &err) != OK) {
        if (err == 1) return 3;
        if (err == -1) return 2;
        return 1;
    }
    char *cup = tigetstr("cup");
    int ok = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return ok ? 0 : 4;
}

// A string capability of the current terminal ("rmcup", "cnorm" …), or NULL when it has
// none (tigetstr says so with NULL or (char *)-1).
static inline const char *cn_tigetstr(const char *name) {
    char *s = tigetstr((char *)name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}

// newterm on the process's own stdout and stdin; NULL (not exit) when it fails.
static inline SCREEN *cn_newterm(const char *term) { return newterm(term, stdout, stdin); }

#endif
