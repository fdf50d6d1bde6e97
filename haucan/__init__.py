"""haucan: builds the vi-military-logistics-news dataset ("hậu cần" is Vietnamese for logistics)."""

DATASET_NAME = "vi-military-logistics-news"
DATASET_VERSION = "0.1.0"
# Bump when a change to reading, cleaning or block rules can change published bytes.
PIPELINE_VERSION = "blocks@1"
