"""`rapport serve` / `make serve`: build the course, serve it, and run the practice app.

One command for a workshop laptop: the course on one port, the app on another, both
stopped together with Ctrl-C. Nothing here reaches the network beyond localhost.
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


def serve(course_port: int = 8000, app_port: int = 8501, host: str = "localhost") -> int:
    if not (ROOT / "mkdocs.yml").exists() or not (ROOT / "app.py").exists():
        print("rapport serve runs from a checkout of the repository (mkdocs.yml and app.py "
              "were not found next to the package).", file=sys.stderr)
        return 2
    site_dir = ROOT / "site"
    course_url = f"http://{host}:{course_port}/"
    app_url = f"http://{host}:{app_port}/"
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
    app = subprocess.Popen(app_command(app_port, host), cwd=ROOT)
    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    print(f"\n  Course:       {course_url}\n  Practice app: {app_url}\n\n"
          "Press Ctrl-C to stop both.\n", flush=True)
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
