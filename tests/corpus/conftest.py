"""The corpus is data, not tests: nothing below this directory is collected by pytest."""

collect_ignore_glob = ["*"]
