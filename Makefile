# The two commands of the README, plus a few conveniences. CMake does the real work (CMakePresets.json).
PRESET ?= dev
JOBS ?= $(shell nproc)
SAMPLE := resources/samples

.PHONY: deps build run test ci clean

deps:
	./scripts/install-deps.sh

build: deps
	cmake --preset $(PRESET) >/dev/null
	cmake --build --preset $(PRESET) -j $(JOBS)

# Builds and opens the app on the bundled sample corpus (under xvfb-run when there is no display).
run: build
	./scripts/run-app.sh build/$(PRESET) $(SAMPLE)

# Builds and runs every test.
test: build
	ctest --preset $(PRESET) -j $(JOBS)

ci:
	$(MAKE) test PRESET=ci

clean:
	rm -rf build
