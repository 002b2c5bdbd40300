#ifndef KEHOACH_CSYSTEMD_SHIM_H
#define KEHOACH_CSYSTEMD_SHIM_H
/* libsystemd (sd_notify, sd_watchdog_enabled, sd_journal_sendv) and the Linux descriptors the
   daemon's event loop waits on (signalfd, timerfd, inotify), which Glibc's Swift module does
   not always export, and malloc_trim. */
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <sys/inotify.h>
#include <sys/uio.h>
#include <poll.h>
#include <signal.h>
#include <malloc.h> /* malloc_trim: return a cycle's freed heap to the kernel */
#endif
