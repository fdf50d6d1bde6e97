"""Where files go inside the published folder: one constant shared by the writer and the card's YAML."""

DATA_DIR = "data"


def data_path_glob(config_name: str, split: str) -> str:
    """The ``data_files`` pattern of a config's split (``data/<config>/<split>-*.parquet``)."""
    return f"{DATA_DIR}/{config_name}/{split}-*.parquet"
