"""``python -m comment_dedup`` runs the command."""

import sys

from .cli import run

sys.exit(run())
