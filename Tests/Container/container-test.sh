#!/usr/bin/env bash
# Builds the real Dockerfile with podman, offline, and runs the image as users do: read-only and non-root, healthy,
# serving the bundled facts and a mounted corpus, logging JSON, and stopping cleanly during a request.
#
# No Docker engine or image registry is needed: the base images are made here (debootstrap), the build stage gets
# this machine's Swift toolchain and package mirrors mounted at their own paths. Prints the build time and the
# image size. Exits non-zero on the first failed check.
set -euo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
export CONTAINERS_CONF="$work/containers.conf"
printf '[containers]\ndefault_ulimits = []\n[engine]\ncgroup_manager = "cgroupfs"\n' > "$CONTAINERS_CONF"
podman() { command podman --runtime runc "$@"; }
# Containers are listed in a file: `run` is called in command substitutions, whose variables do not reach here.
cleanup() {
    if [ -f "$work/containers" ]; then
        while read -r container; do podman rm -f "$container" >/dev/null 2>&1 || true; done < "$work/containers"
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "container test: $*" >&2; exit 1; }
step() { echo "== $*"; }

toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")")
mirrors=$(git config --get-regexp 'url\..*\.insteadof' | awk '$2 == "https://github.com/" { sub(/^url\./, "", $1); sub(/\.insteadof$/, "", $1); print $1; exit }')
[ -x "$toolchain/usr/bin/swift" ] || fail "no Swift toolchain found at $toolchain"
[ -d "$mirrors" ] || fail "no package mirror directory found in git's url.*.insteadOf settings"

step "base images"
if ! podman image exists localhost/debian:bookworm-slim; then
    debootstrap --variant=minbase bookworm "$work/rootfs" >/dev/null
    tar -C "$work/rootfs" -c . | podman import - localhost/debian:bookworm-slim >/dev/null
fi
if ! podman image exists localhost/swift-build:bookworm; then
    cat > "$work/Containerfile.swift" <<CONTAINERFILE
