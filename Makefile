# DSV Studio. `make run` serves the app, `make test` runs every test.
.PHONY: run test dist bench setup fuzz

export PATH := $(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true

## Install what is missing, build, and serve on http://127.0.0.1:8080
run:
	bash .ci/setup
	trunk serve --release

## Install what tests need and run every check and test layer
test:
	bash .ci/test

## Build the static site into dist/ (serve it from any static host, any sub-path)
dist:
	bash .ci/setup
	trunk build --release

## Print build sizes and time to first render
bench:
	bash .ci/bench

## The long fuzz run: 25,000 mutated inputs per parser (over 200,000), with counts and times
fuzz:
	FUZZ_CASES=25000 cargo test --locked --release --test fuzz_parsers -- --nocapture --test-threads 2
