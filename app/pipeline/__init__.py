"""The pipeline of a request: documents → fields → facts → decision → cases.

`process` takes a received request the whole way; `reopen` decides a message judged not
a claim from what a reviewer typed, through the same step; `backfill` reads requests
again to keep their text. It uses the core below it (requests, cases, the ERP port) and
is used by the edges (jobs, cli, web).
"""
