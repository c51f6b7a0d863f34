"""Storage: models, repository functions, engines and migrations.

Importing this package touches no database; engines are made by `create_engine` at start-up.
"""

from bot.db.session import create_engine, create_sessionmaker

__all__ = ["create_engine", "create_sessionmaker"]
