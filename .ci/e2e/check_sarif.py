"""Checks a SARIF 2.1 log from the consumer build: check_sarif.py <log> <secret> <id:file:line>..."""
import json
import sys

path, secret, expected = sys.argv[1], sys.argv[2], sys.argv[3:]
raw = open(path, encoding="utf-8").read()
errors = []
if secret in raw:
    errors.append("the secret literal appears in the SARIF log")
log = json.loads(raw)
if log.get("version") != "2.1.0":
    errors.append(f"SARIF version {log.get('version')}, expected 2.1.0")
run = log["runs"][0]
rules = {r["id"]: r for r in run["tool"]["driver"].get("rules", [])}
results = [r for r in run.get("results", []) if r.get("ruleId", "").startswith("CFA")]
found = set()
for r in results:
    for loc in r.get("locations", []):
        phys = loc["physicalLocation"]
        found.add((r["ruleId"], phys["artifactLocation"]["uri"].rsplit("/", 1)[-1], phys["region"]["startLine"]))
for item in expected:
    rule, file, line = item.split(":")
    if (rule, file, int(line)) not in found:
        errors.append(f"no {rule} result at {file}:{line} (found {sorted(found)})")
    help_uri = rules.get(rule, {}).get("helpUri", "")
    if not help_uri.endswith(f"docs/rules/{rule}.md"):
        errors.append(f"{rule} helpUri is '{help_uri}', expected .../docs/rules/{rule}.md")
for r in results:
    if r["ruleId"] not in rules:
        errors.append(f"{r['ruleId']} has no rule metadata")
if errors:
    print("\n".join("   " + e for e in errors))
    sys.exit(1)
print(f"   {len(results)} CFA results with locations; help URIs point to docs/rules; no secret in the log")
