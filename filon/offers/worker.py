"""The start of an import's worker process (see :mod:`filon.offers.importing`).

Apart from the importing module, which needs Django's models: the worker
unpickles this function before Django is set up.
"""
import os
import threading
import time

import django


def start(parent: int) -> None:
    """Set Django up, and end this process when the importing process
    ``parent`` is gone (killed, it would never tell its worker to stop)."""
    def watch():
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)
    threading.Thread(target=watch, daemon=True, name="filon-import-parent-watch").start()
    django.setup()
