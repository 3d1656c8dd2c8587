"""`rapport serve` (what `make serve` runs): both parts answer, and one signal stops both."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("localhost", 0))
        return sock.getsockname()[1]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except OSError:
        return 0


def _wait_for(url: str, seconds: float = 60) -> int:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        status = _get(url)
        if status:
            return status
        time.sleep(0.3)
    return 0


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_serve_runs_course_and_app_and_stops_both(stop: signal.Signals):
    course_port, app_port = _free_port(), _free_port()
    exe = Path(sys.executable).with_name("rapport")
    proc = subprocess.Popen(
        [str(exe), "serve", "--course-port", str(course_port), "--app-port", str(app_port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        assert _wait_for(f"http://localhost:{course_port}/") == 200
        assert _wait_for(f"http://localhost:{course_port}/lessons/03-check-your-intentions/") == 200
        assert _wait_for(f"http://localhost:{app_port}/_stcore/health") == 200
        proc.send_signal(stop)
        output, _ = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert f"http://localhost:{course_port}/" in output
    assert f"http://localhost:{app_port}/" in output
    assert "Stopped the course and the app." in output
    assert _get(f"http://localhost:{course_port}/") == 0
    assert _get(f"http://localhost:{app_port}/_stcore/health") == 0


def test_lan_links_never_use_the_wildcard_address():
    from rapport import lan

    assert lan.advertised_hosts("0.0.0.0", ["127.0.0.1", "192.168.1.20", "169.254.1.1",
                                            "10.0.0.5", "192.168.1.20"]) == [
        "192.168.1.20", "10.0.0.5"]
    assert lan.advertised_hosts("0.0.0.0", ["127.0.0.1"]) == ["localhost"]
    assert lan.advertised_hosts("myhost.lan", []) == ["myhost.lan"]
    assert lan.url("192.168.1.20", 8501, "join") == "http://192.168.1.20:8501/join"


def test_serve_on_all_interfaces_prints_addresses_other_devices_can_open(tmp_path):
    from rapport import lan

    addresses = lan.lan_addresses()
    if not addresses:
        pytest.skip("this machine has no LAN address to advertise")
    course_port, app_port = _free_port(), _free_port()
    exe = Path(sys.executable).with_name("rapport")
    env = {**__import__("os").environ, "RAPPORT_DATA_DIR": str(tmp_path)}
    env.pop("RAPPORT_APP_URL", None)
    env.pop("RAPPORT_COURSE_URL", None)
    proc = subprocess.Popen(
        [str(exe), "serve", "--host", "0.0.0.0", "--course-port", str(course_port),
         "--app-port", str(app_port)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    try:
        assert _wait_for(f"http://{addresses[0]}:{app_port}/_stcore/health") == 200
        assert _wait_for(f"http://{addresses[0]}:{course_port}/") == 200
        from rapport import exercises

        first = exercises.load_bank().exercises[0].id
        page = urllib.request.urlopen(
            f"http://{addresses[0]}:{course_port}/exercises/{first}/", timeout=5).read().decode()
        proc.send_signal(signal.SIGINT)
        output, _ = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert f"http://{addresses[0]}:{app_port}/" in output
    assert f"http://{addresses[0]}:{course_port}/" in output
    assert "http://0.0.0.0" not in output  # (Streamlit logs the address it listens on)
    # The course's "open in the app" links point at the LAN address too.
    assert f"http://{addresses[0]}:{app_port}/?exercise=" in page
