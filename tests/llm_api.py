"""The chat-completions API as the real one answers, for respx: bodies, errors, sequences."""

import json
from collections.abc import Callable
from typing import Any

import httpx


def completion(request: httpx.Request, answer: dict[str, Any] | str) -> httpx.Response:
    """A chat.completion as the API returns it, answering the request in its own mode."""
    sent = json.loads(request.content)
    arguments = answer if isinstance(answer, str) else json.dumps(answer)
    message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
    if "tools" in sent:
        name = sent["tool_choice"]["function"]["name"]
        assert name == sent["tools"][0]["function"]["name"]
        message["tool_calls"] = [
            {
                "id": "call_7Yx3Qm2bN0c",
                "type": "function",
                "function": {"name": name, "arguments": arguments},
            }
        ]
    else:
        message["content"] = arguments
    return httpx.Response(
        200,
        json={
            "id": "chatcmpl-AbC123xyz",
            "object": "chat.completion",
            "created": 1764146537,
            "model": sent["model"],
            "choices": [
                {"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": 812, "completion_tokens": 164, "total_tokens": 976},
            "system_fingerprint": "fp_0aa8d3e20b",
        },
    )


def answering(*answers: dict[str, Any] | str) -> Callable[[httpx.Request], httpx.Response]:
    """A side effect giving the answers in turn, each shaped for the request's mode."""
    queue = list(answers)

    def respond(request: httpx.Request) -> httpx.Response:
        return completion(request, queue.pop(0))

    return respond


def api_error(status: int, kind: str, code: str | None) -> httpx.Response:
    message = {429: "Rate limit reached for requests", 401: "Incorrect API key provided"}
    return httpx.Response(
        status,
        json={
            "error": {
                "message": message.get(status, "The server had an error processing your request."),
                "type": kind,
                "param": None,
                "code": code,
            }
        },
    )


# What a model answers for sample 01 (SO-104233: 18 VLV-2210-BR damaged, 6 VLV-0750-PRV
# short), each value with the quote it was read from.
SAMPLE_01_LINES: list[dict[str, Any]] = [
    {
        "sku": {"value": "VLV-2210-BR", "quote": "VLV-2210-BR bronze gate valves"},
        "quantity": {"value": 18, "quote": "18 units arrived damaged"},
        "reason": "DAMAGED",
        "reason_quote": "arrived damaged",
    },
    {
        "sku": {"value": "VLV-0750-PRV", "quote": "VLV-0750-PRV pressure reducing valves"},
        "quantity": {"value": 6, "quote": "6 units missing"},
        "reason": "SHORT",
        "reason_quote": "missing from the second delivery",
    },
]
