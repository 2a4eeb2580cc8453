# Sapha — the two commands: `make run` and `make test`. Each installs what is missing first.
BUILD ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=

SANITIZE_BUILD ?= build-sanitize
SANITIZE_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

.PHONY: run test test-sanitize fuzz deps configure build package clean

run: build
	scripts/run.sh $(BUILD)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j2 --timeout 300

# The unit, CLI, server, sync and fuzz-replay suites built with AddressSanitizer and UndefinedBehaviorSanitizer (no GUI:
# wxGTK's own allocations would drown the report). Any error stops the test that met it.
test-sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSAPHA_BUILD_GUI=OFF \
		"-DCMAKE_C_FLAGS=$(SANITIZE_FLAGS)" "-DCMAKE_CXX_FLAGS=$(SANITIZE_FLAGS)" \
		"-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" "-DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=address,undefined"
	cmake --build $(SANITIZE_BUILD)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp \
		ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j2 --timeout 600 -L "sdk|host|plugins|cli|server|sync|fuzz"

# The libFuzzer harnesses (clang), each for FUZZ_SECONDS (default 60); see tests/fuzz/ and docs/reliability.md.
fuzz:
	scripts/install-deps.sh clang libclang-rt-dev
	scripts/fuzz.sh

# The Debian package, build/package/sapha_<version>_<arch>.deb (see docs/packaging.md).
package: build
	cmake --build $(BUILD) --target package

deps:
	scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
