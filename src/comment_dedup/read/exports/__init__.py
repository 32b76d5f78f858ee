"""Comment exports: JSON Lines, JSON documents (yt-dlp, Reddit, Hacker News) and CSV/TSV tables."""

from .choose import choose

__all__ = ["choose"]
