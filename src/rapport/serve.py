"""`rapport serve` / `make serve`: build the course, serve it, and run the practice app.

One command for a workshop laptop: the course on one port, the app on another, both
stopped together with Ctrl-C. With ``--host 0.0.0.0`` both listen on every interface and
the printed links, the course's "open in the app" links and the room's join links and QR
code use the machine's LAN address (never 0.0.0.0, which no other device can open).
"""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from rapport import lan
from rapport.devtools import ROOT, app_command, stop


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _stop(signum: int, frame: object) -> None:
    """Ctrl-C or a service manager's SIGTERM: unwind so both servers are stopped."""
    raise KeyboardInterrupt


def build_course(site_dir: Path) -> None:
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
              "--site-dir", str(site_dir)]
    subprocess.run(mkdocs, cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def addresses_text(host: str, hosts: list[str], course_port: int, app_port: int) -> str:
    lines = ["", f"  Course:       {lan.url(hosts[0], course_port)}",
             f"  Practice app: {lan.url(hosts[0], app_port)}"]
    for other in hosts[1:]:
        lines.append(f"  (also {lan.url(other, course_port)} and {lan.url(other, app_port)})")
    if lan.is_wildcard(host):
        if hosts == ["localhost"]:
            lines += ["", "  This machine has no network address: other devices cannot reach it.",
                      "  Join a Wi-Fi network, a phone hotspot or a travel router, then restart."]
        else:
            lines += ["", "  Other devices on this network can open these addresses. Run a",
                      f"  workshop room from {lan.url(hosts[0], app_port, 'workshop')}"]
    lines += ["", "Press Ctrl-C to stop both.", ""]
    return "\n".join(lines)


def _open_rooms_database() -> str | None:
    """Create or upgrade the rooms database before the app starts; a clear line if it fails."""
    from rapport.rooms.store import Store, StoreError

    try:
        Store.open().dispose()
    except StoreError as error:
        return f"{error}\nSet RAPPORT_DATABASE_URL (or RAPPORT_DATA_DIR) and try again."
    return None


def serve(course_port: int = 8000, app_port: int = 8501, host: str = "localhost") -> int:
    if not (ROOT / "mkdocs.yml").exists() or not (ROOT / "app.py").exists():
        print("rapport serve runs from a checkout of the repository (mkdocs.yml and app.py "
              "were not found next to the package).", file=sys.stderr)
        return 2
    site_dir = ROOT / "site"
    hosts = lan.advertised_hosts(host)
    course_url, app_url = lan.url(hosts[0], course_port), lan.url(hosts[0], app_port)
    os.environ.setdefault("RAPPORT_DATA_DIR", str(ROOT / ".rapport"))
    problem = _open_rooms_database()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    # The course build and the app both inherit these, so their links point at each other.
    os.environ.setdefault("RAPPORT_COURSE_URL", course_url)
    os.environ.setdefault("RAPPORT_APP_URL", app_url)
    print("Building the course ...", flush=True)
    try:
        build_course(site_dir)
    except subprocess.CalledProcessError:
        print("The course did not build; see the messages above.", file=sys.stderr)
        return 1
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    try:
        httpd = ThreadingHTTPServer((host, course_port), handler)
    except OSError as error:
        print(f"Port {course_port} is busy ({error.strerror}); stop what is using it or pass "
              "--course-port.", file=sys.stderr)
        return 2
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    app = subprocess.Popen(app_command(app_port, host, public_host=hosts[0]), cwd=ROOT)
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    print(addresses_text(host, hosts, course_port, app_port), flush=True)
    try:
        return app.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGINT)
        stop(app, seconds=5)
        httpd.shutdown()
        print("Stopped the course and the app.")
