"""The extraction's version, apart from the pipeline so that checking whether a
corpus DB is stale (every CLI command does) does not import the whole pipeline."""

# Bump when extraction output changes: stale corpus DBs are then rebuilt.
PIPELINE_VERSION = "5.330"
