"""`python -m bot.worker FD MODULE…`: the worker's fork server (`bot.worker.server`), as `Worker` starts it."""

import sys

from bot.worker.server import main

main(sys.argv[1:])
