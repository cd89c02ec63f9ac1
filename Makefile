# salescoach: the two commands a new user types, and the steps behind them.
#
#   make demo   install what is missing, build, generate the sample team and import it
#   make test   install what is missing, build, run every test, then the unit tests again
#               under AddressSanitizer and UndefinedBehaviorSanitizer
#   make bench  install what is missing (and the benchmark's peers), build the benchmark in
#               release, run it: analysis throughput, tracker compilation, the VADER peers
#               (bench/README.md; pass options with BENCH_ARGS="--threads 4")
#   make bench-scale
#               install what is missing, build salescoach and the scale benchmark in release,
#               run it: 1,000 reps and 100,000 calls through import, analyze, team and report
#               (bench/README.md, "Scale"; pass options with SCALE_ARGS="--reps 100 --calls 10000")
#
# Builds use CMake presets (CMakePresets.json) and land in build/<preset>/.

DEMO_DIR ?= demo
SALESCOACH := build/release/salescoach
BENCH := build/release/salescoach_bench
BENCH_ARGS ?=
SCALE_BENCH := build/release/salescoach_scale_bench
SCALE_ARGS ?=

.PHONY: all demo test bench bench-scale deps deps-bench build build-asan test-release test-asan \
	clean

all: build

deps:
	@scripts/install-deps.sh

deps-bench:
	@scripts/install-deps.sh --bench

build: deps
	@test -f build/release/build.ninja || cmake --preset release >/dev/null
	@cmake --build --preset release

build-asan: deps
	@test -f build/asan/build.ninja || cmake --preset asan >/dev/null
	@cmake --build --preset asan

demo: build
	@$(SALESCOACH) demo --dir $(DEMO_DIR)

test-release: build
	@ctest --preset release

test-asan: build-asan
	@ctest --preset asan

test: test-release test-asan

bench: deps-bench
	@test -f build/release/build.ninja || cmake --preset release >/dev/null
	@cmake --build --preset release --target salescoach_bench
	@$(BENCH) $(BENCH_ARGS)

bench-scale: deps-bench
	@test -f build/release/build.ninja || cmake --preset release >/dev/null
	@cmake --build --preset release --target salescoach salescoach_scale_bench
	@$(SCALE_BENCH) $(SCALE_ARGS)

clean:
	rm -rf build $(DEMO_DIR)
