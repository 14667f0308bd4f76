#!/usr/bin/env bash
# Run fuzz targets with the seed corpus and the dictionary.
#
#   fuzz/run.sh TARGET [SECONDS] [libFuzzer options...]   one target (default 60 s)
#   fuzz/run.sh all [SECONDS]                             every target in turn
#   fuzz/run.sh list                                      the targets
#
# libFuzzer adds what it finds to a working corpus outside the repository
# ($FUZZ_WORK, default fuzz/target/corpus/TARGET); the seeds in
# fuzz/corpus/TARGET are only read. A crash stops the run with a non-zero
# status and leaves the input in fuzz/artifacts/TARGET/. Needs cargo-fuzz
# (`cargo install cargo-fuzz`); RUSTC_BOOTSTRAP lets it use a stable
# toolchain. CARGO_FUZZ_TARGET_DIR picks the build directory.
#
# vnkg has no unsafe code, so the targets look for panics, timeouts and
# memory blow-ups; they build without a sanitizer (FUZZ_SANITIZER=address
# to add one), which runs two to three times as many inputs a second.
# Debug assertions and overflow checks are on, as cargo-fuzz does by default.
set -euo pipefail
cd "$(dirname "$0")"
targets() { awk '/^\[\[bin\]\]/ { bin = 1 } bin && /^name = / { gsub(/"/, "", $3); print $3; bin = 0 }' Cargo.toml; }
what=${1:?usage: fuzz/run.sh TARGET|all|list [SECONDS] [libFuzzer options...]}
secs=${2:-60}
shift $(( $# >= 2 ? 2 : $# ))
if [ "$what" = list ]; then targets; exit 0; fi
if [ "$what" = all ]; then
  for t in $(targets); do "$0" "$t" "$secs" "$@"; done
  exit 0
fi
work="${FUZZ_WORK:-target/corpus}/$what"
mkdir -p "$work" "artifacts/$what"
dir_args=()
if [ -n "${CARGO_FUZZ_TARGET_DIR:-}" ]; then dir_args=(--target-dir "$CARGO_FUZZ_TARGET_DIR"); fi
echo "== fuzz $what for ${secs}s"
RUSTC_BOOTSTRAP=1 cargo fuzz run "${dir_args[@]}" --sanitizer "${FUZZ_SANITIZER:-none}" "$what" "$work" "corpus/$what" -- \
  -max_total_time="$secs" -dict=dict/vnkg.dict -rss_limit_mb=4096 -timeout=10 \
  -artifact_prefix="artifacts/$what/" -print_final_stats=1 "$@"
