"""One formatter per output format of ``amend check``."""
