"""Writers to be killed: each saves a large, self-checking JSON document over and over.

Run as ``python killable_writer.py PATH ROWS``: a small fork server. It imports
:mod:`gpuscope.userdata` once, then for every line ``SEQ`` read on stdin forks a writer that
rewrites PATH with :func:`~gpuscope.userdata.write_json_atomic` (documents ``SEQ``, ``SEQ+1``, ...)
until it is killed, prints the writer's pid, waits for it to die and prints ``dead``. Forking
from a ready process makes each round cost a millisecond instead of an interpreter start, so a
test can kill writers many times in a few seconds. Every document is complete in itself: ``count``
rows, each starting with the document's ``seq``.
"""

from __future__ import annotations

import os
import sys

from gpuscope.userdata import write_json_atomic


def document(seq: int, rows: int) -> dict:
    rows_ = [[seq, i, "gpuscope user data " * 25] for i in range(rows)]  # long rows: the time
    # goes to writing and syncing the file, the window a kill must land in
    return {"seq": seq, "count": rows, "rows": rows_}


def _write_forever(path: str, rows: int, seq: int) -> None:
    while True:
        write_json_atomic(path, document(seq, rows))
        seq += 1


def main() -> None:
    path, rows = sys.argv[1], int(sys.argv[2])
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                _write_forever(path, rows, int(line))
            finally:
                os._exit(1)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("dead", flush=True)


if __name__ == "__main__":
    main()
