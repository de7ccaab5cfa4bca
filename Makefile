# Thin aliases for dev.py (which also works on Windows: `py dev.py run`).
.PHONY: run test bundle
run:
	python3 dev.py run
test:
	python3 dev.py test
bundle:
	python3 dev.py bundle
