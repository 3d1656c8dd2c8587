"""Starting the practice app and finding Chromium: shared by `rapport serve`, the browser
test and the app benchmark, so all three run the app the same way."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
"""The flags that keep headless Chromium from reaching for Google's hosts on a closed network."""


def app_command(port: int, host: str = "127.0.0.1", public_host: str | None = None) -> list[str]:
    """`streamlit run app.py`; `public_host` is the address Streamlit prints for others to open
    (it also stops Streamlit asking an outside service for this machine's public IP)."""
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent)) or "streamlit"
    # No file watching: it costs every new session a watcher set-up (inotify on every page
    # and module) plus a polling thread; a workshop server's code does not change mid-session.
    command = [streamlit, "run", str(APP), "--server.port", str(port), "--server.address", host,
               "--server.headless", "true", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none", "--server.runOnSave", "false",
               "--runner.magicEnabled", "false"]
    if public_host:
        command += ["--browser.serverAddress", public_host]
    return command


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    """Wait for Streamlit's health endpoint; fail early if the process dies."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {process.returncode}")
        with contextlib.suppress(OSError), urllib.request.urlopen(
            url + "_stcore/health", timeout=2
        ) as response:
            if response.status == 200:
                return
        time.sleep(0.3)
    raise RuntimeError(f"the app did not answer on {url} within {seconds:.0f} s")


def stop(process: subprocess.Popen, seconds: float = 10) -> None:
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def running_app(port: int | None = None, host: str = "127.0.0.1",
                env: Mapping[str, str] | None = None) -> Iterator[str]:
    """The app on `port` (a free one by default), stopped by its own handle afterwards.

    `env` adds to (or overrides) this process's environment, e.g. RAPPORT_DATABASE_URL."""
    port = port or free_port(host)
    process = subprocess.Popen(app_command(port, host), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})})
    url = f"http://{host}:{port}/"
    try:
        wait_until_up(url, process)
        yield url
    finally:
        stop(process)


def chromium_path() -> str | None:
    for candidate in (*CHROMIUM_CANDIDATES, shutil.which("chromium") or ""):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None
