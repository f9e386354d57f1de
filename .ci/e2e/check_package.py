"""Checks the layout and metadata of the CredentialFlowAnalyzers .nupkg: check_package.py <nupkg> <rule id>..."""
import sys
import xml.etree.ElementTree as ET
import zipfile

path, rule_ids = sys.argv[1], sys.argv[2:]
errors = []
with zipfile.ZipFile(path) as z:
    names = set(z.namelist())
    nuspec_name = next(n for n in names if n.endswith(".nuspec") and "/" not in n)
    nuspec = ET.fromstring(z.read(nuspec_name))
    configs = {n: z.read(n).decode("utf-8") for n in names if n.startswith("buildTransitive/config/")}
    dates = {i.date_time for i in z.infolist()}
    readme = z.read("README.md").decode("utf-8") if "README.md" in names else ""

for required in [
    "analyzers/dotnet/cs/CredentialFlowAnalyzers.dll",
    "analyzers/dotnet/cs/CredentialFlowAnalyzers.CodeFixes.dll",
    "buildTransitive/CredentialFlowAnalyzers.targets",
    "build/CredentialFlowAnalyzers.targets",
    "README.md",
]:
    if required not in names:
        errors.append(f"missing {required}")

for n in names:
    if n.startswith(("lib/", "ref/", "runtimes/", "contentFiles/", "content/")):
        errors.append(f"unexpected {n}: an analyzer package adds nothing to the consumer's output")
    if n.startswith("analyzers/") and not n.startswith("analyzers/dotnet/cs/"):
        errors.append(f"analyzer outside analyzers/dotnet/cs: {n}")
    if n.endswith((".pdb", ".xml")) and n.startswith("analyzers/"):
        errors.append(f"unexpected {n}")
if "analyzers/dotnet/cs/Microsoft.CodeAnalysis.dll" in names:
    errors.append("Roslyn itself must not be packed")

ns = {"n": nuspec.tag.split("}")[0].strip("{")}
meta = nuspec.find("n:metadata", ns)
def text(tag):
    el = meta.find(f"n:{tag}", ns)
    return (el.text or "").strip() if el is not None else ""
if text("developmentDependency") != "true":
    errors.append("developmentDependency is not true")
lic = meta.find("n:license", ns)
if lic is None or lic.get("type") != "expression" or not (lic.text or "").strip():
    errors.append("no license expression")
for tag in ["id", "version", "authors", "description", "tags", "projectUrl", "readme", "copyright"]:
    if not text(tag):
        errors.append(f"nuspec has no {tag}")
repo = meta.find("n:repository", ns)
if repo is None or not repo.get("url"):
    errors.append("nuspec has no repository url")
if meta.find("n:dependencies", ns) is not None and len(list(meta.find("n:dependencies", ns).iter())) > 1:
    errors.append("the package declares dependencies")
# The package page renders README.md outside the repository: a relative link there is dead.
import re
relative = sorted(set(re.findall(r"\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:)([^)\s]+)", readme)))
if relative:
    errors.append(f"README.md in the package has relative links: {relative[:5]}")
if "Unshipped" in text("releaseNotes") or not text("releaseNotes").startswith("https://"):
    errors.append(f"releaseNotes is {text('releaseNotes')!r}: it must be an absolute link to the changelog")
if len(dates) != 1:
    errors.append(f"zip entry times differ ({len(dates)} distinct): the pack is not deterministic")

for mode in ["none", "recommended", "strict"]:
    name = f"buildTransitive/config/credentialflowanalyzers_{mode}.globalconfig"
    body = configs.get(name)
    if body is None:
        errors.append(f"missing {name}")
        continue
    if "is_global = true" not in body:
        errors.append(f"{name} is not a global config")
    for rule in rule_ids:
        if f"dotnet_diagnostic.{rule}.severity = " not in body:
            errors.append(f"{name} does not set {rule}")
    if mode == "strict" and any(l.startswith("dotnet_diagnostic.") and not l.endswith("= error") for l in body.splitlines()):
        errors.append(f"{name} leaves a rule below error")
    if mode == "none" and any(l.startswith("dotnet_diagnostic.") and not l.endswith("= none") for l in body.splitlines()):
        errors.append(f"{name} leaves a rule on")

if errors:
    print("\n".join("   " + e for e in errors))
    sys.exit(1)
print(f"   {len(names)} entries; analyzers/dotnet/cs only; {len(rule_ids)} rules in every analysis mode; metadata complete")
