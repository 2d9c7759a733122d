#!/usr/bin/env bash
# HTTP benchmark: loads /v1/meetings of the bundled corpus with wrk (32 connections) beside nginx serving the same
# bytes, in the same run, and prints requests/s of both, their ratio and Puente's p99.
# Usage: bash bench/http.sh [seconds per round]   (needs wrk and nginx: apt-get install wrk nginx-light)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product puente
python3 bench/measure_http.py .build/release/puente --seconds "${1:-10}"
