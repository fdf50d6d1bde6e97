"""Versioned extractors. Each has a registered ``NAME@VERSION`` that is recorded in every row it produces."""
