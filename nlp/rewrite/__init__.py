"""Rewriting: read the flagged sentences into facts and compose first-person suggestions."""
