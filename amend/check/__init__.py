"""Floor 8: ``amend check`` as a library — discovery, cache, document reader, the checks of every
family, the policy (select/ignore/suppressions/baseline/since/exit status), fixes, and the
report formatters (:mod:`amend.check.report`)."""
