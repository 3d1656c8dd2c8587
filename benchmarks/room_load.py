"""Load on a workshop room: 40 learners open the join link within 2 s, join, then all press
Check within 2 s while the facilitator's dashboard refreshes by itself.

    .venv/bin/python benchmarks/room_load.py [--learners 40] [--database sqlite|postgres]

The load generator speaks Streamlit's own websocket protocol (``/_stcore/stream``): each
simulated learner is one websocket sending the ``BackMsg`` protobufs a browser sends (a
rerun with the page, the query string and the widget states, a button's trigger value),
built with the classes of the installed ``streamlit`` package, and reading the ``ForwardMsg``
replies until the script run has finished. No browser runs, so the server does all of its
real work (the script runs, the checks, the database, the deltas) and nothing else.

How the generator is kept out of the figures: the app runs as its own process (``streamlit
run``); its CPU time is read from ``/proc/<pid>/stat`` (utime + stime) before and after each
phase, so the generator's CPU (a separate process) is never counted. Latencies are wall-clock
times seen by the clients; on a 2-core machine the generator competes for the cores too, so
they are, if anything, pessimistic.

Figures: p50/p95/max time to the first rendered page (the join form), to the practice page
after joining, and from pressing Check to the "Saved" feedback; server CPU seconds per
page open, per join and per Check; the server's RSS; that every attempt is stored exactly
once and that the dashboard counts all of them; and that a learner coming back with their
link (a new session: after a dropped connection or 10 minutes away the old one is gone)
gets their attempts and draft back.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

from rapport import exercises
from rapport.devtools import app_command, free_port, running_nginx, stop, wait_until_up
from rapport.rooms.service import RoomService
from rapport.rooms.store import Store

ROOT = Path(__file__).resolve().parents[1]
STATE = ROOT / ".rapport"
TARGET_OPEN_P95_S = 3.0
TARGET_CHECK_P95_S = 1.5
SPREAD_S = 2.0
TIMEOUT_S = 60.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


# --- The server process, seen from /proc ---------------------------------------------------


def cpu_seconds(pids: list[int]) -> float:
    """utime + stime of the app processes (never the load generator's)."""
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    return total


def rss_mb(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) / 1024
    return total


# --- A client speaking Streamlit's websocket protocol --------------------------------------


@dataclass
class Run:
    elements: list[Any] = field(default_factory=list)
    status: int | None = None


class Client:
    """One browser tab, without the browser: BackMsg out, ForwardMsg in."""

    def __init__(self, ws_url: str, page: str, query: str) -> None:
        self.ws_url, self.page, self.query = ws_url, page, query
        self.page_hash = ""
        self.ws: ClientConnection | None = None
        self.run = Run()
        self.finished = asyncio.Event()
        self.widgets: dict[str, WidgetState] = {}
        self.auto_rerun: tuple[float, str] | None = None
        self.reader: asyncio.Task | None = None

    async def connect(self) -> None:
        self.ws = await connect(self.ws_url, subprotocols=[Subprotocol("streamlit")],
                                max_size=None, open_timeout=TIMEOUT_S)
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.ws is not None
        async for data in self.ws:
            msg = ForwardMsg()
            msg.ParseFromString(data)
            kind = msg.WhichOneof("type")
            if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                self.run.elements.append(msg.delta.new_element)
            elif kind == "navigation":
                self.page_hash = msg.navigation.page_script_hash
            elif kind == "page_info_changed":
                self.query = msg.page_info_changed.query_string
            elif kind == "auto_rerun":
                self.auto_rerun = (msg.auto_rerun.interval, msg.auto_rerun.fragment_id)
            elif kind == "script_finished":
                self.run.status = msg.script_finished
                if msg.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    self.finished.set()

    async def rerun(self, values: dict[str, str] | None = None, trigger: str | None = None,
                    fragment: str = "",
                    until: Callable[[Run], bool] = lambda run: True) -> float:
        """Send one rerun (as a browser does on a click) and wait for a finished run that
        satisfies `until` (a click that calls st.rerun finishes twice). Returns seconds."""
        assert self.ws is not None
        for widget_id, text in (values or {}).items():
            self.widgets[widget_id] = WidgetState(id=widget_id, string_value=text)
        states = list(self.widgets.values())
        if trigger:
            states.append(WidgetState(id=trigger, trigger_value=True))
        back = BackMsg()
        back.rerun_script.query_string = self.query
        back.rerun_script.page_script_hash = self.page_hash
        back.rerun_script.page_name = "" if self.page_hash else self.page
        back.rerun_script.widget_states.widgets.extend(states)
        if fragment:
            back.rerun_script.fragment_id = fragment
            back.rerun_script.is_auto_rerun = True
        start = time.perf_counter()
        self.run, self.finished = Run(), asyncio.Event()
        await self.ws.send(back.SerializeToString())
        deadline = start + TIMEOUT_S
        while True:
            await asyncio.wait_for(self.finished.wait(), max(0.1, deadline - time.perf_counter()))
            if until(self.run):
                return time.perf_counter() - start
            self.run, self.finished = Run(), asyncio.Event()  # wait for the next run

    async def open(self, until: Callable[[Run], bool] = lambda run: True) -> float:
        start = time.perf_counter()
        await self.connect()
        await self.rerun(until=until)
        return time.perf_counter() - start

    def widget(self, kind: str, label: str) -> str:
        for element in self.run.elements:
            if element.WhichOneof("type") == kind:
                widget = getattr(element, kind)
                if widget.label.startswith(label):
                    return widget.id
        raise LookupError(f"no {kind} labelled {label!r} on the page")

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            self.reader.cancel()


def has(kind: str, text: str) -> Callable[[Run], bool]:
    def check(run: Run) -> bool:
        for element in run.elements:
            if element.WhichOneof("type") == kind:
                value = getattr(element, kind)
                if text in (getattr(value, "body", "") or getattr(value, "label", "")):
                    return True
        return False
    return check


def metric(run: Run, label: str) -> str | None:
    for element in run.elements:
        if element.WhichOneof("type") == "metric" and element.metric.label == label:
            return element.metric.body
    return None


# --- The scenario ------------------------------------------------------------------------


@dataclass
class Learner:
    n: int
    client: Client
    open_s: float = 0.0
    join_s: float = 0.0
    check_s: float = 0.0


async def facilitator_dashboard(ws_url: str, code: str, key: str,
                                stop_event: asyncio.Event, seen: dict[str, Any]) -> None:
    """Open the dashboard with the key, then refresh it as the browser would (auto_rerun)."""
    client = Client(ws_url, "workshop", "")
    await client.open()
    await client.rerun({client.widget("text_input", "Room code"): code,
                        client.widget("text_input", "Facilitator key"): key},
                       trigger=client.widget("button", "Open the dashboard"),
                       until=lambda run: metric(run, "Joined") is not None)
    seen["refreshes"] = 0
    while not stop_event.is_set():
        if client.auto_rerun is None:
            raise RuntimeError("the dashboard did not ask for automatic refreshes")
        interval, fragment = client.auto_rerun
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop_event.wait(), interval)
        took = await client.rerun(fragment=fragment,
                                  until=lambda run: metric(run, "Attempts") is not None)
        seen["refreshes"] += 1
        seen.setdefault("refresh_s", []).append(took)
        seen["attempts"] = metric(client.run, "Attempts")
        seen["checked"] = metric(client.run, "Checked at least once")
        seen["joined"] = metric(client.run, "Joined")
    await client.close()


