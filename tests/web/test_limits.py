"""The server under more than it can take, long lists, hostile paths, and `legation serve`'s start."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from conftest import LiveServer


def test_more_requests_than_slots_get_503_with_retry_after_never_500(store_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import legation.web.app as app_module

    monkeypatch.setattr(app_module, "PAGES_AT_ONCE", 1)
    monkeypatch.setattr(app_module, "QUEUE", 2)
    with LiveServer(store_path) as server:
        def get(i: int) -> httpx.Response:
            # Each search is new, so none is answered from the cache.
            return httpx.get(f"{server.url}/search", params={"q": f"Mongol {i}"}, timeout=60)

        with ThreadPoolExecutor(max_workers=64) as pool:
            answers = list(pool.map(get, range(192)))
        after = httpx.get(f"{server.url}/search", params={"q": "Mongolia"}, timeout=60)
    statuses = {r.status_code for r in answers}
    assert statuses == {200, 503}, statuses
    for r in answers:
        if r.status_code == 503:
            assert int(r.headers["retry-after"]) > 0
            assert "busy" in r.text and "Traceback" not in r.text
    assert after.status_code == 200          # and it serves again once the crowd has gone


def test_long_lists_come_in_pages_linked_by_route(store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import legation.web.views as views

    monkeypatch.setattr(views, "PER_PAGE", 2)
    with LiveServer(store_path) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        first = client.get("/pair/MNG-CHE", params={"format": "json"}).json()
        second = client.get("/pair/MNG-CHE", params={"format": "json", "page": 2}).json()
        html = client.get("/pair/MNG-CHE").text
        past_end = client.get("/pair/MNG-CHE", params={"page": 3})
        not_a_number = client.get("/pair/MNG-CHE", params={"page": "x"})
    assert first["events_total"] == 3
    assert len(first["events"]) == 2 and len(second["events"]) == 1
    assert {e["id"] for e in first["events"]}.isdisjoint(e["id"] for e in second["events"])
    assert first["pagination"]["next"] == 2 and second["pagination"]["next"] is None
    assert second["pagination"]["previous"] == 1
    assert 'href="/pair/MNG-CHE?page=2"' in html
    assert past_end.status_code == 404 and not_a_number.status_code == 404


def test_links_never_come_from_the_request_path(live_server: LiveServer) -> None:
    with socket.create_connection(("127.0.0.1", live_server.port), timeout=10) as sock:
        sock.sendall(b"GET //evil.example/x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    text = answer.decode("utf-8", "replace")
    assert text.startswith("HTTP/1.1 404")
    assert "evil.example" not in text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_on_a_port_in_use_says_so_in_one_line_without_serving_at(store_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "legation", "serve", "--db", str(store_path),
                               "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "serving at" not in done.stdout
    assert f"port {port}" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_serve_beyond_loopback_warns(store_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "legation", "serve", "--db", str(store_path), "--host",
                             "0.0.0.0", "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        served = proc.stdout.readline()
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "serving" in served
    assert "warning" in err and "0.0.0.0" in err


def test_serve_on_loopback_gives_no_warning(store_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "legation", "serve", "--db", str(store_path),
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        served = proc.stdout.readline()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                status = httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code
                break
            except httpx.TransportError:
                time.sleep(0.1)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "serving" in served and status == 200
    assert "warning" not in err
