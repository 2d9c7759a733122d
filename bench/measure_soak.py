#!/usr/bin/env python3
"""Soak: serves the bundled corpus and loads a mix of endpoints with wrk for a set time, then reports requests,
errors (must be 0) and resident memory after a warm-up and at the end (growth under 10%).

Memory is read from /proc; the warm-up (the first tenth of the run, at most 30 s, under the same load) lets
allocators and connection buffers reach their working size, so growth measures what a long run adds."""
import argparse, json, os, re, shutil, subprocess, sys, tempfile, threading, time, urllib.request

from measure_http import free_port, stop, wait_until_up

MAX_GROWTH = 0.10


def resident_megabytes(pid):
    with open(f"/proc/{pid}/status") as status:
        kilobytes = int(re.search(r"VmRSS:\s+(\d+) kB", status.read()).group(1))
    return kilobytes / 1024


def answers(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            return reply.status == 200
    except OSError:
        return False


def endpoint_mix(base):
    """Paths that cover every resource, filters, search and a resource of each kind the corpus has."""
    def first_id(path, key="id"):
        with urllib.request.urlopen(base + path) as reply:
            items = json.load(reply)["items"]
        return items[0][key] if items else None

    paths = ["/healthz", "/readyz", "/v1/summary", "/v1/meetings", "/v1/meetings?from=2024&limit=5", "/v1/agreements",
             "/v1/agreements?status=signed&offset=2", "/v1/trade/figures?indicator=balance", "/v1/trade/balances",
             "/v1/bri/members", "/v1/bri/members/br", "/v1/relations", "/v1/timeline", "/v1/timeline?from=2023-06",
             "/v1/documents", "/v1/search?q=trade", "/v1/search?q=president+china", "/metrics", "/openapi.yaml",
             "/", "/assets/dashboard.js", "/v1/meetings?format=csv", "/v1/timeline?country=CO&format=csv"]
    for collection, key in (("/v1/meetings", "id"), ("/v1/agreements", "id"), ("/v1/documents", "id"),
                            ("/v1/bri/members", "country")):
        identifier = first_id(collection, key)
        if identifier:
            paths.append(f"{collection}/{identifier}")
    return paths


WRK_SCRIPT = """local paths = {%s}
local counter = 0
request = function()
  counter = counter + 1
  local headers = {}
  if counter %% 3 == 0 then headers["Accept-Encoding"] = "gzip" end
  return wrk.format("GET", paths[(counter %% #paths) + 1], headers)
end
"""


def run_wrk(url, script, seconds, connections, threads):
    output = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "-s", script, url],
                            capture_output=True, text=True, check=True).stdout
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (sum(map(int, socket_errors.groups())) if socket_errors else 0)
    return requests, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("binary")
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--corpus", default="data/corpus")
    parser.add_argument("--openapi", default="openapi.yaml")
    arguments = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("soak: wrk is not installed (apt-get install wrk)")
    port = free_port()
    log = tempfile.TemporaryFile()
    server = subprocess.Popen([arguments.binary, "serve", "--port", str(port), "--corpus", arguments.corpus,
                               "--openapi", arguments.openapi], stdout=subprocess.DEVNULL, stderr=log)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/readyz")
        at_boot = resident_megabytes(server.pid)
        paths = endpoint_mix(base)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(WRK_SCRIPT % ", ".join(json.dumps(path) for path in paths))
        warm_up = max(2, min(30, arguments.seconds // 10))
        warm_requests, warm_errors = run_wrk(base, script.name, warm_up, arguments.connections, arguments.threads)
        at_start = resident_megabytes(server.pid)
        peak = [at_start]
        sampling = threading.Event()

        def sample():
            while not sampling.wait(1):
                peak[0] = max(peak[0], resident_megabytes(server.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        requests, errors = run_wrk(base, script.name, arguments.seconds, arguments.connections, arguments.threads)
        sampling.set()
        at_end = resident_megabytes(server.pid)
        alive = server.poll() is None and answers(base + "/healthz")
    finally:
        stop(server)
        os.unlink(script.name)
    growth = (at_end - at_start) / at_start
    total_errors = errors + warm_errors
    print(f"soak: {arguments.seconds} s of wrk ({arguments.connections} connections, {arguments.threads} threads) over "
          f"{len(paths)} endpoints, after a {warm_up} s warm-up")
    print(f"requests: {requests} ({requests / arguments.seconds:.0f}/s); warm-up {warm_requests}")
    print(f"errors (non-2xx and socket errors, warm-up included): {total_errors} (must be 0)")
    print(f"resident memory: at boot {at_boot:.1f} MB, after warm-up {at_start:.1f} MB, end {at_end:.1f} MB, "
          f"peak {peak[0]:.1f} MB; growth {growth * 100:+.1f}% (must be under {MAX_GROWTH * 100:.0f}%)")
    print(f"server still answering /healthz: {alive}")
    sys.exit(0 if total_errors == 0 and growth < MAX_GROWTH and alive else 1)


if __name__ == "__main__":
    main()
