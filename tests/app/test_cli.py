"""The command line as an operator meets it: exit codes, messages, no token leaks."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.app import Doorman
from bot.store.sqlite.migrations import shipped
from tests.conftest import database_at_version

ROOT = Path(__file__).parents[2]


def cli(*args: str, cwd: Path, env_token: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    if env_token is not None:
        env["DISCORD_TOKEN"] = env_token
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "doorman.toml"
    path.write_text('[bot]\ndatabase = "data/doorman.db"\ntoken = "file-secret"\n', encoding="utf-8")
    return path


def test_run_without_a_token_exits_2_with_one_line_naming_discord_token(tmp_path):
    (tmp_path / "doorman.toml").write_text('[bot]\ndatabase = "d.db"\n', encoding="utf-8")
    done = cli("run", cwd=tmp_path)
    assert done.returncode == 2
    assert "DISCORD_TOKEN" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_bad_config_exits_2_naming_the_key(tmp_path):
    (tmp_path / "doorman.toml").write_text('[bot]\ndatabase = "d.db"\nlog_level = 3\n', encoding="utf-8")
    done = cli("run", cwd=tmp_path, env_token="x")
    assert done.returncode == 2 and "bot.log_level" in done.stderr and "Traceback" not in done.stderr


def test_a_missing_config_exits_2(tmp_path):
    assert main(["check-config", "--config", str(tmp_path / "none.toml")]) == 2


def test_check_config_prints_the_effective_config_without_the_token(config, capsys):
    assert main(["check-config", "--config", str(config)]) == 0
    printed = capsys.readouterr().out
    assert "file-secret" not in printed and "redacted" in printed and '"invites_per_member": 3' in printed


def test_backup_creates_migrates_and_copies(config, tmp_path, capsys):
    target = tmp_path / "copies" / "backup.db"
    assert main(["backup", str(target), "--config", str(config)]) == 0
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == len(shipped())
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()
    assert (tmp_path / "data" / "doorman.db").exists()


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_backup_refuses_a_database_from_a_newer_version_naming_both_versions(config, tmp_path, capsys):
    database = tmp_path / "data" / "doorman.db"
    database_at_version(database, 99)
    target = tmp_path / "copy.db"
    assert main(["backup", str(target), "--config", str(config)]) == 2
    line = one_line(capsys.readouterr().err)
    assert str(database) in line and "schema version 99" in line and f"({len(shipped())})" in line
    assert not target.exists() and user_version(database) == 99


def test_run_refuses_a_database_from_a_newer_version_before_logging_in(tmp_path):
    (tmp_path / "doorman.toml").write_text('[bot]\ndatabase = "d.db"\n', encoding="utf-8")
    database_at_version(tmp_path / "d.db", 99)
    done = cli("run", cwd=tmp_path, env_token="x")
    assert done.returncode == 2
    line = one_line(done.stderr)  # no traceback, and no log line: it never tried to log in
    assert line.startswith("doorman: ") and "schema version 99" in line and f"({len(shipped())})" in line


def test_run_exits_2_when_setup_finds_the_database_unusable(config, tmp_path, capsys, monkeypatch):
    """The database can change between the check before logging in and setup_hook: still one line."""
    database_at_version(tmp_path / "data" / "doorman.db", 99)

    async def check_passes(path: Path) -> None:
        return None

    async def login_without_discord(self: Doorman, token: str) -> None:
        await self.setup_hook()

    monkeypatch.setattr("bot.__main__._check_database", check_passes)
    monkeypatch.setattr(Doorman, "login", login_without_discord)
    assert main(["run", "--config", str(config)]) == 2
    assert "schema version 99" in one_line(capsys.readouterr().err)


def test_backup_from_a_database_path_that_is_a_directory_exits_2_saying_so(config, tmp_path, capsys):
    (tmp_path / "data" / "doorman.db").mkdir(parents=True)
    assert main(["backup", str(tmp_path / "copy.db"), "--config", str(config)]) == 2
    line = one_line(capsys.readouterr().err)
    assert str(tmp_path / "data" / "doorman.db") in line and "directory" in line


def test_run_with_a_file_where_the_database_folder_should_be_exits_2_saying_so(config, tmp_path, capsys):
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    assert main(["run", "--config", str(config)]) == 2
    line = one_line(capsys.readouterr().err)
    assert str(tmp_path / "data" / "doorman.db") in line and "not a folder" in line


def test_run_with_a_file_that_is_not_a_database_exits_2_without_a_traceback(tmp_path):
    (tmp_path / "doorman.toml").write_text('[bot]\ndatabase = "notes.txt"\n', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("my notes, not a database\n" * 100, encoding="utf-8")
    done = cli("run", cwd=tmp_path, env_token="x")
    assert done.returncode == 2
    line = one_line(done.stderr)
    assert line.startswith("doorman: ") and str(tmp_path / "notes.txt") in line and "not a database" in line


def test_demo_with_a_database_path_that_is_a_directory_exits_2_saying_so(tmp_path):
    (tmp_path / "demo.db").mkdir()
    done = cli("demo", "--database", "demo.db", cwd=tmp_path)
    assert done.returncode == 2
    assert "directory" in one_line(done.stderr)


@pytest.fixture
def live_database(config: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The config's database, created by a first backup."""
    assert main(["backup", str(tmp_path / "first.db"), "--config", str(config)]) == 0
    capsys.readouterr()
    return tmp_path / "data" / "doorman.db"


