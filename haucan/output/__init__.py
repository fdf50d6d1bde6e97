"""What the build writes into the release: the file layout, per-split shards, and the reference tables."""
