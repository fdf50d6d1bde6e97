"""Publishing: offline metadata checks, Croissant, the release manifest, and the push to the Hub."""
