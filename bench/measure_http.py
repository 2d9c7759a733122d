#!/usr/bin/env python3
"""Loads one Puente endpoint with wrk beside nginx serving the same bytes, in the same run, and prints requests/s of
both, their ratio and Puente's p99 latency beside the targets (at least 0.6 of nginx, p99 under 5 ms).

Rounds alternate nginx and Puente so that both see the same machine; the median round of each is reported."""
import argparse, os, re, shutil, signal, socket, statistics, subprocess, sys, time, urllib.request

TARGET_RATIO = 0.6
TARGET_P99_MS = 5.0


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(url, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1) as reply:
                return reply.read()
        except OSError:
            time.sleep(0.2)
    sys.exit(f"bench: {url} did not answer within {seconds} s")


def start_puente(binary, corpus, openapi, logs):
    port = free_port()
    command = [binary, "serve", "--port", str(port), "--corpus", corpus, "--openapi", openapi]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(os.path.join(logs, "puente.log"), "w"))
    return process, port


NGINX_CONF = """worker_processes {workers};
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log {prefix}/access.log;
    keepalive_requests 1000000;
    client_body_temp_path {prefix}/tmp;
    proxy_temp_path {prefix}/tmp;
    fastcgi_temp_path {prefix}/tmp;
    uwsgi_temp_path {prefix}/tmp;
    scgi_temp_path {prefix}/tmp;
    server {{
        listen 127.0.0.1:{port};
        root {prefix}/root;
        default_type application/json;
    }}
}}
"""


def start_nginx(prefix, path, body, workers):
    """nginx with as many workers as cores and an access log, serving `body` at `path`."""
    port = free_port()
    target = os.path.join(prefix, "root", path.lstrip("/"))
    os.makedirs(os.path.dirname(target), exist_ok=True)
    os.makedirs(os.path.join(prefix, "tmp"), exist_ok=True)
    with open(target, "wb") as file:
        file.write(body)
    os.chmod(prefix, 0o755)
    conf = os.path.join(prefix, "nginx.conf")
    with open(conf, "w") as file:
        file.write(NGINX_CONF.format(workers=workers, prefix=prefix, port=port))
    process = subprocess.Popen(["nginx", "-p", prefix, "-c", conf, "-g", "daemon off;"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return process, port


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def run_wrk(url, connections, threads, seconds):
    """Requests/s, p99 in ms and the count of non-2xx answers and socket errors of one wrk run."""
    output = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--latency", url],
                            capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE).groups()
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (sum(map(int, socket_errors.groups())) if socket_errors else 0)
    return rate, float(value) * UNITS_MS[unit], errors


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def measure(arguments, puente_url, nginx_url):
    rounds = {"nginx": [], "puente": []}
    for url in (nginx_url, puente_url):
        run_wrk(url, arguments.connections, arguments.threads, 2)
    for _ in range(arguments.rounds):
        for name, url in (("nginx", nginx_url), ("puente", puente_url)):
            rounds[name].append(run_wrk(url, arguments.connections, arguments.threads, arguments.seconds))
            print(f"  {name:6} {rounds[name][-1][0]:10.0f} req/s  p99 {rounds[name][-1][1]:.2f} ms  errors {rounds[name][-1][2]}")
    return rounds


def median_round(results):
    return sorted(results, key=lambda result: result[0])[len(results) // 2]


def report(path, body, rounds):
    puente, nginx = median_round(rounds["puente"]), median_round(rounds["nginx"])
    ratio = puente[0] / nginx[0]
    errors = sum(result[2] for results in rounds.values() for result in results)
    print(f"endpoint: {path} ({len(body)} bytes, identical from both)")
    print(f"median round: Puente {puente[0]:.0f} req/s, nginx {nginx[0]:.0f} req/s")
    print(f"ratio Puente / nginx: {ratio:.2f} (target >= {TARGET_RATIO}): {'met' if ratio >= TARGET_RATIO else 'MISSED'}")
    print(f"Puente p99: {puente[1]:.2f} ms (target < {TARGET_P99_MS} ms): {'met' if puente[1] < TARGET_P99_MS else 'MISSED'}; "
          f"worst round {max(result[1] for result in rounds['puente']):.2f} ms")
    print(f"errors (non-2xx and socket errors, all rounds): {errors}")
    return ratio >= TARGET_RATIO and puente[1] < TARGET_P99_MS and errors == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("binary")
    parser.add_argument("--corpus", default="data/corpus")
    parser.add_argument("--openapi", default="openapi.yaml")
    parser.add_argument("--path", default="/v1/meetings")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--out", default="bench/out/http")
    arguments = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if shutil.which(tool) is None:
            sys.exit(f"bench: {tool} is not installed (apt-get install wrk nginx-light)")
    out = os.path.abspath(arguments.out)
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    puente, puente_port = start_puente(arguments.binary, arguments.corpus, arguments.openapi, out)
    nginx = None
    try:
        puente_url = f"http://127.0.0.1:{puente_port}{arguments.path}"
        body = wait_until_up(puente_url)
        nginx, nginx_port = start_nginx(os.path.join(out, "nginx"), arguments.path, body, os.cpu_count())
        nginx_url = f"http://127.0.0.1:{nginx_port}{arguments.path}"
        if wait_until_up(nginx_url) != body:
            sys.exit("bench: nginx does not serve the bytes Puente serves")
        print(f"wrk: {arguments.connections} connections, {arguments.threads} threads, {arguments.rounds} rounds of "
              f"{arguments.seconds} s each, alternating; {os.cpu_count()} cores shared by wrk and the server")
        met = report(arguments.path, body, measure(arguments, puente_url, nginx_url))
    finally:
        stop(puente)
        if nginx:
            stop(nginx)
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
