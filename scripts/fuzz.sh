#!/usr/bin/env bash
# Sapha — `make fuzz`: builds the libFuzzer programs with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer on, coverage for Sapha's own code) in build-fuzz/, then runs each harness for
# FUZZ_SECONDS (default 60) from its seed corpus and dictionary, each input limited to one second.
# Inputs that reach new code are kept in build-fuzz/corpus/<harness>/ (the repository's seeds are not
# touched); an input that breaks a property is written to build-fuzz/finds/<harness>/ and the run fails.
# Once the bug is fixed, the input goes to tests/fuzz/regressions/<harness>/, which `make test` replays.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${FUZZ_BUILD:-build-fuzz}"
seconds="${FUZZ_SECONDS:-60}"
harnesses="${FUZZ_HARNESSES:-meeting roster standard assessment session manifest merge conflict_records participation}"
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSAPHA_BUILD_GUI=OFF -DSAPHA_FUZZ=ON \
  "-DCMAKE_C_FLAGS=$flags" "-DCMAKE_CXX_FLAGS=$flags" \
  "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" "-DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=address,undefined" > /dev/null
cmake --build "$build" --target sapha_fuzzers
failed=0
for name in $harnesses; do
  corpus="$build/corpus/$name"
  finds="$build/finds/$name"
  mkdir -p "$corpus" "$finds"
  cp -n tests/fuzz/corpus/"$name"/* "$corpus"/ 2> /dev/null || true
  dict=tests/fuzz/dictionaries/"$name".dict
  [ -f "$dict" ] || dict=tests/fuzz/dictionaries/"${name%%_*}".dict
  options=(-max_total_time="$seconds" -timeout=1 -rss_limit_mb=4096 -artifact_prefix="$finds/" -print_final_stats=1)
  [ -f "$dict" ] && options+=(-dict="$dict")
  echo "fuzzing $name for $seconds s"
  if ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 "$build/tests/fuzz/sapha_fuzz_$name" "${options[@]}" "$corpus" \
      > "$build/fuzz-$name.log" 2>&1; then
    runs=$(grep -m1 "stat::number_of_executed_units" "$build/fuzz-$name.log" | awk '{print $2}')
    echo "  $name: ${runs:-?} inputs tried, $(ls "$corpus" | wc -l) kept in the corpus, every property held"
  else
    failed=1
    echo "  $name: FAILED — see $build/fuzz-$name.log; the input is in $finds/"
    grep -m3 "property broken\|ERROR: \|runtime error" "$build/fuzz-$name.log" | sed 's/^/    /' || true
  fi
done
exit $failed
