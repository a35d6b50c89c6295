"""The frozen app's entry point: the same as the `sellerdesk` console script.

`freeze_support()` first: a frozen app has no Python interpreter to spawn, so a
`multiprocessing` child (the photo library's `spawn` pool) re-runs this executable, and this
call turns that run into the worker instead of a second window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from sellerdesk.cli import main

    sys.exit(main())
