"""Summarises `jfr print --events jdk.ExecutionSample` (stdin): where Payara's CPU samples fall, by
library (inclusive) and by the call that leads into JSON-P provider lookups (found in the first run)."""
import collections
import re
import sys

events = sys.stdin.read().split("jdk.ExecutionSample")[1:]
n = len(events) or 1
areas = {
    "se.samverkan (our code, inclusive)": r"^se\.samverkan",
    "authentication (our AuthenticationDispatcher, inclusive)": r"AuthenticationDispatcher",
    "Payara MP-JWT": r"fish\.payara\.microprofile\.jwtauth",
    "JSON-P provider lookup (JsonProvider.provider)": r"JsonProvider\.provider",
    "class loader resource lookups (getResources)": r"getResources",
    "Weld (CDI)": r"^org\.jboss\.weld",
    "Jersey (JAX-RS)": r"^org\.glassfish\.jersey",
    "EJB container": r"^com\.sun\.ejb|^org\.glassfish\.ejb",
    "EclipseLink": r"^org\.eclipse\.persistence",
    "PostgreSQL JDBC": r"^org\.postgresql",
    "Grizzly (HTTP)": r"grizzly",
    "MP-JWT public key from the JWKS (JwtPublicKeyStore.createPublicKey)": r"JwtPublicKeyStore\.createPublicKey",
    "Faces (Mojarra)": r"^com\.sun\.faces",
    "thread renaming (Thread.setName)": r"^java\.lang\.Thread\.setName",
}
inclusive = collections.Counter()
lookup_callers = collections.Counter()
ours = collections.Counter()
leaves = collections.Counter()
for event in events:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
    for name, pattern in areas.items():
        if any(re.search(pattern, f) for f in frames):
            inclusive[name] += 1
    if any("JsonProvider.provider" in f for f in frames):
        i = max(i for i, f in enumerate(frames) if "JsonProvider.provider" in f)
        lookup_callers[" < ".join(frames[i + 1:i + 3])] += 1
    if frames:
        leaves[frames[0]] += 1
    inner = [f for f in frames if f.startswith("se.samverkan")]
    if inner:
        ours[inner[0]] += 1
print(f"CPU samples: {len(events)}")
for name, count in inclusive.most_common():
    print(f"{100 * count / n:5.1f}%  {name}")
print("JSON-P provider lookups come from:")
for name, count in lookup_callers.most_common(4):
    print(f"{100 * count / n:5.1f}%  {name}")
print("innermost own frame (inclusive):")
for name, count in ours.most_common(8):
    print(f"{100 * count / n:5.1f}%  {name}")
print("hottest methods (self, the top frame):")
for name, count in leaves.most_common(15):
    print(f"{100 * count / n:5.1f}%  {name}")
