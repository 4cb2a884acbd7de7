"""Events out: what happened to a request or a case, as canonical, versioned events.

An event is written to the outbox in the transaction of the change that caused it
(outbox.py) and delivered after commit to the webhook endpoints that want it
(delivery.py), in order per case, signed the Standard Webhooks way.
"""
