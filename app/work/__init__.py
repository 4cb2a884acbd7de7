"""Durable work: what a change asks to be done once its transaction commits.

The core names the work (`submit`); the engine (app/jobs/, on DBOS Transact) runs it.
"""