async def learner_session(ws_url: str, code: str, n: int, start_at: float) -> Learner:
    await asyncio.sleep(max(0.0, start_at - time.perf_counter()))
    client = Client(ws_url, "join", f"room={code}")
    learner = Learner(n, client)
    learner.open_s = await client.open(until=has("button", "Join"))
    learner.join_s = await client.rerun(
        {client.widget("text_input", "Room code"): code,
         client.widget("text_input", "Display name"): f"Load learner {n}"},
        trigger=client.widget("button", "Join"), until=has("button", "Check"))
    return learner


async def learner_check(learner: Learner, body: str, start_at: float) -> None:
    await asyncio.sleep(max(0.0, start_at - time.perf_counter()))
    client = learner.client
    learner.check_s = await client.rerun(
        {client.widget("text_area", "Message"): body},
        trigger=client.widget("button", "Check"), until=has("alert", "Saved: attempt"))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def line(name: str, values: list[float], target: float | None = None) -> str:
    text = (f"{name:<34} p50 {statistics.median(values):6.2f} s  p95 {pct(values, .95):6.2f} s"
            f"  max {max(values):6.2f} s")
    if target is not None:
        text += f"   (target p95 <= {target:.1f} s: {'OK' if pct(values, .95) <= target else 'OVER'})"
    return text


