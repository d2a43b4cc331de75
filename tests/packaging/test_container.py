#!/usr/bin/env python3
"""A simple lint of packaging/container/Containerfile (no hadolint, no container runtime here): two
stages, FROM Debian bookworm (build) and bookworm-slim (runtime) with pinned tags, the build stage uses
scripts/install-deps.sh --build and cpack -G DEB, apt lists removed in the same layer, a non-root USER
(numeric, so Kubernetes' runAsNonRoot can check it), ENTRYPOINT moctl in exec form.
With --moctl PATH (the built moctl, on Debian): the runtime stage's apt packages provide every library
moctl is linked against (readelf NEEDED, mapped to packages with dpkg -S; libc and libstdc++ come with the
base image) and the SQL drivers it loads at run time.

Run by ctest (label packaging): python3 tests/packaging/test_container.py [--moctl build/bin/moctl]"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONTAINERFILE = os.path.join(ROOT, "packaging", "container", "Containerfile")
BASE_IMAGE_PACKAGES = {"libc6", "libstdc++6", "libgcc-s1", "zlib1g"}  # in debian:bookworm-slim
failures = []


def check(condition, what):
    print(("   ok    " if condition else "   FAIL  ") + what)
    if not condition:
        failures.append(what)
    return condition


def instructions(text):
    """(KEYWORD, arguments) per instruction, continuation lines joined, comments dropped."""
    result, current = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        if stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            current += stripped[:-1] + " "
            continue
        current += stripped
        keyword, _, rest = current.partition(" ")
        result.append((keyword.upper(), rest.strip()))
        current = ""
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--moctl")
    options = parser.parse_args()
    with open(CONTAINERFILE, encoding="utf-8") as f:
        steps = instructions(f.read())

    froms = [rest for keyword, rest in steps if keyword == "FROM"]
    check(len(froms) == 2, f"two stages (got {len(froms)} FROM lines)")
    if len(froms) == 2:
        check(re.fullmatch(r"(docker\.io/library/)?debian:bookworm AS build", froms[0], re.I) is not None,
              f"stage 1: FROM debian:bookworm AS build ({froms[0]})")
        check(re.fullmatch(r"(docker\.io/library/)?debian:bookworm-slim( AS \w+)?", froms[1], re.I) is not None,
              f"stage 2: FROM debian:bookworm-slim ({froms[1]})")
    for image in froms:
        check(":latest" not in image and ":" in image.split()[0], f"a pinned tag, not latest: {image}")

    stage = -1
    per_stage = [[], []]
    for keyword, rest in steps:
        if keyword == "FROM":
            stage += 1
            continue
        if 0 <= stage < 2:
            per_stage[stage].append((keyword, rest))
    build, runtime = per_stage
    build_runs = " ".join(rest for keyword, rest in build if keyword == "RUN")
    check("scripts/install-deps.sh --build" in build_runs, "build stage: scripts/install-deps.sh --build")
    check(re.search(r"cpack\s+-G\s+DEB", build_runs) is not None, "build stage: cpack -G DEB (the project's .deb)")
    check("MOCTL_BUILD_TESTS=OFF" in build_runs, "build stage: no tests built into the image")

    for name, stage_steps in (("build", build), ("runtime", runtime)):
        for keyword, rest in stage_steps:
            if keyword == "RUN" and "apt-get install" in rest:
                check("--no-install-recommends" in rest, f"{name}: apt-get install --no-install-recommends")
                check("rm -rf /var/lib/apt/lists" in rest or name == "build" and "install-deps" in rest,
                      f"{name}: apt lists removed in the same layer")
    runtime_runs = " ".join(rest for keyword, rest in runtime if keyword == "RUN")
    copies = [rest for keyword, rest in runtime if keyword == "COPY"]
    check(any(c.startswith("--from=build") and c.split()[-1] == "/usr/bin/moctl" for c in copies),
          "runtime: moctl copied from the build stage's .deb")

    users = [rest for keyword, rest in runtime if keyword == "USER"]
    if check(len(users) >= 1, "runtime: a USER"):
        user = users[-1].split(":")[0]
        check(user.isdigit() and int(user) != 0, f"runtime: USER is a numeric non-root uid ({users[-1]})")
        check(re.search(rf"useradd\b.*--uid {user}\b", runtime_runs) is not None, f"runtime: the user {user} is created")
    entrypoints = [rest for keyword, rest in runtime if keyword == "ENTRYPOINT"]
    if check(len(entrypoints) == 1, "runtime: one ENTRYPOINT"):
        try:
            entry = json.loads(entrypoints[0])
        except ValueError:
            entry = None
        check(isinstance(entry, list) and len(entry) == 1 and os.path.basename(entry[0]) == "moctl",
              f"runtime: ENTRYPOINT [\"moctl\"] in exec form ({entrypoints[0]})")
    envs = " ".join(rest for keyword, rest in runtime if keyword == "ENV")
    check("MOCTL_DATA_DIR=/var/lib/moctl" in envs, "runtime: MOCTL_DATA_DIR=/var/lib/moctl")
    check(not any(k in ("ADD",) for k, _ in steps), "no ADD (COPY only)")

    # The runtime packages provide what moctl links and loads.
    match = re.search(r"apt-get install -y --no-install-recommends (.*?)(&&|$)", runtime_runs)
    packages = set(match.group(1).split()) if match else set()
    check({"libqt6sql6-mysql", "libqt6sql6-sqlite"} <= packages, "runtime: the QMYSQL and QSQLITE drivers")
    if options.moctl:
        if not (shutil.which("readelf") and shutil.which("dpkg")):
            print("   skip  readelf or dpkg missing: the libraries are not compared")
        else:
            out = subprocess.run(["readelf", "-d", options.moctl], capture_output=True, text=True).stdout
            needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", out)
            check(len(needed) > 3, f"moctl's NEEDED libraries read ({len(needed)})")
            for lib in needed:
                owner = subprocess.run(["dpkg", "-S", f"*/{lib}"], capture_output=True, text=True).stdout
                owners = {line.split(":")[0] for line in owner.splitlines() if line.strip()}
                check(bool(owners & (packages | BASE_IMAGE_PACKAGES)),
                      f"{lib}: provided by {', '.join(sorted(owners)) or '?'} — in the runtime stage")

    print(f"\n{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
