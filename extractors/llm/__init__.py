"""LLM: an OpenAI-compatible model reads the request through instructor (`extractor`),
its answers grounded in the text before they count, and `combine` merges its reading
with the built-in extractor's in hybrid mode."""