def same_path(tmp_path: Path, database: Path) -> str:
    return str(database)


def a_relative_spelling(tmp_path: Path, database: Path) -> str:
    return "data/../data/doorman.db"  # the tests run it from tmp_path


def a_symlink(tmp_path: Path, database: Path) -> str:
    (tmp_path / "link.db").symlink_to(database)
    return str(tmp_path / "link.db")


def through_a_symlinked_folder(tmp_path: Path, database: Path) -> str:
    (tmp_path / "alias").symlink_to(database.parent, target_is_directory=True)
    return str(tmp_path / "alias" / "doorman.db")


def a_hard_link(tmp_path: Path, database: Path) -> str:
    os.link(database, tmp_path / "hard.db")
    return str(tmp_path / "hard.db")


def its_write_ahead_log(tmp_path: Path, database: Path) -> str:
    return f"{database}-wal"


def its_shared_memory(tmp_path: Path, database: Path) -> str:
    return "data/doorman.db-shm"


@pytest.mark.parametrize(
    "spelled",
    [
        same_path,
        a_relative_spelling,
        a_symlink,
        through_a_symlinked_folder,
        a_hard_link,
        its_write_ahead_log,
        its_shared_memory,
    ],
)
def test_backup_onto_the_live_database_is_refused_and_writes_nothing(
    config, tmp_path, live_database, capsys, monkeypatch, spelled
):
    monkeypatch.chdir(tmp_path)
    target = spelled(tmp_path, live_database)
    before = (live_database.stat().st_ino, live_database.read_bytes())
    assert main(["backup", target, "--config", str(config)]) == 2
    line = one_line(capsys.readouterr().err)
    assert (
        line.startswith(f"doorman: cannot back up to {target}: it is the live database") and str(live_database) in line
    )
    assert (live_database.stat().st_ino, live_database.read_bytes()) == before
    assert list(tmp_path.rglob("*.partial")) == []


def test_backup_beside_a_database_named_like_a_temporary_copy_leaves_it_alone(tmp_path, capsys):
    """The copy is written beside the target first, under a name of its own: never the live database's."""
    config = tmp_path / "doorman.toml"
    config.write_text('[bot]\ndatabase = "doorman.db.partial"\n', encoding="utf-8")
    assert main(["backup", str(tmp_path / "first.db"), "--config", str(config)]) == 0
    database = tmp_path / "doorman.db.partial"
    before = database.read_bytes()
    assert main(["backup", str(tmp_path / "doorman.db"), "--config", str(config)]) == 0
    assert database.read_bytes() == before and (tmp_path / "doorman.db").exists()
    assert list(tmp_path.glob("*.[0-9]*.partial")) == []


