"""The CLI, run as a real subprocess: exit codes, formats, archives, errors."""

import json
import subprocess
import sys

PY = [sys.executable, "-m", "checkers"]
STORY = "My 3pm today told me she finally left her husband."
FINE = "Our office is closed Monday. Call (555) 201-4400 to book."


def run(args, stdin=b""):
    return subprocess.run(PY + args, input=stdin, capture_output=True, timeout=60)


def test_clean_post_exits_0():
    r = run([], FINE.encode())
    assert r.returncode == 0, r.stderr
    assert b"no guidance flagged" in r.stdout


def test_flagged_post_exits_1_with_excerpt_and_suggestion():
    r = run(["-"], STORY.encode())
    assert r.returncode == 1
    out = r.stdout.decode()
    assert "privacy/client-story" in out and "instead:" in out and "[My 3pm]" in out


def test_json_format_reads_files(tmp_path):
    f = tmp_path / "post.txt"
    f.write_text(STORY, encoding="utf-8")
    r = run(["--format", "json", str(f)])
    data = json.loads(r.stdout)
    assert data[0]["file"] == str(f) and "privacy" in data[0]["guidelines"]


def _assert_one_line_error(r):
    assert r.returncode == 2
    err = r.stderr.decode()
    assert err.startswith("checkers: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err


def test_missing_file_is_one_line_exit_2(tmp_path):
    _assert_one_line_error(run([str(tmp_path / "nope.txt")]))


def test_invalid_utf8_is_one_line_exit_2():
    _assert_one_line_error(run([], b"caf\xe9 client"))


def test_unknown_rule_id_is_one_line_exit_2():
    _assert_one_line_error(run(["--select", "privacy/nope"], b"hi"))


def test_unknown_option_is_one_line_exit_2():
    _assert_one_line_error(run(["--frobnicate"], b"hi"))


def test_directory_is_one_line_exit_2(tmp_path):
    _assert_one_line_error(run([str(tmp_path)]))


def test_jsonl_archive_reports_bad_lines_and_processes_good_ones():
    archive = "\n".join([
        json.dumps({"id": "a", "text": STORY}),
        "{not json",
        json.dumps({"id": "b"}),
        "",
        json.dumps({"id": "c", "text": FINE}),
    ]).encode() + b"\n\xff\xfe\n"
    r = run(["--input", "jsonl", "--format", "jsonl"], archive)
    assert r.returncode == 2
    lines = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert [x.get("id") for x in lines] == ["a", None, None, "c", None]
    assert [x.get("line") for x in lines if "error" in x] == [2, 3, 6]
    assert "privacy" in lines[0]["guidelines"] and lines[3]["guidelines"] == []
    err = r.stderr.decode().splitlines()
    assert err == [e for e in err if e.startswith("checkers: error: <stdin>:")] and len(err) == 3


def test_jsonl_archive_all_good_exit_code_reflects_findings():
    archive = (json.dumps({"id": 1, "text": FINE}) + "\n").encode()
    assert run(["--input", "jsonl"], archive).returncode == 0


def test_list_rules_lists_every_rule():
    import checkers
    r = run(["--list-rules", "--format", "json"])
    assert r.returncode == 0
    assert [x["id"] for x in json.loads(r.stdout)] == [x.id for x in checkers.RULES]
