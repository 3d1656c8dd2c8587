"""The shipped nginx configuration (deploy/nginx/rapport.conf) in front of two app processes.

Runs Debian's nginx (installed by `make test` through `make deploy-tools`; skips, saying why,
without it) with the shipped file, ports rewritten to free ones: the app answers through
the proxy, the websocket upgrade works (a Streamlit protocol client renders the join page
through nginx), and a browser's `rapport_route` cookie keeps it on one app process.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from rapport.devtools import free_port, nginx_config, nginx_path, running_app

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "deploy" / "nginx" / "rapport.conf"
NGINX = nginx_path() or "/usr/sbin/nginx"


def get(url: str, cookie: str | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, "; ".join(response.headers.get_all("Set-Cookie") or [])


def test_nginx_in_front_of_two_app_processes(tmp_path: Path) -> None:
    if not os.access(NGINX, os.X_OK):
        pytest.skip("nginx is not installed: `make deploy-tools` (apt-get install nginx-light)")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import room_load

    env = {"RAPPORT_DATA_DIR": str(tmp_path / "data")}
    with running_app(env=env) as app_a, running_app(env=env) as app_b:
        ports = [int(url.rstrip("/").rsplit(":", 1)[1]) for url in (app_a, app_b)]
        listen = free_port()
        config = nginx_config(tmp_path, listen, ports)
        check = subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-c", str(config)],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        proxy = subprocess.Popen([NGINX, "-p", str(tmp_path), "-c", str(config)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{listen}/"
        try:
            for _ in range(100):
                try:
                    status, cookie = get(base + "_stcore/health")
                    break
                except OSError:
                    time.sleep(0.1)
            assert status == 200
            route = re.search(r"rapport_route=([^;]+)", cookie)
            assert route, cookie
            for _ in range(6):
                assert get(base + "_stcore/health", f"rapport_route={route.group(1)}")[0] == 200
            for _ in range(12):
                get(base + "_stcore/health")  # new browsers: spread over the processes

            async def through_proxy() -> bool:
                client = room_load.Client(base.replace("http", "ws") + "_stcore/stream",
                                          "join", "")
                await client.open(until=room_load.has("button", "Join"))
                await client.close()
                return True

            assert asyncio.run(through_proxy())
        finally:
            proxy.terminate()
            proxy.wait(timeout=10)
        lines = [line.split() for line in (tmp_path / "access.log").read_text().splitlines()]
        sticky = {upstream for key, upstream, _ in lines if key == route.group(1)}
        assert len(sticky) == 1, lines
        assert {upstream for key, upstream, _ in lines if key == "-"} == {
            f"127.0.0.1:{port}" for port in ports}