FROM localhost/debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends binutils git libc6-dev libcurl4-openssl-dev \
    libedit2 libgcc-12-dev libpython3-dev libsqlite3-0 libstdc++-12-dev libxml2-dev libncurses-dev libz3-dev \
    pkg-config tzdata zlib1g-dev && rm -rf /var/lib/apt/lists/*
RUN git config --system url.$mirrors.insteadOf https://github.com/
ENV PATH=$toolchain/usr/bin:\$PATH
CONTAINERFILE
    podman build --network host -f "$work/Containerfile.swift" -t localhost/swift-build:bookworm "$work" >/dev/null
fi

step "build the Dockerfile"
started=$(date +%s)
podman build --format docker --network host -v "$toolchain:$toolchain:ro" -v "$mirrors:$mirrors:ro" \
    --build-arg SWIFT_IMAGE=localhost/swift-build:bookworm --build-arg RUNTIME_IMAGE=localhost/debian:bookworm-slim \
    -t localhost/puente:test . > "$work/build.log" 2>&1 || { tail -40 "$work/build.log"; fail "the image did not build"; }
echo "build time: $(( $(date +%s) - started )) s"
echo "image size: $(podman image inspect localhost/puente:test --format '{{.Size}}' | awk '{ printf "%.1f MB", $1 / 1000000 }')"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_ready() {
    for _ in $(seq 1 60); do
        curl -fsS "http://127.0.0.1:$1/readyz" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    fail "the container on port $1 never became ready"
}
run() {
    local port=$1; shift
    local container
    # No systemd runs here to time the HEALTHCHECK, and podman says so on stderr; the test runs it by hand instead.
    container=$(podman run -d --read-only --network host -e PUENTE_PORT="$port" "$@" localhost/puente:test 2>>"$work/podman.log") \
        || { cat "$work/podman.log" >&2; fail "the container did not start"; }
    echo "$container" >> "$work/containers"
    wait_ready "$port"
    echo "$container"
}

step "read-only, non-root, healthy, serving the bundled facts, logging JSON"
port=$(free_port)
container=$(run "$port" -e PUENTE_LOG_FORMAT=json)
meetings=$(curl -fsS "http://127.0.0.1:$port/v1/meetings" | jq -r '[.items[].id] | join(",")')
[ "$meetings" = "2023-10-25-cn-co,2025-05-14-cn-co" ] || fail "the bundled meetings are not served: $meetings"
uid=$(podman exec "$container" id -u)
[ "$uid" != "0" ] || fail "the process runs as root"
echo "uid: $uid"
podman healthcheck run "$container" || fail "the image's HEALTHCHECK command failed"
[ "$(podman inspect "$container" --format '{{.Config.Healthcheck.Test}}')" != "[]" ] || fail "the image has no HEALTHCHECK"
curl -fsS "http://127.0.0.1:$port/v1/summary" >/dev/null
page=$(curl -fsS "http://127.0.0.1:$port/")
grep -q 'src="/assets/chart.js?v=' <<<"$page" || fail "the dashboard page does not load Chart.js"
grep -q 'data-charts="available"' <<<"$page" || fail "the dashboard says charts are unavailable"
for asset in chart.js dashboard.js dashboard.css; do
    curl -fsS -o "$work/$asset" -D "$work/$asset.headers" "http://127.0.0.1:$port/assets/$asset" || fail "/assets/$asset is not served"
    grep -qi '^cache-control: public, max-age=31536000' "$work/$asset.headers" || fail "/assets/$asset has no long Cache-Control"
done
[ "$(wc -c < "$work/chart.js")" -gt 100000 ] && grep -q 'Chart' "$work/chart.js" || fail "/assets/chart.js is not Chart.js"
echo "dashboard: / and /assets/chart.js ($(wc -c < "$work/chart.js") bytes) served"
podman logs "$container" 2>&1 | jq -e -c 'select(.level and .message)' >/dev/null || fail "a log line is not a JSON object"
lines=$(podman logs "$container" 2>&1 | wc -l)
parsed=$(podman logs "$container" 2>&1 | jq -c . | wc -l)
[ "$lines" -ge 3 ] && [ "$lines" = "$parsed" ] || fail "$parsed of $lines log lines parse as JSON"

step "a mounted corpus is the one served"
mkdir -p "$work/corpus"
printf 'LIMA (Reuters) - Peru joined the Belt and Road Initiative in 2019, the foreign ministry said.\n' > "$work/corpus/peru.txt"
chmod -R a+rX "$work"
port=$(free_port)
run "$port" -v "$work/corpus:/app/data/corpus:ro" >/dev/null
documents=$(curl -fsS "http://127.0.0.1:$port/v1/documents" | jq -r '[.items[].id] | join(",")')
[ "$documents" = "peru" ] || fail "the mounted corpus is not served: $documents"

step "podman stop during a request: the request finishes, the container exits 0 within 10 s"
# A 3 MB article makes a response larger than the socket buffers, so at a client's slow pace it is still being
# written when the stop signal arrives.
mkdir -p "$work/large"
python3 -c "print('Colombia and China signed a trade agreement in Beijing on Wednesday. ' * 45000)" > "$work/large/long.txt"
chmod -R a+rX "$work"
port=$(free_port)
container=$(run "$port" -v "$work/large:/app/data/corpus:ro")
curl -fsS --limit-rate 1M -o "$work/slow.json" "http://127.0.0.1:$port/v1/documents/long" &
download=$!
sleep 1
started=$(date +%s.%N)
podman stop -t 10 "$container" >/dev/null 2>>"$work/podman.log"
stopped=$(python3 -c "print(round($(date +%s.%N) - $started, 1))")
wait "$download" || fail "the request in flight did not finish"
jq -e '.id == "long" and (.text | length) > 3000000' "$work/slow.json" >/dev/null || fail "the request in flight was cut short"
code=$(podman inspect "$container" --format '{{.State.ExitCode}}')
[ "$code" = "0" ] || fail "the container exited $code"
python3 -c "import sys; sys.exit(0 if $stopped < 10 else 1)" || fail "stopping took $stopped s"
echo "stopped in $stopped s, after the request in flight finished, with exit code 0"
echo "container test: passed"
