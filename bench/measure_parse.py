#!/usr/bin/env python3
"""Runs `puente parse` on a corpus several times, pinned to one core, and prints articles per second and peak
memory beside the targets (1,000 articles in under 2 s, under 200 MB)."""
import json, os, resource, subprocess, sys, time

TARGET_SECONDS_PER_1000 = 2.0
TARGET_MEGABYTES = 200.0


def run_once(binary, corpus):
    command = [binary, "parse", "--corpus", corpus, "--compact"]
    if subprocess.run(["which", "taskset"], capture_output=True).returncode == 0:
        command = ["taskset", "-c", "0"] + command
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start, result.stdout


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    articles = len([name for name in os.listdir(corpus) if name.endswith(".txt")])
    times = []
    output = b""
    for _ in range(runs):
        seconds, output = run_once(binary, corpus)
        times.append(seconds)
    peak_megabytes = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    knowledge = json.loads(output)
    best = min(times)
    median = sorted(times)[len(times) // 2]
    budget = TARGET_SECONDS_PER_1000 * articles / 1000
    print(f"articles: {articles}  runs: {runs}  times (s): {', '.join(f'{t:.2f}' for t in times)}")
    print(f"facts: {len(knowledge['meetings'])} meetings, {len(knowledge['agreements'])} agreements, "
          f"{len(knowledge['tradeFigures'])} trade figures, {len(knowledge['bri'])} BRI records, {len(knowledge['relations'])} relations")
    print(f"articles/s (best run, one core): {articles / best:.0f}")
    print(f"time / target: best {best:.2f} s / {budget:.2f} s = {best / budget:.2f}; median {median:.2f} s = {median / budget:.2f}")
    print(f"peak memory / target: {peak_megabytes:.0f} MB / {TARGET_MEGABYTES:.0f} MB = {peak_megabytes / TARGET_MEGABYTES:.2f}")


if __name__ == "__main__":
    main()
