# concreport: `make run` measures this machine and writes output/; `make test` runs the test suite
# (`make test-fast`: only its unit and golden tests).
SWIFT ?= swift
OUT ?= output
BIN = .build/release/concreport
# Static executables (Package.swift says why); a plain `swift build -c release` builds dynamic ones.
STATIC = --static-swift-stdlib -Xswiftc -static-executable -Xswiftc -use-ld=lld

.PHONY: setup build release run quick test test-fast bench example dist dist-check clean

setup:
	@scripts/setup.sh

release: setup
	$(SWIFT) build -c release $(STATIC)

run: release
	$(BIN) --out $(OUT)
	@echo "wrote $(OUT)/post.md, post.html, companion.md, companion.html, results.json, trace.json" >&2

quick: release
	$(BIN) --quick --out $(OUT)

test: setup
	@scripts/fetch-mermaid.sh >/dev/null
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-swift-testing

# The unit and golden tests, one process per test on every core: no end-to-end or browser test, about a
# minute on two cores once built. `make test` stays the whole suite.
FAST_TESTS = ^(ResultsTests|AnalysisTests|RenderTests|MeasureTests)\.
test-fast: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-swift-testing --parallel --filter '$(FAST_TESTS)'

bench: release
	.build/release/concreport-bench

# The committed example (output/example/): a real run on this machine, in Korean (the default) and English.
EXAMPLE = output/example
example: release
	$(BIN) --out $(EXAMPLE)
	$(BIN) render $(EXAMPLE)/results.json --lang en > $(EXAMPLE)/post.en.md
	$(BIN) render $(EXAMPLE)/results.json --lang en --post companion > $(EXAMPLE)/companion.en.md

# One tarball for any Linux machine of this architecture: dist/concreport-<version>-linux-<arch>.tar.gz.
dist: release
	@scripts/dist.sh

# The tarball on a bare Debian root without Swift (debootstrap + chroot; needs root).
dist-check: dist
	@scripts/dist-check.sh

clean:
	rm -rf .build dist
