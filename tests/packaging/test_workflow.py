#!/usr/bin/env python3
"""The release workflow (.github/workflows/release.yml) cannot run here; this checks its shape: valid
YAML, triggers a fork can use, a Windows and a macOS job, Qt from jurplel/install-qt-action, the QMYSQL
plugin built from qtbase's sources of the same Qt version against MariaDB Connector/C (vcpkg, Homebrew),
cmake, cpack with NSIS/ZIP and DragNDrop, artifacts uploaded; and that packaging/README.md describes the
same route.

Run by ctest (label packaging): python3 tests/packaging/test_workflow.py"""
import os
import re
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORKFLOW = os.path.join(ROOT, ".github", "workflows", "release.yml")
failures = []


def check(condition, what):
    print(("   ok    " if condition else "   FAIL  ") + what)
    if not condition:
        failures.append(what)
    return condition


def main():
    with open(WORKFLOW, encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    check(isinstance(workflow, dict), "release.yml is a YAML mapping")
    # PyYAML reads the key `on` as the boolean True (YAML 1.1).
    triggers = workflow.get("on", workflow.get(True))
    check(isinstance(triggers, dict) and "workflow_dispatch" in triggers, "on: workflow_dispatch (a fork runs it by hand)")
    check("push" in triggers and any(t.startswith("v") for t in triggers["push"].get("tags", [])), "on: push of v* tags")
    jobs = workflow.get("jobs", {})
    check(len(jobs) >= 1, "jobs")

    qt_version = str(workflow.get("env", {}).get("QT_VERSION", ""))
    check(re.fullmatch(r"6\.(\d+)\.\d+", qt_version) is not None and int(qt_version.split(".")[1]) >= 4,
          f"QT_VERSION is Qt 6.4 or later ({qt_version})")

    matrix_job = None
    for name, job in jobs.items():
        check("runs-on" in job and isinstance(job.get("steps"), list) and job["steps"], f"job {name}: runs-on and steps")
        for step in job.get("steps", []):
            check(("uses" in step) != ("run" in step), f"job {name}: step {step.get('name', step.get('uses'))} has uses or run")
        include = job.get("strategy", {}).get("matrix", {}).get("include", [])
        if {"windows-latest", "macos-latest"} <= {i.get("os") for i in include}:
            matrix_job = (name, job, include)
    if not check(matrix_job is not None, "a job with windows-latest and macos-latest in its matrix"):
        return 1
    name, job, include = matrix_job
    by_os = {i["os"]: i for i in include}
    check("NSIS" in by_os["windows-latest"].get("generators", "") and "ZIP" in by_os["windows-latest"]["generators"],
          "windows: cpack NSIS and ZIP")
    check(by_os["macos-latest"].get("generators") == "DragNDrop", "macos: cpack DragNDrop")
    steps = job["steps"]
    uses = [s.get("uses", "") for s in steps]
    runs = "\n".join(s.get("run", "") for s in steps)
    check(any(u.startswith("actions/checkout@") for u in uses), "checkout")
    check(any(u.startswith("jurplel/install-qt-action@") for u in uses), "Qt from jurplel/install-qt-action")
    qt_step = next(s for s in steps if s.get("uses", "").startswith("jurplel/install-qt-action@"))
    check("QT_VERSION" in str(qt_step.get("with", {}).get("version")), "install-qt-action installs QT_VERSION")
    check("vcpkg" in runs and "libmariadb" in runs, "windows: MariaDB Connector/C from vcpkg")
    check("brew install" in runs and "mariadb-connector-c" in runs, "macos: MariaDB Connector/C from Homebrew")
    check("qtbase-everywhere-src-$QT_VERSION" in runs and "src/plugins/sqldrivers" in runs,
          "QMYSQL: built from qtbase's sources of the same Qt version")
    check("-DMySQL_INCLUDE_DIR=" in runs and "-DMySQL_LIBRARY=" in runs, "QMYSQL: against the connector")
    check("cmake --install build-sqldrivers" in runs, "QMYSQL: installed into Qt's plugin folder (windeployqt/macdeployqt find it)")
    check("qtkeychain" in runs.lower() and "BUILD_WITH_QT6=ON" in runs, "QtKeychain for Qt 6")
    check("-DMOCTL_BUILD_TESTS=OFF" in runs and "cmake --build build" in runs, "the project is configured and built")
    check(re.search(r'cpack -G "\$\{\{ matrix.generators \}\}"', runs) is not None, "cpack with the matrix's generators")
    uploads = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact@")]
    if check(len(uploads) == 1, "artifacts uploaded"):
        path = str(uploads[0].get("with", {}).get("path", ""))
        for pattern in ("*.exe", "*.zip", "*.dmg"):
            check(pattern in path, f"upload: {pattern}")
    windows_steps = [s for s in steps if "Windows" in str(s.get("if", ""))]
    check(any("msvc-dev-cmd" in s.get("uses", "") for s in windows_steps), "windows: the MSVC environment")

    # packaging/README.md describes the same route.
    with open(os.path.join(ROOT, "packaging", "README.md"), encoding="utf-8") as f:
        readme = f.read()
    check(".github/workflows/release.yml" in readme, "packaging/README.md names the workflow")
    check("src\\plugins\\sqldrivers" in readme or "src/plugins/sqldrivers" in readme, "packaging/README.md: the QMYSQL plugin from sqldrivers")

    print(f"\n{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
