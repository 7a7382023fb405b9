"""Fixtures for the site tests: one real Sphinx build of the handbook per
session (``sphinx-build -W --keep-going -n -b html``), as ``make html`` runs it."""

from __future__ import annotations

import pytest

from .helpers import ROOT, Build, sphinx_build


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "pdf: renders the whole handbook to PDF with WeasyPrint (slow, ~1 min)")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Build:
    """The handbook built once into a temporary folder."""
    out = tmp_path_factory.mktemp("site") / "html"
    return sphinx_build(ROOT / "docs", out)
