"""Helpers shared by the commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..settings import Settings, load_settings


def settings_from(args: argparse.Namespace, **overrides: object) -> Settings:
    path = Path(args.settings) if getattr(args, "settings", None) else None
    return load_settings(dict(overrides), path=path)
