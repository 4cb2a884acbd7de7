"""Versioned prompt templates (data files), packaged beside the code that renders them."""
