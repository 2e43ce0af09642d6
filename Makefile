# The two commands of the README:
#   make demo   set everything up and render the example notices into every format (out/)
#   make test   set everything up and run lint, types and the whole test-suite with validators
.PHONY: demo test setup validators lint clean

VENV := .venv
BIN := $(VENV)/bin

demo:
	bash scripts/setup.sh
	$(BIN)/pubkit build examples/notices --out out
	$(BIN)/python examples/publish_notice.py examples/notices/corona-teststellen.md --out out/example-script

test:
	bash scripts/setup.sh --validators
	$(BIN)/ruff check src tests examples $(wildcard benchmarks)
	$(BIN)/ruff format --check src tests examples $(wildcard benchmarks)
	$(BIN)/mypy src
	$(BIN)/python -m pytest

setup:
	bash scripts/setup.sh

validators:
	bash scripts/setup.sh --validators

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
