#!/usr/bin/env python3
"""The Kubernetes examples (packaging/kubernetes/*.yaml) parsed as YAML, with the fields a working
CronJob needs checked, and the references between them (Secret, ConfigMap, mounts, moctl's arguments).
With --moctl PATH (the built moctl) the plan of the ConfigMap is validated by moctl itself, its statements
printed with run-plan --dry-run --plan-file, and every option the CronJob gives moctl is in its --help.

Run by ctest (label packaging): python3 tests/packaging/test_kubernetes.py [--moctl build/bin/moctl]
Exit 0 pass, 1 fail."""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KUBE = os.path.join(ROOT, "packaging", "kubernetes")
failures = []


def check(condition, what):
    print(("   ok    " if condition else "   FAIL  ") + what)
    if not condition:
        failures.append(what)
    return condition


def load_documents():
    documents = {}
    for name in sorted(os.listdir(KUBE)):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(KUBE, name), encoding="utf-8") as f:
            for doc in yaml.safe_load_all(f):
                if doc is None:
                    continue
                check(isinstance(doc, dict) and "apiVersion" in doc and "kind" in doc,
                      f"{name}: a Kubernetes object with apiVersion and kind")
                check(bool(doc.get("metadata", {}).get("name")), f"{name}: metadata.name")
                documents.setdefault(doc["kind"], []).append((name, doc))
    return documents


