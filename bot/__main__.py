"""`python -m bot` runs Tend; `python -m bot migrate` applies database migrations."""

import sys

from bot.app import main

raise SystemExit(main(sys.argv[1:]))
