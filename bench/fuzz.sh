#!/usr/bin/env bash
# Fuzzes the parser with libFuzzer for a bounded time (default 60 s): arbitrary bytes through cleaning, sentences,
# recognizers, every extractor and fusion, checking that evidence quotes the text and the result is valid JSON.
# Seeds: the bundled articles, the fixtures and every kept regression input. A failing input is written to
# bench/out/fuzz/; keep it in Tests/FuzzRegressions/ so `swift test` replays it for good.
# Usage: bash bench/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
swift build -c release --product PuenteFuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
out=bench/out/fuzz
mkdir -p "$out/corpus"
cp data/corpus/*.txt Tests/Fixtures/*.txt Tests/FuzzRegressions/* "$out/corpus/"
.build-fuzz/release/PuenteFuzz "$out/corpus" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/"
