"""The `rapport` command line: every command and every exit code."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rapport.cli import line_col, main

GOOD = ("Hi Ana,\nI'm a student at Leeds and I read your post on survey weights. How do you "
        "choose the trimming cap? No worries if you're busy.\nThanks,\nPriya\n")
BAD = "Hi Michael,\nCan I pick your brain ASAP?\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "bad.txt"
    path.write_text(BAD, encoding="utf-8")
    return path


def test_check_clean_message_exits_0(capsys, good_file):
    code, out, _ = run(capsys, "check", str(good_file), "--subject", "Your survey weights post")
    assert code == 0
    assert "ready to send" in out


def test_check_findings_exit_1_with_line_and_column(capsys, bad_file):
    code, out, _ = run(capsys, "check", str(bad_file), "--subject", "Survey weights",
                       "--recipient-name", "Lucas Moreau")
    assert code == 1
    lines = out.splitlines()
    assert "1:4 error wrong-name You greet Michael, but this message is for Lucas Moreau." in lines
    assert any(line.startswith("2:7 warning vague-ask ") for line in lines)
    findings = [line for line in lines if re.match(r"\d+:\d+ ", line)]
    assert all(re.match(r"\d+:\d+ (?:error|warning|info) [a-z-]+ \S", line) for line in findings)


def test_explain_adds_why_fix_and_lesson(capsys, bad_file):
    _, out, _ = run(capsys, "check", str(bad_file), "--explain")
    assert "    why: " in out and "    fix: " in out
    assert "    lesson: lessons/04-curiosity-not-extraction.md" in out
    assert "    here: pick your brain" in out


def test_fail_level_controls_exit_code(capsys, tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("Hi Ana, we met at PyCon. How did you pick your thesis topic?", encoding="utf-8")
    args = ["check", str(path), "--channel", "linkedin", "--relationship", "acquaintance"]
    assert run(capsys, *args, "--fail-level", "warning")[0] == 0
    assert run(capsys, *args, "--fail-level", "info")[0] == 1
    assert run(capsys, "check", str(path), "--fail-level", "error", "--subject", "Hi")[0] == 0


def test_json_format_is_the_report(capsys, bad_file):
    code, out, _ = run(capsys, "check", str(bad_file), "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert report["ready"] is False
    assert {"words", "tone", "reading_grade"} <= set(report["scores"])
    assert "vague-ask" in {f["rule"] for f in report["findings"]}
    assert all({"rule", "severity", "start", "end", "message", "lesson"} <= set(f)
               for f in report["findings"])


def test_stdin_with_dash(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Hi!")))
    code, out, _ = run(capsys, "check", "-", "--channel", "slack", "--relationship", "coworker")
    assert code == 1
    assert "naked-greeting" in out


@pytest.mark.parametrize(
    ("argv", "content", "expected"),
    [
        (["check", "{path}"], "   \n", "empty"),
        (["check", "{path}"], "x" * 10_001, "10,000"),
        (["check", "{missing}"], None, "no such file"),
        (["check", "{path}", "--channel", "fax"], "Hi", "invalid choice"),
        (["check", "{path}", "--recipient-work", "Talk"], "Hi", "--recipient-name"),
        (["rules", "explain", "no-such-rule"], None, "unknown rule"),
        (["persona", "O0I1L"], None, "scenario code"),
        (["exercises", "show", "no-such-exercise"], None, "no-such-exercise"),
        (["check", "--batch", "{missing}"], None, "no such file"),
        (["check", "{path}", "--format", "jsonl"], "Hi", "--batch"),
    ],
)
def test_usage_and_input_errors_exit_2_with_one_clear_line(capsys, tmp_path, argv, content,
                                                          expected):
    path = tmp_path / "msg.txt"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    argv = [a.format(path=path, missing=tmp_path / "nope.txt") for a in argv]
    code, _, err = run(capsys, *argv)
    assert code == 2
    last = err.strip().splitlines()[-1]
    assert last.startswith("rapport: error: ") and expected in last
    assert "Traceback" not in err


def test_binary_file_is_a_clear_error(capsys, tmp_path):
    path = tmp_path / "m.bin"
    path.write_bytes(b"\xff\xfe\x00\x81")
    code, _, err = run(capsys, "check", str(path))
    assert code == 2 and "UTF-8" in err


def test_batch_keeps_order_ids_and_isolates_bad_lines(capsys, tmp_path):
    lines = [
        {"id": "a", "channel": "slack", "relationship": "coworker", "body": "Hi!",
         "extra": "ignored"},
        "not json",
        {"id": "c", "channel": "fax", "body": "Hello"},
        {"id": "d", "body": "   "},
        {"id": "e", "channel": "email", "subject": "Your thesis", "relationship": "stranger",
         "body": "Hi Michael, how did you pick your topic?",
         "recipient": {"name": "Lucas Moreau", "work": ["Thesis"], "unknown": 1}},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines),
                    encoding="utf-8")
    code, out, _ = run(capsys, "check", "--batch", str(path), "--format", "jsonl")
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["a", None, "c", "d", "e"]
    assert results[0]["ready"] is False
    assert [f["rule"] for f in results[0]["findings"]] == ["naked-greeting"]
    assert "error" in results[1] and "JSON" in results[1]["error"]
    assert "channel" in results[2]["error"]
    assert "empty" in results[3]["error"]
    assert "wrong-name" in {f["rule"] for f in results[4]["findings"]}
    assert set(results[4]) == {"id", "ready", "findings", "scores"}
    assert code == 2


def test_batch_all_clean_exits_0(capsys, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": 1, "channel": "text", "relationship": "friend",
                                "body": "want to get tacos tonight?"}) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--batch", str(path))
    assert code == 0 and json.loads(out)["ready"] is True


def test_rules_list_and_explain(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    assert "naked-greeting" in out and "blunt-tone" in out
    code, out, _ = run(capsys, "rules", "--format", "json")
    assert {r["id"] for r in json.loads(out)} >= {"vague-ask", "too-long"}
    code, out, _ = run(capsys, "rules", "explain", "vague-ask")
    assert code == 0
    assert "Why it matters" in out and "[[pick your brain]]" in out
    assert "lessons/04-curiosity-not-extraction.md" in out


def test_persona_text_and_json(capsys):
    code, out, _ = run(capsys, "persona", "k7m3q", "--format", "json")
    persona = json.loads(out)
    assert code == 0 and persona["code"] == "K7M3Q" and persona["locale"]
    code, out, _ = run(capsys, "persona", "K7M3Q")
    assert persona["full_name"] in out
    code, out, _ = run(capsys, "persona")
    assert code == 0 and "code " in out


def test_exercises_list_show_validate(capsys, tmp_path):
    code, out, _ = run(capsys, "exercises", "list", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) >= 24
    assert {"id", "title", "channel", "relationship", "lesson"} <= set(rows[0])
    code, out, _ = run(capsys, "exercises", "show", rows[0]["id"], "--code", "K7M3Q")
    assert code == 0 and "K7M3Q" in out and "The weak message" in out
    assert run(capsys, "exercises", "validate")[0] == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    code, out, _ = run(capsys, "exercises", "validate", str(tmp_path))
    assert code == 1 and "broken.yaml" in out


def test_line_col_is_one_based():
    assert line_col("ab\ncd", 0) == (1, 1)
    assert line_col("ab\ncd", 4) == (2, 2)


def test_console_script_runs_and_shows_no_traceback(tmp_path):
    exe = Path(sys.executable).with_name("rapport")
    result = subprocess.run([str(exe), "check", str(tmp_path / "missing.txt")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == f"rapport: error: no such file: {tmp_path / 'missing.txt'}"


def test_email_file_may_start_with_its_subject_line(capsys, tmp_path):
    path = tmp_path / "email.txt"
    path.write_text("Subject: Quick question\n\nHi Ana,\nCan I pick your brain?\nPriya\n",
                    encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path))
    lines = out.splitlines()
    assert code == 1
    assert any(line.startswith("1:10 warning subject-line ") for line in lines)
    assert any(line.startswith("4:7 warning vague-ask ") for line in lines)
    code, out, _ = run(capsys, "check", str(path), "--subject", "Your thesis topic")
    assert "subject-line" not in out


def test_subject_line_in_file_is_body_text_for_chat(capsys, tmp_path):
    path = tmp_path / "dm.txt"
    path.write_text("Subject: hi\n\nCan I pick your brain?\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", str(path), "--channel", "slack", "--relationship",
                    "coworker")
    assert "subject-line" not in out
    assert any(line.startswith("3:7 warning vague-ask ") for line in out.splitlines())


def test_connection_note_is_counted_in_characters(capsys, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Hi Ana, I'm a junior analyst in Leeds. " + "Your post on weights helped. " * 10
                    + "How do you pick the cap? No worries if you're busy. Rita", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(path), "--channel", "linkedin")
    assert "too-long" not in out
    code, out, _ = run(capsys, "check", str(path), "--channel", "linkedin", "--connection-note")
    assert code == 1
    assert "too-long" in out and "300" in out


def test_long_batch_is_shared_between_processes_with_the_same_results(capsys, tmp_path):
    from rapport.batch import PARALLEL_FROM

    bodies = ["Hi!", "Hi Ana, how did you pick your thesis topic?\nSam", "Send me the deck.",
              "Hey, are you around?", "Dear Dr. Osei, your talk on soil carbon was great. "
              "Could you tell me how you sampled the plots? No worries if not.\nKim"]
    lines = [json.dumps({"id": n, "channel": "slack", "relationship": "coworker",
                         "body": bodies[n % len(bodies)]}) for n in range(PARALLEL_FROM + 80)]
    lines[7] = "not json"
    lines[300] = ""  # blank lines are skipped, and numbering still counts them
    lines[301] = json.dumps({"id": 301, "channel": "fax", "body": "Hello"})
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outputs = {}
    for jobs in ("1", "2"):
        code, out, _ = run(capsys, "check", "--batch", str(path), "--jobs", jobs)
        outputs[jobs] = (code, [json.loads(line) for line in out.splitlines()])
    assert outputs["1"] == outputs["2"]
    code, results = outputs["2"]
    assert code == 2 and len(results) == len(lines) - 1
    assert [r["id"] for r in results if r["id"] is not None] == [
        n for n in range(len(lines)) if n not in (7, 300)]
    assert results[7]["line"] == 8 and "JSON" in results[7]["error"]
    assert results[300]["line"] == 302 and "channel" in results[300]["error"]
    assert [f["rule"] for f in results[0]["findings"]] == ["naked-greeting"]


def test_jobs_must_be_a_positive_number_and_only_for_a_batch(capsys, good_file):
    code, _, err = run(capsys, "check", "--batch", str(good_file), "--jobs", "0")
    assert code == 2 and "1 or more" in err
    code, _, err = run(capsys, "check", str(good_file), "--jobs", "2")
    assert code == 2 and "--jobs is for --batch" in err