def test_backup_to_a_directory_exits_2_saying_so(config, tmp_path, live_database, capsys):
    (tmp_path / "backups").mkdir()
    assert main(["backup", str(tmp_path / "backups"), "--config", str(config)]) == 2
    assert "is a directory" in one_line(capsys.readouterr().err)
    assert list((tmp_path / "backups").iterdir()) == [] and list(tmp_path.glob("*.partial")) == []


def test_backup_whose_folder_cannot_be_created_exits_2_naming_what_is_in_the_way(config, tmp_path, capsys):
    (tmp_path / "backups").write_text("not a folder", encoding="utf-8")
    assert main(["backup", str(tmp_path / "backups" / "copy.db"), "--config", str(config)]) == 2
    assert f"{tmp_path / 'backups'} is a file, not a folder" in one_line(capsys.readouterr().err)


def test_demo_walks_through_every_step_offline(tmp_path):
    done = cli("demo", "--database", str(tmp_path / "demo.db"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for expected in (
        "/gate setup",
        "/invite create",
        "Welcome to Climbing Club",
        "Reserved for the username carol: it must be their exact username",
        "A moderator will review",
        "[Admission request",
        "Only moderators can do that",
        "Approved by @mo",
        "Denied by @mo",
        "Reason: Nobody in the club knows this account",
        "malformed",
        "Too many failed attempts",
        "/gate whois",
        "Vouched for by (1)",
        "@alice with code",
        "(only they can see this)",
    ):
        assert expected in out, expected
    assert "\033[" not in out  # no colour when stdout is not a terminal


def test_demo_screens_newcomers_then_whois_shows_the_answers(tmp_path):
    """SPEC section 13 in the demo: the returning member, the young account, the join questions, the waiting
    room; each step's key output as its people see it, in order, and the steps after it still told."""
    done = cli("demo", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    returning = out.index("━━ Step 14: A member who left comes back without a code")
    young = out.index("━━ Step 15: Approval off, but a minimum account age")
    questions = out.index("━━ Step 16: Join questions")
    waiting = out.index("━━ Step 19: The waiting room")
    whois = out.index("━━ Step 20: Who vouched for whom")
    for start, end, expected in (
        (returning, young, "│ Welcome back! A moderator will review your request to rejoin Climbing Club"),
        (returning, young, "│ Needs a moderator because: 🔁 They were admitted here before (request #2,"),
        (returning, young, "frank's roles: Member"),
        (young, questions, "│ Your code was accepted. A moderator will review your request to join Climbing Club"),
        (young, questions, "│ Needs a moderator because: ⚠️ The account is younger than this server's minimum"),
        (young, questions, "heidi's roles: Member"),
        (questions, waiting, "│ Saved: newcomers now answer these 2 questions when they redeem a code."),
        (questions, waiting, "│ [A few questions before you join]"),
        (questions, waiting, "│ Where do you usually climb? (optional): ______"),
        (questions, waiting, "│ Signals: Account age: 0 days"),
        (questions, waiting, "│ How long have you been climbing?: About two years, mostly bouldering"),
        (questions, waiting, "│ Where do you usually climb? (optional): The gym by the station, and Fontainebleau"),
        (questions, waiting, "ivan's roles: Member"),
        (waiting, whois, "judy (DM) sees:\n      │ 👋 You joined Climbing Club, but you have not been let in yet."),
        (waiting, whois, "│ If you are still waiting then, you will be removed from the server in 1 day."),
        (waiting, whois, "#doorman-log sees:\n      │ 👢 @judy was kicked: not let in within 48 hours of joining."),
        (waiting, whois, "judy is no longer on the server."),
        (whois, len(out), "│ ↳ How long have you been climbing? About two years, mostly bouldering"),
        (whois, len(out), "approved by @mo 2 days ago"),
    ):
        assert expected in out[start:end], expected
    assert out.count("👋 You joined Climbing Club") == 1  # one reminder, to judy alone
    # frank was away a day before he came back: tenure counts it, and its step says so.
    assert "You can create invitation codes once you have been here 7 days: in 6 days." in out


def test_demo_without_simcord_says_how_to_install_it(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "simcord.py").write_text("raise ImportError('simulated absence')\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": f"{blocker}{os.pathsep}{ROOT}"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "demo"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2 and 'pip install -e ".[demo]"' in done.stderr
