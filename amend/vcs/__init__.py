"""What amend asks git: the files and lines changed since a revision (``since``), history and
semantic differences of texts."""
