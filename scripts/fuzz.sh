#!/usr/bin/env bash
# Fuzzing with cargo-fuzz (nightly): the targets are in fuzz/fuzz_targets and
# their properties in tests/it/fuzz_properties.rs.
#
#   scripts/fuzz.sh build                     build every target
#   scripts/fuzz.sh TARGET SECONDS [ARGS...]  seed TARGET's corpus, fuzz it for
#                                             SECONDS on one CPU, print the executions
#
# Extra ARGS go to libFuzzer, e.g. `-fork=1 -ignore_crashes=1` to keep going
# after a crash. Findings land in fuzz/artifacts/TARGET/: minimise one with
# `cargo +nightly fuzz tmin -a TARGET FILE`, save it under tests/fuzz/TARGET/
# and `cargo test --test it fuzz_regressions` replays it.
set -euo pipefail

cd "$(dirname "$0")/.."
TARGETS=(load ingest render)
# debug assertions on, so arithmetic overflow panics as in `cargo test`
FUZZ=(cargo +nightly fuzz)
BUILD_FLAGS=(--debug-assertions)

usage() {
    echo "usage: $0 build | $0 {${TARGETS[*]// /|}} SECONDS [libFuzzer args...]" >&2
    exit 2
}

# Seeds: the embedded briefings and the test corpus's drafts, in TOML and in
# JSON, for `load`; the articles for `ingest`; a few sizes and key sequences,
# some followed by a briefing, for `render`.
seed() {
    local dir="fuzz/corpus/$1"
    mkdir -p "$dir"
    case "$1" in
        load)
            cp assets/briefing.toml assets/after_busan.toml "$dir/"
            for f in tests/corpus/*.toml; do cp "$f" "$dir/corpus-$(basename "$f")"; done
            for f in "$dir"/*.toml; do to_json "$f" >"${f%.toml}.json"; done
            ;;
        ingest)
            cp ../shared/seed/*.txt "$dir/" 2>/dev/null || true
            for f in tests/corpus/*.txt tests/corpus/heldout/*.txt; do cp "$f" "$dir/"; done
            ;;
        render)
            # width (u16 LE), height, key count, keys; then maybe a briefing
            printf '\x50\x00\x18\x00' >"$dir/80x24"
            printf '\x2b\x01\x95\x00' >"$dir/300x150"
            printf '\x00\x00\x00\x00' >"$dir/1x1"
            printf '\x78\x00\x28\x06\x00\x0b\x0c\x12\x16\x17' >"$dir/120x40-keys"
            { printf '\x64\x00\x1e\x00'; cat assets/after_busan.toml; } >"$dir/100x30-briefing"
            { printf '\x50\x00\x18\x00'; cat tests/corpus/00_ft_seed.toml; } >"$dir/80x24-draft"
            # a briefing small enough that most of its mutants still load
            { printf '\x50\x00\x18\x00'; printf '%s\n' 'title = "T"' 'as_of = 2025-10-25' \
                '[source]' 'outlet = "o"' 'headline = "h"' 'published = 2025-10-25' 'address = "a"'; } \
                >"$dir/80x24-minimal"
            ;;
    esac
}

# A TOML briefing as JSON (TOML dates become "YYYY-MM-DD" strings).
to_json() {
    python3 -c 'import json, sys, tomllib
print(json.dumps(tomllib.load(open(sys.argv[1], "rb")), default=str, ensure_ascii=False))' "$1"
}

run() {
    local target=$1 seconds=$2
    shift 2
    seed "$target"
    local log
    log=$(mktemp -d)
    # -jobs=1 -workers=1: one process on one CPU, its output in fuzz-0.log
    (cd "$log" && "${FUZZ[@]}" run --fuzz-dir "$OLDPWD/fuzz" "${BUILD_FLAGS[@]}" "$target" -- \
        -jobs=1 -workers=1 -rss_limit_mb=2048 -timeout=10 -dict="$OLDPWD/fuzz/fuzz.dict" \
        -max_total_time="$seconds" -print_final_stats=1 "$@") || true
    cat "$log/fuzz-0.log" >"fuzz/$target.log"
    rm -r "$log"
    echo "log: fuzz/$target.log"
    grep -E '^#[0-9]+' "fuzz/$target.log" | tail -n 1
    grep -E 'stat::(number_of_executed_units|average_exec_per_sec)' "fuzz/$target.log" || true
    ls "fuzz/artifacts/$target" 2>/dev/null | sed 's/^/finding: /' || true
}

case "${1:-}" in
    build) "${FUZZ[@]}" build "${BUILD_FLAGS[@]}" ;;
    load | ingest | render)
        [[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage
        run "$@"
        ;;
    *) usage ;;
esac
