"""One issuing app for the concurrency tests: ``python -m tests.services.issuer URL DIR N``.

Opens the books at URL with its own data folder DIR (as another machine of a team would),
says ``ready`` on stdout, waits for a line on stdin (so every process starts at the same
moment), then creates and issues N invoices through the services, one transaction each, and
prints their numbers as one JSON array.  Any failure ends it with a traceback and exit 1.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.paths import DataPaths
from tests.services.books import draft_form, opened


def main(url: str, folder: str, count: int) -> int:
    with opened(DataPaths(Path(folder)).ensure(), url) as services:
        client_id = services.parties.clients()[0].id
        forms = [draft_form(services, client_id, price=str(10 + n)) for n in range(count)]
        print("ready", flush=True)
        sys.stdin.readline()
        numbers = [services.invoices.create(form, issue=True).number for form in forms]
    print(json.dumps(numbers), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
