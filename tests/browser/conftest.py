"""Fixtures for the browser tests: the site built once per session (the
normal build and the offline zip), a local http.server, and the machine's
Chromium driven by Playwright."""

from __future__ import annotations

from pathlib import Path

import pytest

from .support import build_site, launch, missing_requirements, serve, unzip

_why = missing_requirements()
_NEEDS = {"browser", "site", "offline_zip", "offline_site", "base_url", "mini_site"}


def pytest_collection_modifyitems(config, items):
    if _why is None:
        return
    skip = pytest.mark.skip(reason=_why)
    for item in items:
        if _NEEDS & set(getattr(item, "fixturenames", ())):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The normal build (what ``make html`` serves)."""
    return build_site(tmp_path_factory.mktemp("browser-site") / "html").outdir


@pytest.fixture(scope="session")
def offline_zip(tmp_path_factory) -> Path:
    """``make offline``'s zip, built from an offline build."""
    from handbook.assets import make_offline_zip

    tmp = tmp_path_factory.mktemp("browser-offline")
    built = build_site(tmp / "offline", offline=True).outdir
    return make_offline_zip(built, tmp / "dist")


@pytest.fixture(scope="session")
def offline_site(offline_zip, tmp_path_factory) -> Path:
    """The offline zip, unpacked as a clinic would."""
    return unzip(offline_zip, tmp_path_factory.mktemp("browser-unzipped"))


@pytest.fixture(scope="session")
def base_url(site):
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(playwright_instance):
    b = launch(playwright_instance)
    yield b
    b.close()
