"""Durable work: jobs enqueued in the transaction of the change that causes them, run by
the worker (app/jobs/worker.py) after commit."""
