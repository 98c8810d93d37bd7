"""Pool workers that die with the process that started the pool.

A worker blocked on its task queue never notices that the process feeding it is
gone (it holds the queue's write end itself), and the fork server it came from
waits for its workers: a `kill -9` of `legation ingest --workers N` used to
leave the fork server and every worker alive. Each worker therefore watches the
pool's process and exits when that process ends, however it ends. The fork
server, left with no worker, then exits by itself, and so does the resource
tracker.

The watch is a thread blocked on a pidfd (Linux 5.3 and later), which becomes
readable when the process exits: no polling, and no confusion with a new process
that reuses the id. (`PR_SET_PDEATHSIG` would not do: it fires when the parent
*thread* ends, and a worker's parent is the fork server, not the pool's process.)
"""

from __future__ import annotations

import os
import select
import threading


def die_with(pid: int) -> None:
    """Exit this process as soon as process `pid` has ended (where pidfds exist; else nothing)."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)         # it ended before this worker started
    except (AttributeError, OSError):
        return              # no pidfds here

    def watch() -> None:
        select.select([fd], [], [])
        os._exit(1)

    threading.Thread(target=watch, name="legation-lifeline", daemon=True).start()
