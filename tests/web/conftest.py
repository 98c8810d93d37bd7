"""A real store, a real server on loopback, and a real headless Chromium for the web tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the web tests need the 'web' extra: pip install 'legation[web]'")

sys.path.insert(0, str(Path(__file__).parent))
import articles  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import io

    from legation.alerts import add, run_rules
    from legation.store import Store

    path = tmp_path_factory.mktemp("store") / "web.duckdb"
    with Store(path) as store:          # a rule set up before the news came in fires on it
        add(store, "protests", "events", {"types": ["PROTEST"], "pair": ["CHE", "MNG"]}, ["stdout"])
    articles.build_store(str(path))
    with Store(path) as store:
        assert len(run_rules(store, out=io.StringIO())) == 1
    return path


class LiveServer:
    """uvicorn serving `create_app(db)` from a thread, on a socket bound before it starts."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        from legation.web import create_app

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db), log_level="warning", access_log=False, lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


@pytest.fixture(scope="session")
def live_server(store_path: Path) -> Iterator[LiveServer]:
    with LiveServer(store_path) as server:
        yield server


@pytest.fixture(scope="session")
def http(live_server: LiveServer) -> Iterator[object]:
    import httpx

    with httpx.Client(base_url=live_server.url, timeout=10, follow_redirects=False) as client:
        yield client


def _browser_binaries() -> tuple[str | None, str | None]:
    return shutil.which("chromium"), shutil.which("chromedriver")


@pytest.fixture(scope="session")
def browser_binaries() -> tuple[str, str]:
    chromium, driver = _browser_binaries()
    if not (chromium and driver):
        # The CI script installs it first; this covers a developer running pytest directly.
        script = ROOT / "scripts" / "install-browser.sh"
        try:
            subprocess.run(["bash", str(script)], timeout=900, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired):
            pass
        chromium, driver = _browser_binaries()
    if not (chromium and driver):
        pytest.skip("browser tests need Debian's chromium and chromium-driver, and "
                    "scripts/install-browser.sh could not install them")
    return chromium, driver


@pytest.fixture(scope="session")
def browser(browser_binaries: tuple[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    webdriver = pytest.importorskip("selenium.webdriver", reason="browser tests need selenium (the dev extra)")
    from selenium.webdriver.chrome.service import Service

    chromium, driver_path = browser_binaries
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1280,1600", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path keeps Selenium Manager from looking for (or downloading) a driver.
    os.environ.setdefault("SE_AVOID_STATS", "true")
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def screenshot_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chosen = os.environ.get("LEGATION_SCREENSHOTS")
    path = Path(chosen) if chosen else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path
