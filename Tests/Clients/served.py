"""A real `puente serve` on a free port, for client checks run as users run them."""

import os
import re
import subprocess
import threading
import time
import urllib.request


class Served:
    """Starts the binary, waits for its "listening on" line, and stops it on exit."""

    def __init__(self, binary, corpus, openapi, environment=None):
        self.command = [binary, "serve", "--port", "0", "--corpus", corpus, "--openapi", openapi]
        self.environment = {**os.environ, **(environment or {})}
        self.log = []
        self.process = None
        self.base = None

    def __enter__(self):
        self.process = subprocess.Popen(self.command, env=self.environment, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, text=True)
        port = self._await_port()
        self.base = f"http://127.0.0.1:{port}"
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def _await_port(self):
        found = threading.Event()
        port = []

        def read():
            for line in self.process.stderr:
                self.log.append(line)
                match = re.search(r"listening on 127\.0\.0\.1:(\d+)", line)
                if match and not port:
                    port.append(int(match.group(1)))
                    found.set()

        threading.Thread(target=read, daemon=True).start()
        if not found.wait(60):
            raise RuntimeError("puente did not start:\n" + "".join(self.log))
        return port[0]

    def get(self, path, headers=None):
        """(status, headers, body bytes) of a GET; 4xx and 5xx are answers, not exceptions."""
        request = urllib.request.Request(self.base + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()


def wait_until(predicate, seconds, interval=0.1):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()
