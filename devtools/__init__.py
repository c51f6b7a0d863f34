"""Developer tools outside the shipped package: the offline demo, and the launcher that runs
the real bot against the Bot API stand-in (tests, demo, benchmarks)."""