def ws(url: str) -> str:
    return url.replace("http://", "ws://") + "_stcore/stream"


async def scenario(app_url: str, pid: list[int], service: RoomService, learners: int,
                   exercise_id: str, body: str, process_urls: list[str]) -> bool:
    ws_url = ws(app_url)
    # Warm-up of every process, in a room of its own: imports, caches, the bank (a server
    # that has been serving for a while; the measured room does not count these learners).
    warm = service.create_room("Warm-up", [exercise_id])
    for url in process_urls:
        warm_learner = await learner_session(ws(url), warm.room.code, 0, 0)
        await learner_check(warm_learner, body, 0)
        await warm_learner.client.close()

    new = service.create_room("Load test", [exercise_id])
    code = new.room.code
    stop_event, seen = asyncio.Event(), {}
    dashboard = asyncio.create_task(
        facilitator_dashboard(ws_url, code, new.facilitator_key, stop_event, seen))
    await asyncio.sleep(1)
    rss_before = rss_mb(pid)

    cpu0 = cpu_seconds(pid)
    t0 = time.perf_counter()
    opened = await asyncio.gather(*[
        learner_session(ws_url, code, n, t0 + random.uniform(0, SPREAD_S))
        for n in range(1, learners + 1)])
    cpu_open_join = cpu_seconds(pid) - cpu0

    cpu1 = cpu_seconds(pid)
    t1 = time.perf_counter()
    await asyncio.gather(*[
        learner_check(learner, body.replace("Thanks", f"Thanks (learner {learner.n})"),
                      t1 + random.uniform(0, SPREAD_S)) for learner in opened])
    cpu_check = cpu_seconds(pid) - cpu1
    rss_after = rss_mb(pid)

    # Let the dashboard refresh once more after the last Check, then stop it.
    refreshes = seen.get("refreshes", 0)
    while seen.get("refreshes", 0) < refreshes + 2:
        await asyncio.sleep(0.2)
    stop_event.set()
    await dashboard

    # A learner comes back with their link in a new session (dropped connection, or ten
    # minutes away: Streamlit's old session is gone by then).
    first = opened[0]
    token = dict(p.split("=", 1) for p in first.client.query.split("&")).get("learner", "")
    back = Client(ws_url, "join", f"room={code}&learner={token}")
    back_s = await back.open(until=has("button", "Check"))
    restored = has("markdown", "Feedback on attempt 1")(back.run) or any(
        e.WhichOneof("type") == "heading" and "Feedback on attempt 1" in e.heading.body
        for e in back.run.elements)
    await back.close()
    for learner in opened:
        await learner.client.close()

    # Exactly once: from the database, not from the clients.
    stored = service.store.attempts(new.room.id)
    per_learner = [a.learner_id for a in stored]
    exactly_once = len(stored) == learners and len(set(per_learner)) == learners
    counted = seen.get("attempts") == str(learners) and seen.get("checked") == str(learners)

    opens = [learner.open_s for learner in opened]
    joins = [learner.join_s for learner in opened]
    checks = [learner.check_s for learner in opened]
    print(f"\n{learners} learners, one facilitator dashboard refreshing every "
          f"{seen.get('refresh_s') and 3} s ({seen.get('refreshes', 0)} refreshes seen)")
    print(line("open the join link -> first page", opens, TARGET_OPEN_P95_S))
    print(line("join -> practice page", joins))
    print(line("press Check -> 'Saved' feedback", checks, TARGET_CHECK_P95_S))
    print(line("dashboard refresh (fragment run)", seen.get("refresh_s", [0.0])))
    print(f"server CPU: {cpu_open_join / learners:.3f} s per open + join "
          f"({cpu_open_join:.1f} s for {learners}), {cpu_check / learners:.3f} s per Check "
          f"({cpu_check:.1f} s for {learners}, dashboard refreshes included)")
    print(f"server RSS: {rss_before:.0f} MB before the learners, {rss_after:.0f} MB with "
          f"{learners} sessions ({(rss_after - rss_before) / learners:.2f} MB per session)")
    print(f"attempts stored: {len(stored)} for {learners} Checks, {len(set(per_learner))} "
          f"learners -> {'exactly once' if exactly_once else 'NOT exactly once'}; dashboard "
          f"counted {seen.get('attempts')} attempts from {seen.get('checked')} learners "
          f"-> {'all counted' if counted else 'NOT all counted'}")
    print(f"load average after: {os.getloadavg()[0]:.1f} (other work on this machine "
          "slows the wall-clock figures, not the CPU ones)")
    print(f"a learner back with their link in a new session: page in {back_s:.2f} s, own "
          f"attempts {'restored' if restored else 'NOT restored'}")
    ok_targets = (pct(opens, .95) <= TARGET_OPEN_P95_S
                  and pct(checks, .95) <= TARGET_CHECK_P95_S)
    return exactly_once and counted and restored and ok_targets


