# The intake service: API, portal and reviewer pages (`intake serve`) or the worker (`intake worker`).
FROM python:3.11-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 intake
WORKDIR /srv/intake
COPY pyproject.toml README.md ./
COPY app ./app
COPY extractors ./extractors
COPY rules ./rules
COPY prompts ./prompts
RUN pip install --no-cache-dir .

USER intake
# `intake serve` refuses to start without INTAKE_SECRET_KEY (32+ random characters, the same
# on every replica): docker run -e INTAKE_SECRET_KEY=… Session cookies are Secure (HTTPS).
ENV INTAKE_DATA_DIR=/data \
    INTAKE_HOST=0.0.0.0 \
    INTAKE_LOG_FORMAT=json
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"
CMD ["intake", "serve"]
