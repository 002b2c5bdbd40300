# kehoach: the usual entry points. README's two commands are `make demo` and `make test`.
PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: demo test bench build install clean

# make demo AS_OF=2025-07-10: the situation on that day (default today).
demo:
	scripts/demo.sh $(AS_OF)

test:
	scripts/test.sh

build:
	scripts/deps.sh build
	swift build -c release

bench:
	scripts/bench.sh

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 "$$(swift build -c release --show-bin-path)/kehoach" $(DESTDIR)$(PREFIX)/bin/kehoach

clean:
	rm -rf .build var
