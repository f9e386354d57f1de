"""Checks a SARIF log written by `cfa scan --format sarif` against the SARIF 2.1.0 schema's required properties and the
values the schema constrains, then writes it with the machine-specific root URI replaced, for an exact comparison:
    check_tool_sarif.py <log> <normalized-output>"""
import json
import sys

path, normalized = sys.argv[1], sys.argv[2]
log = json.load(open(path, encoding="utf-8"))
errors = []


def need(obj, key, where):
    if not isinstance(obj, dict) or key not in obj:
        errors.append(f"{where}: required property '{key}' is missing")
        return None
    return obj[key]


def message(obj, where):
    # message: one of text or id is required (schema: "anyOf": [{"required": ["text"]}, {"required": ["id"]}])
    if not isinstance(obj, dict) or not ("text" in obj or "id" in obj):
        errors.append(f"{where}: a message needs 'text' or 'id'")


if need(log, "version", "sarifLog") != "2.1.0":
    errors.append(f"sarifLog.version is {log.get('version')!r}, the schema requires \"2.1.0\"")
runs = need(log, "runs", "sarifLog") or []
for r, run in enumerate(runs):
    where = f"runs[{r}]"
    driver = need(need(run, "tool", where) or {}, "driver", where + ".tool") or {}
    need(driver, "name", where + ".tool.driver")
    rules = driver.get("rules", [])
    ids = []
    for i, rule in enumerate(rules):
        ids.append(need(rule, "id", f"{where}.tool.driver.rules[{i}]"))
        level = rule.get("defaultConfiguration", {}).get("level", "warning")
        if level not in ("none", "note", "warning", "error"):
            errors.append(f"rule {rule.get('id')}: defaultConfiguration.level {level!r} is not a SARIF level")
        if not rule.get("helpUri", "").endswith(f"docs/rules/{rule.get('id')}.md"):
            errors.append(f"rule {rule.get('id')}: helpUri {rule.get('helpUri')!r} does not point at its rule page")
    for b, base in (run.get("originalUriBaseIds") or {}).items():
        if not base.get("uri", "").endswith("/"):
            errors.append(f"originalUriBaseIds.{b}.uri must end with '/'")
    for i, result in enumerate(run.get("results", [])):
        rw = f"{where}.results[{i}]"
        message(need(result, "message", rw), rw + ".message")
        if result.get("level", "warning") not in ("none", "note", "warning", "error"):
            errors.append(f"{rw}: level {result.get('level')!r} is not a SARIF level")
        index = result.get("ruleIndex")
        if index is not None and not (0 <= index < len(rules) and ids[index] == result.get("ruleId")):
            errors.append(f"{rw}: ruleIndex {index} does not name rule {result.get('ruleId')}")
        for l, location in enumerate(result.get("locations", [])):
            physical = location.get("physicalLocation", {})
            if "artifactLocation" not in physical:
                errors.append(f"{rw}.locations[{l}]: no artifactLocation")
            region = physical.get("region", {})
            if region.get("startLine", 1) < 1 or region.get("startColumn", 1) < 1:
                errors.append(f"{rw}.locations[{l}]: region lines and columns start at 1")
            base = physical.get("artifactLocation", {}).get("uriBaseId")
            if base and base not in (run.get("originalUriBaseIds") or {}):
                errors.append(f"{rw}.locations[{l}]: uriBaseId {base} is not declared in originalUriBaseIds")
    for base in (run.get("originalUriBaseIds") or {}).values():
        base["uri"] = "file:///ROOT/"

if errors:
    print("\n".join("   " + e for e in errors))
    sys.exit(1)
with open(normalized, "w", encoding="utf-8") as out:
    json.dump(log, out, indent=2, ensure_ascii=False)
    out.write("\n")
print(f"   SARIF 2.1.0: required properties present; {sum(len(r.get('results', [])) for r in runs)} results")
