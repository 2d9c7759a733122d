#!/usr/bin/env bash
# Parse benchmark: builds a corpus of N recombined articles (default 1000) and measures `puente parse` on it.
# Usage: bash bench/parse.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
swift build -c release --product puente
rm -rf bench/out/corpus
python3 bench/make_corpus.py --count "$count" --out bench/out/corpus Tests/Fixtures data/corpus
python3 bench/measure_parse.py .build/release/puente bench/out/corpus 3
