# kehoach: the usual entry points. README's two commands are `make demo` and `make test`.
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: demo test bench bench-daemon bench-capi build lib fuzz install clean

# make demo AS_OF=2025-07-10: the situation on that day (default today).
demo:
	scripts/demo.sh $(AS_OF)

test:
	scripts/test.sh

build:
	scripts/deps.sh build
	swift build -c release --product kehoach
	swift build -c release --static-swift-stdlib --scratch-path .build-static --product kehoachd

# libkehoach.so.0 and libkehoach.a with kehoach.pc, under .build (capi/build.sh).
lib:
	scripts/deps.sh build
	capi/build.sh

FUZZ_SECONDS ?= 600
# libFuzzer over kehoach_deadline_parse and kehoach_plan_import_json for FUZZ_SECONDS.
fuzz:
	Tests/CAPITests/fuzz/run.sh $(FUZZ_SECONDS)

bench-daemon:
	scripts/bench-daemon.sh

bench-capi:
	Tests/CAPITests/bench/run.sh

bench:
	scripts/bench.sh

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 "$$(swift build -c release --show-bin-path)/kehoach" $(DESTDIR)$(PREFIX)/bin/kehoach
	install -m 0755 "$$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/kehoachd" $(DESTDIR)$(PREFIX)/bin/kehoachd
	PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) capi/build.sh install
	install -D -m 0644 systemd/kehoachd.service $(DESTDIR)/etc/systemd/system/kehoachd.service
	install -D -m 0644 systemd/kehoach.sysusers.conf $(DESTDIR)/usr/lib/sysusers.d/kehoach.conf
	install -D -m 0644 systemd/kehoach.tmpfiles.conf $(DESTDIR)/usr/lib/tmpfiles.d/kehoach.conf
	install -D -m 0644 systemd/kehoachd.catalog $(DESTDIR)/usr/lib/systemd/catalog/kehoachd.catalog
	test -e $(DESTDIR)/etc/kehoach/kehoachd.conf || install -D -m 0644 systemd/kehoachd.conf $(DESTDIR)/etc/kehoach/kehoachd.conf
	install -D -m 0644 docs/admin.md $(DESTDIR)$(PREFIX)/share/doc/kehoach/admin.md

clean:
	rm -rf .build .build-static var
