#!/usr/bin/env bash
# Build and run the fuzz targets with the seed corpus and the dictionary.
#
#   fuzz/run.sh list                                      the targets
#   fuzz/run.sh build                                     build every target
#   fuzz/run.sh TARGET [SECONDS] [libFuzzer options...]   one target (default 60 s)
#   fuzz/run.sh all [SECONDS] [libFuzzer options...]      every target in turn
#
# libFuzzer adds what it finds to a working corpus outside the repository
# ($FUZZ_WORK/TARGET, default fuzz/target/corpus/TARGET); the seeds in
# fuzz/corpus/TARGET are only read. A crash, timeout or out-of-memory
# stops the run with a non-zero status (for `all`, after the other targets
# ran) and leaves the input in fuzz/artifacts/TARGET/.
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`); RUSTC_BOOTSTRAP lets it
# use a stable toolchain. CARGO_FUZZ_TARGET_DIR picks the build directory;
# FUZZ_BIN_DIR runs binaries built before (no build).
#
# vnkg has no unsafe code, so the targets look for panics, timeouts and
# memory blow-ups; they build without a sanitizer (FUZZ_SANITIZER=address
# to add one), which runs two to three times as many inputs a second.
# Debug assertions and overflow checks are on, as cargo-fuzz does by default.
set -euo pipefail
cd "$(dirname "$0")"
targets() { awk '/^\[\[bin\]\]/ { bin = 1 } bin && /^name = / { gsub(/"/, "", $3); print $3; bin = 0 }' Cargo.toml; }
what=${1:?usage: fuzz/run.sh list|build|all|TARGET [SECONDS] [libFuzzer options...]}
secs=${2:-60}
shift $(( $# >= 2 ? 2 : $# ))
target_dir=${CARGO_FUZZ_TARGET_DIR:-target}
host=$(rustc -vV | sed -n 's/^host: //p')
build() {
  RUSTC_BOOTSTRAP=1 cargo fuzz build --target-dir "$target_dir" \
    --sanitizer "${FUZZ_SANITIZER:-none}" "$@"
}
run_one() {
  local t=$1; shift
  local work="${FUZZ_WORK:-target/corpus}/$t"
  mkdir -p "$work" "artifacts/$t"
  echo "== fuzz $t for ${secs}s"
  "${FUZZ_BIN_DIR:-$target_dir/$host/release}/$t" "$work" "corpus/$t" \
    -max_total_time="$secs" -dict=dict/vnkg.dict -rss_limit_mb=4096 -timeout=10 \
    -artifact_prefix="artifacts/$t/" -print_final_stats=1 "$@"
}
case "$what" in
  list) targets ;;
  build) build ;;
  all)
    [ -n "${FUZZ_BIN_DIR:-}" ] || build
    failed=()
    for t in $(targets); do run_one "$t" "$@" || failed+=("$t"); done
    if [ ${#failed[@]} -gt 0 ]; then echo "fuzz: findings in ${failed[*]}"; exit 1; fi
    ;;
  *)
    [ -n "${FUZZ_BIN_DIR:-}" ] || build "$what"
    run_one "$what" "$@"
    ;;
esac