def database(kind: str, folder: Path) -> tuple[str, Callable[[], None]]:
    if kind == "sqlite":
        return f"sqlite:///{folder}/rapport.db", lambda: None
    sys.path.insert(0, str(ROOT / "tests"))
    from rooms_db import fresh_postgres  # the same throwaway databases as the tests

    manager = fresh_postgres()
    try:
        url = manager.__enter__()
    except BaseException as problem:  # pytest.skip/fail outside pytest: say why, one line
        raise SystemExit(f"PostgreSQL is not available: {problem}") from None
    return url, lambda: manager.__exit__(None, None, None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=40)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--processes", type=int, default=1,
                        help="app processes; more than one runs them behind nginx with "
                        "deploy/nginx/rapport.conf")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    random.seed(args.seed)
    bank = exercises.load_bank()
    exercise = bank.exercises[0]
    body = exercises.render(exercise, "K7M3Q").model.body
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
        url, cleanup = database(args.database, Path(folder))
        stack.callback(cleanup)
        service = RoomService(Store.open(url))
        stack.callback(service.store.dispose)
        env = {**os.environ, "RAPPORT_DATABASE_URL": url}
        ports, servers = [], []
        for _ in range(args.processes):
            port = free_port()
            server = subprocess.Popen(app_command(port), cwd=ROOT, env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            stack.callback(stop, server)
            ports.append(port)
            servers.append(server)
        for port, server in zip(ports, servers, strict=True):
            wait_until_up(f"http://127.0.0.1:{port}/", server)
        app_url = f"http://127.0.0.1:{ports[0]}/"
        how = "one Streamlit process"
        if args.processes > 1:
            proxy_dir = Path(folder) / "nginx"
            proxy_dir.mkdir()
            app_url = stack.enter_context(running_nginx(proxy_dir, ports))
            how = f"{args.processes} Streamlit processes behind nginx (deploy/nginx/rapport.conf)"
        print(f"room_load: {args.learners} learners, database {args.database}, {how}, "
              f"protocol client over /_stcore/stream; load average before: "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        ok = asyncio.run(scenario(app_url, [s.pid for s in servers], service, args.learners,
                                  exercise.id, body,
                                  [f"http://127.0.0.1:{port}/" for port in ports]))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
