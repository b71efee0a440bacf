# Packaging shortcuts; each target says what it needs. `make help` lists them.
PYTHON ?= $(if $(wildcard .venv/bin/python),.venv/bin/python,python3)
APP_ID := io.github.gpuscope.GpuScope

.PHONY: help standalone standalone-onefile smoke install-desktop uninstall-desktop \
        validate-desktop translations icons wheel

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 22

standalone:  ## build dist/gpuscope/ (one folder) in a clean venv, then smoke-test it
	sh packaging/pyinstaller/build.sh

standalone-onefile:  ## build dist/gpuscope-onefile (one file), then smoke-test it
	sh packaging/pyinstaller/build.sh --onefile

smoke:  ## smoke-test and time an existing dist/gpuscope/gpuscope (RUNS=5, COLD=1 as root)
	python3 packaging/pyinstaller/smoke.py dist/gpuscope/gpuscope --runs $(or $(RUNS),5) \
	  $(if $(COLD),--cold)

install-desktop:  ## add gpuscope to the application menu (~/.local/share; EXEC=path optional)
	sh packaging/linux/install-desktop.sh $(if $(EXEC),--exec "$(EXEC)")

uninstall-desktop:  ## remove what install-desktop added
	sh packaging/linux/install-desktop.sh --uninstall

validate-desktop:  ## desktop-file-validate + appstreamcli validate (Debian: desktop-file-utils appstream)
	desktop-file-validate packaging/linux/$(APP_ID).desktop
	appstreamcli validate --no-net packaging/linux/$(APP_ID).metainfo.xml

translations:  ## lupdate + lrelease: translations/gpuscope_fr.ts and .qm
	$(PYTHON) tools/update_translations.py

icons:  ## render the PNG/ICO/ICNS icons from resources/icons/gpuscope.svg
	$(PYTHON) tools/render_icons.py

wheel:  ## build dist/gpuscope-<version>-py3-none-any.whl
	$(PYTHON) -m pip wheel --no-deps . -w dist