def option_value(args, option):
    if option in args:
        i = args.index(option)
        return args[i + 1] if i + 1 < len(args) else None
    for a in args:
        if a.startswith(option + "="):
            return a[len(option) + 1:]
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--moctl", help="the built moctl, to validate the plan and check the options")
    options = parser.parse_args()

    documents = load_documents()
    for kind in ("CronJob", "Secret", "ConfigMap"):
        check(len(documents.get(kind, [])) == 1, f"exactly one {kind}")
    if failures:
        return 1
    _, cron = documents["CronJob"][0]
    _, secret = documents["Secret"][0]
    _, configmap = documents["ConfigMap"][0]

    # The CronJob.
    check(cron["apiVersion"] == "batch/v1", "CronJob: apiVersion batch/v1")
    spec = cron["spec"]
    check(isinstance(spec.get("schedule"), str) and len(spec["schedule"].split()) == 5,
          "CronJob: a five-field schedule")
    check(spec.get("concurrencyPolicy") == "Forbid", "CronJob: concurrencyPolicy Forbid")
    job = spec["jobTemplate"]["spec"]
    check(isinstance(job.get("backoffLimit"), int) and 0 <= job["backoffLimit"] <= 6, "Job: a small backoffLimit")
    check(isinstance(job.get("activeDeadlineSeconds"), int), "Job: activeDeadlineSeconds")
    pod = job["template"]["spec"]
    check(pod.get("restartPolicy") == "Never", "Pod: restartPolicy Never (podFailurePolicy needs it)")
    security = pod.get("securityContext", {})
    check(security.get("runAsNonRoot") is True, "Pod: runAsNonRoot")
    check(isinstance(security.get("runAsUser"), int) and security["runAsUser"] != 0, "Pod: a non-root runAsUser")
    check(security.get("fsGroup") == security.get("runAsGroup"), "Pod: fsGroup (the Secret's group) is moctl's group")
    containers = pod["containers"]
    check(len(containers) == 1, "Pod: one container")
    container = containers[0]
    check(container.get("name") == "moctl", "container: named moctl")
    check(bool(container.get("image")), "container: an image")
    check("command" not in container, "container: no command (the image's entrypoint is moctl)")
    args = [str(a) for a in container.get("args", [])]
    check(option_value(args, "--log-format") == "json", "moctl: --log-format json")
    check("--password" not in args and "-p" not in args and not any(a.startswith("--password=") for a in args),
          "moctl: no password in the arguments")
    env_names = [e.get("name") for e in container.get("env", [])]
    check("MOCTL_PASSWORD" not in env_names, "moctl: no password in the environment")
    check("run-plan" in args, "moctl: run-plan")
    csec = container.get("securityContext", {})
    check(csec.get("allowPrivilegeEscalation") is False, "container: allowPrivilegeEscalation false")
    check(csec.get("readOnlyRootFilesystem") is True, "container: read-only root file system")

    # Exit codes the job acts on: 2 and 7 fail at once; the others are retried.
    rules = job.get("podFailurePolicy", {}).get("rules", [])
    fail_codes = set()
    for rule in rules:
        codes = rule.get("onExitCodes")
        if codes and rule.get("action") == "FailJob" and codes.get("operator") == "In":
            check(codes.get("containerName") == "moctl", "podFailurePolicy: names the moctl container")
            fail_codes |= set(codes.get("values", []))
    check(fail_codes == {2, 7}, f"podFailurePolicy: exit codes 2 and 7 fail the job at once (got {sorted(fail_codes)})")

    # Volumes and mounts.
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    mounts = {m["mountPath"]: m for m in container.get("volumeMounts", [])}
    for m in mounts.values():
        check(m["name"] in volumes, f"mount {m['mountPath']}: its volume {m['name']} exists")

    def mount_of(path):
        best = None
        for mount_path, m in mounts.items():
            if path == mount_path or path.startswith(mount_path.rstrip("/") + "/"):
                if best is None or len(mount_path) > len(best[0]):
                    best = (mount_path, m)
        return best

    password_file = option_value(args, "--password-file")
    check(bool(password_file), "moctl: --password-file")
    found = mount_of(password_file or "")
    if check(found is not None, f"--password-file {password_file} is on a mounted volume"):
        mount_path, m = found
        volume = volumes[m["name"]]
        check(m.get("readOnly") is True, "the Secret is mounted read-only")
        sec = volume.get("secret")
        if check(sec is not None, "--password-file is on a Secret volume"):
            check(sec.get("secretName") == secret["metadata"]["name"], "the volume names the Secret")
            mode = sec.get("defaultMode")
            check(isinstance(mode, int) and mode & 0o007 == 0,
                  f"the Secret's files are not readable by every user (defaultMode {oct(mode) if mode else mode})")
            relative = os.path.relpath(password_file, mount_path)
            keys = set((secret.get("stringData") or {}).keys()) | set((secret.get("data") or {}).keys())
            items = sec.get("items")
            names = {i["path"]: i["key"] for i in items} if items else {k: k for k in keys}
            check(relative in names and names[relative] in keys, f"the Secret has the key behind {password_file}")

    # The shared history: a mysql:// location without a password, its password from the same Secret.
    history = option_value(args, "--history") or ""
    check(history.startswith("mysql://") and ":" not in history.split("//", 1)[1].split("@", 1)[0],
          "moctl: --history mysql://user@host:port/db (no password in it)")
    history_password = option_value(args, "--history-password-file")
    found = mount_of(history_password or "")
    if check(found is not None, f"--history-password-file {history_password} is on a mounted volume"):
        mount_path, m = found
        sec = volumes[m["name"]].get("secret")
        if check(sec is not None and sec.get("secretName") == secret["metadata"]["name"],
                 "--history-password-file is on the Secret volume"):
            relative = os.path.relpath(history_password, mount_path)
            keys = set((secret.get("stringData") or {}).keys()) | set((secret.get("data") or {}).keys())
            items = sec.get("items")
            names = {i["path"]: i["key"] for i in items} if items else {k: k for k in keys}
            check(relative in names and names[relative] in keys,
                  f"the Secret has the key behind {history_password}")

    plan_file = option_value(args, "--plan-file")
    check(bool(plan_file), "moctl: run-plan --plan-file")
    found = mount_of(plan_file or "")
    plan_text = None
    if check(found is not None, f"--plan-file {plan_file} is on a mounted volume"):
        mount_path, m = found
        volume = volumes[m["name"]]
        check(m.get("readOnly") is True, "the plans are mounted read-only")
        cm = volume.get("configMap")
        if check(cm is not None, "--plan-file is on a ConfigMap volume"):
            check(cm.get("name") == configmap["metadata"]["name"], "the volume names the ConfigMap")
            key = os.path.relpath(plan_file, mount_path)
            plan_text = configmap.get("data", {}).get(key)
            check(plan_text is not None, f"the ConfigMap has the key {key}")

    data_dir = option_value(args, "--data-dir")
    found = mount_of(data_dir or "")
    if check(found is not None, f"--data-dir {data_dir} is a mounted, writable volume"):
        check(found[1].get("readOnly") is not True, "the data directory is writable")
    if csec.get("readOnlyRootFilesystem"):
        check(mount_of("/tmp/x") is not None, "/tmp is a volume (the root file system is read-only)")

    # The plan.
    plan = None
    if plan_text is not None:
        try:
            plan = json.loads(plan_text)
        except ValueError as e:
            check(False, f"the plan is JSON ({e})")
    if plan is not None:
        check(plan.get("format") == "moctl-plan" and plan.get("version") == 1, "the plan: moctl-plan version 1")
        check(len(plan.get("steps", [])) > 0, "the plan has steps")
        check(not plan.get("profile") or option_value(args, "--host") is not None,
              "the plan's connection: --host given (a profile id means nothing in the pod)")

    # The Secret and ConfigMap are in the CronJob's namespace.
    namespace = cron["metadata"].get("namespace")
    for kind, doc in (("Secret", secret), ("ConfigMap", configmap)):
        check(doc["metadata"].get("namespace") == namespace, f"{kind}: in the CronJob's namespace")

    # The README names the exit codes the policy uses.
    with open(os.path.join(KUBE, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    for code in (0, 1, 2, 3, 4, 7):
        check(re.search(rf"\|\s*`?{code}`?\s*\|", readme) is not None, f"README.md: exit code {code} in the table")

    # With the real moctl: the plan is valid and prints its statements; the options exist.
    if options.moctl and plan_text is not None:
        with tempfile.TemporaryDirectory() as work:
            path = os.path.join(work, os.path.basename(plan_file))
            with open(path, "w", encoding="utf-8") as f:
                f.write(plan_text)
            env = dict(os.environ, MOCTL_DATA_DIR=os.path.join(work, "data"))
            env.pop("MOCTL_PASSWORD", None)
            r = subprocess.run([options.moctl, "plans", "validate", path], env=env, capture_output=True, text=True)
            check(r.returncode == 0, f"moctl plans validate: exit 0 ({r.stdout.strip()} {r.stderr.strip()})")
            r = subprocess.run([options.moctl, "--dry-run", "run-plan", "--plan-file", path], env=env,
                               capture_output=True, text=True)
            check(r.returncode == 0 and "mo_ctl(" in r.stdout,
                  f"moctl --dry-run run-plan --plan-file: the statements ({r.stderr.strip()})")
            r = subprocess.run([options.moctl, "--help"], env=env, capture_output=True, text=True)
            for option in [a for a in args if a.startswith("--")]:
                check(option in r.stdout, f"moctl --help lists {option}")

    print(f"\n{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
