#ifndef KEHOACH_CSYSTEMD_SHIM_H
#define KEHOACH_CSYSTEMD_SHIM_H
/* libsystemd (sd_notify, sd_watchdog_enabled, sd_journal_sendv) and the Linux descriptors the
   daemon's event loop waits on (signalfd, timerfd, inotify), which Glibc's Swift module does
   not always export. */
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <sys/inotify.h>
#include <sys/uio.h>
#include <poll.h>
#include <signal.h>
#endif
