"""Storage: models, repository functions, engines, migrations, and the draft path's group
commit.

models.py        the schema
repository/      queries as plain async functions (the caller owns the transaction)
session.py       engines and sessions, SQLite and PostgreSQL alike
group_commit.py  the draft path's small writes of concurrent updates, one transaction
migrate.py       Alembic, at start-up and `python -m bot migrate`
startup.py       waiting for a database that is not there yet
probe.py         is the database reachable, writable, and still the file it opened
types.py         column types that behave the same on SQLite and PostgreSQL

Importing this package touches no database; engines are made by `create_engine` at start-up.
"""

from bot.db.session import create_engine, create_sessionmaker

__all__ = ["create_engine", "create_sessionmaker"]
