#!/usr/bin/env bash
# Soak: wrk against a mix of endpoints for a set time (default 600 s), then requests, errors (must be 0) and
# resident memory after warm-up and at the end (growth under 10%). Exits non-zero when a target is missed.
# Usage: bash bench/soak.sh [seconds]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product puente
python3 bench/measure_soak.py .build/release/puente --seconds "${1:-600}"
