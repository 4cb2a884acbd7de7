"""`python -m app` is the `intake` command."""

from app.cli import main

main()
