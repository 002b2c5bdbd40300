"""A Debian 12 system booted with systemd-nspawn, for the tests that need a real systemd
(nspawn_test.py: the unit installed by hand; deb_test.py: the .deb installed with dpkg).

The rootfs is made once with debootstrap and cached in $KEHOACH_ROOTFS (default
/var/cache/kehoach-test/rootfs); each container boots it with --volatile=overlay, so the cached
rootfs is never changed, and sees the host directory `stage` read-only at /stage."""
import glob
import os
import shutil
import subprocess
import sys
import time

ROOTFS = os.environ.get("KEHOACH_ROOTFS", "/var/cache/kehoach-test/rootfs")


def host_mirror():
    """The Debian mirror this machine's apt already uses (its first `URIs:` or `deb` line), so
    the test fetches from where the machine is set up to, and names no host itself."""
    for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")) + ["/etc/apt/sources.list"]:
        try:
            lines = open(path, encoding="utf-8").read().splitlines()
        except OSError:
            continue
        for line in lines:
            words = line.split()
            if line.startswith("URIs:") and len(words) > 1 and "security" not in words[1]:
                return words[1]
            if words[:1] == ["deb"] and len(words) > 2 and "security" not in words[-3]:
                return next(w for w in words[1:] if "://" in w)
    raise SystemExit("nspawn: no Debian mirror found in /etc/apt; set KEHOACH_MIRROR")


def ensure_rootfs():
    """The cached minimal Debian 12 with systemd, made with debootstrap when missing."""
    if not os.path.exists(os.path.join(ROOTFS, "usr/lib/systemd/systemd")):
        mirror = os.environ.get("KEHOACH_MIRROR") or host_mirror()
        partial = ROOTFS + ".partial"
        shutil.rmtree(partial, ignore_errors=True)
        os.makedirs(os.path.dirname(ROOTFS), exist_ok=True)
        subprocess.run(["debootstrap", "--variant=minbase", "--include=systemd,systemd-sysv,dbus,libsqlite3-0,libcurl4,procps",
                        "bookworm", partial, mirror], check=True, stdout=subprocess.DEVNULL)
        os.rename(partial, ROOTFS)
    # A rootfs cached by an older version of this test may lack what the unit needs at run time:
    # libsqlite3 (the store), libcurl4 (kehoachd's alerts; it brings libssl3) and procps
    # (/bin/kill, ExecReload).
    if not (os.path.exists(os.path.join(ROOTFS, "usr/lib/x86_64-linux-gnu/libsqlite3.so.0"))
            and os.path.exists(os.path.join(ROOTFS, "usr/lib/x86_64-linux-gnu/libcurl.so.4"))
            and os.path.exists(os.path.join(ROOTFS, "bin/kill"))):
        shutil.copy("/etc/resolv.conf", os.path.join(ROOTFS, "etc/resolv.conf"))
        subprocess.run(["chroot", ROOTFS, "apt-get", "update", "-qq"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["chroot", ROOTFS, "apt-get", "install", "-y", "-qq", "libsqlite3-0", "libcurl4", "procps"], check=True,
                       stdout=subprocess.DEVNULL)


class Container:
    """A booted container: `inside()` runs a command in it, `stop()` powers it off."""

    def __init__(self, stage, name):
        self.stage = stage
        self.machine = "%s-%d" % (name, os.getpid())
        self.log = os.path.join(stage, "nspawn.log")
        self.process = subprocess.Popen(
            ["systemd-nspawn", "-D", ROOTFS, "--volatile=overlay", "-b", "--register=no", "--keep-unit",
             "-M", self.machine, "--console=passive", "--bind-ro=%s:/stage" % stage],
            stdout=subprocess.DEVNULL, stderr=open(self.log, "w"))
        self.leader = None
        for _ in range(300):
            self.leader = self._init()
            if self.leader or self.process.poll() is not None:
                break
            time.sleep(0.1)

    def _init(self):
        """The container's PID 1 as the host sees it: the child of systemd-nspawn that runs
        systemd. systemd-nspawn may first fork a short-lived helper, so the first child is not
        always it."""
        children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(self.process.pid)],
                                  capture_output=True, text=True).stdout.split()
        for pid in children:
            try:
                with open("/proc/%s/comm" % pid) as f:
                    if f.read().strip() == "systemd":
                        return pid
            except OSError:
                pass
        return None

    def inside(self, *cmd, check=False):
        """Runs `cmd` in all the container's namespaces; the CompletedProcess, text captured."""
        return subprocess.run(["nsenter", "-t", self.leader, "-a"] + list(cmd), capture_output=True, text=True,
                              check=check)

    def booted(self):
        """Waits for the container's systemd to finish booting; its state ("running", "degraded"...)."""
        state = ""
        for _ in range(100):
            if self.leader is None:
                break
            state = self.inside("systemctl", "is-system-running", "--wait").stdout.strip()
            if state in ("running", "degraded"):
                break
            time.sleep(0.2)
        if state not in ("running", "degraded"):
            print(open(self.log).read()[-3000:], file=sys.stderr)
        return state

    def show(self, unit, prop):
        """A property of a unit, as `systemctl show -p PROP --value` prints it."""
        return self.inside("systemctl", "show", "-p", prop, "--value", unit).stdout.strip()

    def stop(self):
        """Powers the container off (SIGRTMIN+4 to its systemd) and waits for systemd-nspawn."""
        if self.leader:
            subprocess.run(["kill", "-s", "SIGRTMIN+4", self.leader])
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
