from pathlib import Path

import pytest

from bot.config import ConfigError, Policy, load_config
from bot.core.shards import Shards
from bot.store.postgres.url import PostgresUrl


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doorman.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_config_takes_every_default(tmp_path):
    config = load_config(write(tmp_path, '[bot]\ndatabase = "d.db"\n'), environ={})
    assert config.database == (tmp_path / "d.db").resolve()
    assert config.defaults == Policy()
    assert config.token is None and config.log_level == "INFO" and config.dev_guild_ids == ()


def test_example_config_loads(tmp_path):
    example = Path(__file__).parents[2] / "config.example.toml"
    config = load_config(write(tmp_path, example.read_text()), environ={})
    assert config.defaults == Policy()


def test_every_key_is_read(tmp_path):
    text = """
[bot]
token = "from-file"
database = "data/x.db"
log_level = "debug"
dev_guild_ids = [123]
[defaults]
invites_per_member = 4
quota_period_days = 10
code_ttl_days = 2
max_uses_per_code = 9
approval = true
redeem_attempts = 3
lockout_minutes = 20
invite_links = false
"""
    config = load_config(write(tmp_path, text), environ={})
    assert config.token == "from-file" and config.log_level == "DEBUG" and config.dev_guild_ids == (123,)
    assert config.defaults == Policy(4, 10, 2, 9, True, 3, 20, False)


def test_environment_token_wins_over_the_file(tmp_path):
    path = write(tmp_path, '[bot]\ndatabase = "d.db"\ntoken = "file"\n')
    assert load_config(path, environ={"DISCORD_TOKEN": "env"}).token == "env"


def test_token_is_never_in_repr_or_redacted_output(tmp_path):
    config = load_config(write(tmp_path, '[bot]\ndatabase = "d.db"\ntoken = "s3cret"\n'), environ={})
    assert "s3cret" not in repr(config)
    assert "s3cret" not in str(config.redacted())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('[bot]\ndatabase = "d.db"\ncolour = "red"\n', "bot.colour"),
        ('[bot]\ndatabase = "d.db"\n[defaults]\nquota = 3\n', "defaults.quota"),
        ('[bot]\ndatabase = "d.db"\n[extra]\n', "extra"),
        ("[bot]\ndatabase = 5\n", "bot.database"),
        ("[bot]\n", "database"),
        ('[bot]\ndatabase = "d.db"\n[defaults]\ninvites_per_member = "3"\n', "defaults.invites_per_member"),
        ('[bot]\ndatabase = "d.db"\n[defaults]\ncode_ttl_days = 0\n', "defaults.code_ttl_days"),
        ('[bot]\ndatabase = "d.db"\n[defaults]\napproval = "yes"\n', "defaults.approval"),
        ('[bot]\ndatabase = "d.db"\n[defaults]\nredeem_attempts = true\n', "defaults.redeem_attempts"),
        ('[bot]\ndatabase = "d.db"\nlog_level = "LOUD"\n', "bot.log_level"),
        ('[bot]\ndatabase = "d.db"\ndev_guild_ids = ["1"]\n', "bot.dev_guild_ids"),
        ('[bot\ndatabase = "d.db"\n', "not valid TOML"),
        ('[bot]\ndatabase = "d.db"\nshard_count = 0\n', "bot.shard_count"),
        ('[bot]\ndatabase = "d.db"\nshard_count = "2"\n', "bot.shard_count"),
        ('[bot]\ndatabase = "d.db"\nshard_ids = [0]\n', "bot.shard_ids needs bot.shard_count"),
        ('[bot]\ndatabase = "d.db"\nshard_count = 2\nshard_ids = [2]\n', "bot.shard_ids"),
        ('[bot]\ndatabase = "d.db"\nshard_count = 2\nshard_ids = [1, 1]\n', "bot.shard_ids"),
        ('[bot]\ndatabase = "d.db"\nshard_count = 2\nshard_ids = []\n', "bot.shard_ids"),
    ],
)
def test_bad_config_names_the_key(tmp_path, text, names):
    with pytest.raises(ConfigError, match=names.replace(".", r"\.")):
        load_config(write(tmp_path, text), environ={})


def test_missing_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml", environ={})


def test_shards_default_to_one_process_with_every_shard(tmp_path):
    config = load_config(write(tmp_path, '[bot]\ndatabase = "d.db"\nshard_count = 4\n'), environ={})
    assert config.shards == Shards(4, (0, 1, 2, 3)) and config.shards.all
    config = load_config(write(tmp_path, '[bot]\ndatabase = "d.db"\nshard_count = 4\nshard_ids = [3, 1]\n'), environ={})
    assert config.shards == Shards(4, (1, 3)) and not config.shards.all
    assert not config.shards.holds(0) and config.shards.holds(3 << 22)


def test_a_postgresql_url_is_kept_as_written_not_resolved_as_a_file(tmp_path):
    url = "postgresql://doorman:s3cret@db.example:5432/doorman?sslmode=require"
    config = load_config(write(tmp_path, f'[bot]\ndatabase = "{url}"\n'), environ={})
    assert config.database == PostgresUrl(url) and config.database.dsn == url
    assert "s3cret" not in str(config.redacted()) and "s3cret" not in repr(config)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://u:s3cret@h/db", "postgresql://u:***@h/db"),
        ("postgresql://u@h/db?password=s3cret", "postgresql://u@h/db?password=***"),
        ("postgresql://u:p#ss3cret@h/db", "postgresql://u:***@h/db"),
        ("postgresql://u:pa/ss3cret@h/db", "postgresql://u:***@h/db"),
        ("postgresql:///db?host=/run/pg&user=u&password=s3cret", "postgresql:///db?host=/run/pg&user=u&password=***"),
        ("postgresql://doorman@/db?host=/tmp/pg", "postgresql://doorman@/db?host=/tmp/pg"),
    ],
)
def test_a_postgresql_password_is_never_shown_however_it_is_written(url, shown):
    assert str(PostgresUrl(url)) == shown and "s3cret" not in repr(PostgresUrl(url))
