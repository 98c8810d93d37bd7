"""Event types come from `resources/plover.toml` alone: the record, schema, store, merge and charts follow it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import resources as ir
from pathlib import Path

import jsonschema
import pytest

from legation.document import PLOVER_TYPES
from legation.resources import RESOURCES_ENV
from legation.schema import document_schema, event_type_enum, shipped_schema
from legation.web.charts import TYPE_COLOURS

NEW_TYPE = """
[types.RECONCILE]
cameo = "039"
intensity = 6.5
colour = "#00aa88"
symmetric = true
located = true
"""
NEW_TRIGGERS = """
[[triggers]]
type = "RECONCILE"
words = ["reconciled"]
"""


def copy_resources(to: Path) -> Path:
    root = to / "resources"
    shutil.copytree(str(ir.files("legation.resources")), root, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return root


def run(root: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, RESOURCES_ENV: str(root)}
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True, text=True, timeout=300, env=env)


def legation(root: Path, *args: str) -> object:
    res = run(root, "-m", "legation", *args)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


def test_the_shipped_schema_lists_the_types_of_plover_toml() -> None:
    assert event_type_enum(shipped_schema()) == list(PLOVER_TYPES), \
        "update the event type enum in src/legation/schema/document.schema.json to plover.toml's types"
    assert list(TYPE_COLOURS) == list(PLOVER_TYPES)


def test_a_new_type_needs_plover_toml_and_triggers_only(tmp_path: Path) -> None:
    root = copy_resources(tmp_path)
    with (root / "plover.toml").open("a", encoding="utf-8") as fh:
        fh.write(NEW_TYPE)
    with (root / "en" / "events.toml").open("a", encoding="utf-8") as fh:
        fh.write(NEW_TRIGGERS)
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "one.txt").write_text("Armenia and Azerbaijan reconciled in Geneva on June 3, 2025. "
                                      "The two governments described the day as historic.\n", encoding="utf-8")
    (articles / "two.txt").write_text("Azerbaijan and Armenia reconciled on June 3, 2025, their foreign "
                                      "ministries said in statements issued the same evening.\n", encoding="utf-8")

    record = legation(root, "extract", str(articles / "one.txt"), "--published", "2025-06-04", "--format", "json")
    (event,) = record["events"]
    assert (event["type"], event["cameo"], event["intensity"]) == ("RECONCILE", "039", 6.5)
    # The packaged schema does not know the type; the one built from the copy does.
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, document_schema())
    check = run(root, "-c", "import json, sys, jsonschema; from legation.schema import document_schema; "
                            "jsonschema.validate(json.load(sys.stdin), document_schema())", stdin=json.dumps(record))
    assert check.returncode == 0, check.stderr

    db = str(tmp_path / "news.duckdb")
    legation(root, "ingest", str(articles), "--db", db, "--published", "2025-06-04", "--format", "json")
    events = legation(root, "events", "--db", db, "--format", "json")
    # Symmetric: both reports, each naming its own side first, merge into one happening.
    assert [(e["type"], e["documents"]) for e in events] == [("RECONCILE", 2)]
    pair = legation(root, "pair", "ARM", "AZE", "--db", db, "--format", "json")
    assert [m["score"] for m in pair["score_by_month"]] == [6.5]

    chart = run(root, "-c", "from legation.web.charts import events_by_month; "
                            "print(events_by_month(['2025-06'], {'RECONCILE': [1]}))")
    assert chart.returncode == 0, chart.stderr
    assert "#00aa88" in chart.stdout and "RECONCILE" in chart.stdout


@pytest.mark.parametrize("change,key", [
    (("intensity = 4.0", "intensty = 4.0"), "types.AGREE.intensty"),
    (('colour = "#2166ac"\n', ""), "types.CONSULT.colour"),
])
def test_a_misspelt_or_missing_key_fails_naming_file_and_key(tmp_path: Path, change: tuple[str, str],
                                                             key: str) -> None:
    root = copy_resources(tmp_path)
    plover = root / "plover.toml"
    plover.write_text(plover.read_text(encoding="utf-8").replace(*change, 1), encoding="utf-8")
    res = run(root, "-m", "legation", "extract", "-", "--lang", "en")
    assert res.returncode != 0
    assert f"plover.toml: {key}" in res.stderr
