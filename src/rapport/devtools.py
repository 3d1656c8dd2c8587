"""Starting the practice app and finding Chromium: shared by `rapport serve`, the browser
test and the app benchmark, so all three run the app the same way."""

from __future__ import annotations

import contextlib
import os
import re
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
    # No forced full garbage collection after every script run either: with the checker,
    # Faker and pandas loaded it took ~0.14 s of CPU per run, more than the run itself
    # (Python's own generational collector still runs).
    command = [streamlit, "run", str(APP), "--server.port", str(port), "--server.address", host,
               "--server.headless", "true", "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none", "--server.runOnSave", "false",
               "--runner.magicEnabled", "false", "--runner.postScriptGC", "false"]
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


NGINX_SITE = ROOT / "deploy" / "nginx" / "rapport.conf"


def nginx_config(folder: Path, listen: int, upstreams: list[int],
                 log_format: str = "$cookie_rapport_route $upstream_addr $status") -> Path:
    """A self-contained nginx.conf in `folder` around the shipped deploy/nginx/rapport.conf,
    listening on 127.0.0.1:`listen` in front of app processes on `upstreams` (for the proxy
    test and the load benchmark; production uses the shipped file as it is)."""
    site = NGINX_SITE.read_text()
    site = re.sub(r"(?m)^    server 127\.0\.0\.1:\d+;\n", "", site)
    servers = "".join(f"    server 127.0.0.1:{port};\n" for port in upstreams)
    site = site.replace("    hash $rapport_route consistent;\n",
                        "    hash $rapport_route consistent;\n" + servers)
    site = site.replace("listen 80;", f"listen 127.0.0.1:{listen};")
    (folder / "rapport.conf").write_text(site)
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / sub).mkdir(exist_ok=True)
        os.chmod(folder / sub, 0o777)  # nginx's workers run as another user when root starts it
    main = folder / "nginx.conf"
    main.write_text(f"""
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    log_format routes '{log_format}';
    access_log {folder}/access.log routes;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    include {folder}/rapport.conf;
}}
""")
    return main


def nginx_path() -> str | None:
    for candidate in (shutil.which("nginx"), "/usr/sbin/nginx"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@contextlib.contextmanager
def running_nginx(folder: Path, upstreams: list[int]) -> Iterator[str]:
    """nginx with the shipped site config in front of `upstreams`; yields its base URL."""
    nginx = nginx_path()
    if nginx is None:
        raise RuntimeError("nginx is not installed (make deploy-tools)")
    listen = free_port()
    config = nginx_config(folder, listen, upstreams)
    subprocess.run([nginx, "-t", "-q", "-p", str(folder), "-c", str(config)], check=True)
    process = subprocess.Popen([nginx, "-p", str(folder), "-c", str(config)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{listen}/"
    try:
        wait_until_up(url, process, seconds=20)
        yield url
    finally:
        stop(process)
