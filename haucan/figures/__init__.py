"""The card's plots: what to draw, read from the release's own rows (``series``), and the drawing (``plots``).

``plots`` imports matplotlib; nothing else in the package does, so worker processes never load it. Import it
only where the release is rendered (the card step, in the main process)."""
