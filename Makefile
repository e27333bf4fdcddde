# Two commands do everything on a fresh machine (Python >= 3.11 and git):
#   make demo   install, then check, number and render the shipped example n° 1775
#   make test   install, then run the test suite and check drafts/
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
EXAMPLE = drafts/ppre-1775/texte.yaml

.PHONY: install bytecode demo lint test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("amend demande Python >= 3.11" if sys.version_info < (3, 11) else 0)'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check \
		--config-settings editable_mode=compat -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Compile amend's modules ahead of time: start-up stays fast even where Python is told not to
# write bytecode itself (PYTHONDONTWRITEBYTECODE); only changed files are recompiled.
bytecode: install
	$(BIN)/python -m compileall -q amend

demo: bytecode
	$(BIN)/amend check $(EXAMPLE)
	$(BIN)/amend number $(EXAMPLE)
	$(BIN)/amend render $(EXAMPLE) --to pdf
	$(BIN)/amend render $(EXAMPLE) --to docx
	$(BIN)/amend amendment show drafts/ppre-1775/amendements/CE1.yaml
	$(BIN)/amend apply ppre-1775 --output out/ppre-1775-texte-commission.yaml --no-commit
	$(BIN)/amend number out/ppre-1775-texte-commission.yaml
	$(BIN)/amend log $(EXAMPLE)
	$(BIN)/amend check --format concise tests/fixtures/ppre-1775.txt --exit-zero
	$(BIN)/amend registry show 2011/93/UE

# The floor plan (import contract), the linter and the type checker: make test runs them first.
lint: install
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check amend tests benchmarks
	$(BIN)/mypy

test: bytecode lint
	$(BIN)/python -m pytest
	$(BIN)/amend check drafts/

bench: bytecode
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) out build *.egg-info .pytest_cache .hypothesis
