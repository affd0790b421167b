"""Writes results.json and results.md of one bench run from the files bench/run left in its folder."""
import json
import pathlib
import sys

out = pathlib.Path(sys.argv[1])
ready_ms, first_ms, gen_ms = (int(x) for x in sys.argv[2:5])
seed, groups, members, years, group_id, past = sys.argv[5:11]
runs = {r["name"]: r for r in (json.loads(l) for l in (out / "load.jsonl").read_text().splitlines() if l.strip())}
size = {k: int(v) for k, v in (l.split(" ", 1) for l in (out / "size.txt").read_text().splitlines()
                                if len(l.split()) == 2 and l.split()[1].isdigit())}
rss = {}
for line in (out / "status.txt").read_text().splitlines():
    parts = line.split()
    if "rss" in parts:
        rss[parts[0]] = int(parts[parts.index("rss") + 1])

cpu_file = out / "cpu.jsonl"
cpu = {r["name"]: r for r in (json.loads(l) for l in cpu_file.read_text().splitlines() if l.strip())} if cpu_file.exists() else {}

def cpu_ratio(a, b):
    """How many requests of a the servers' CPU pays for per request of b: b's CPU per request ÷ a's."""
    if a in cpu and b in cpu and cpu[a]["cpu_ms_per_request"]:
        return round(cpu[b]["cpu_ms_per_request"] / cpu[a]["cpu_ms_per_request"], 3)
    return None

pss_file = out / "pss.txt"
pss = {l.split()[0]: int(l.split()[1]) for l in pss_file.read_text().splitlines() if l.strip()} if pss_file.exists() else {}

def throughput(name):
    """The run's throughput; for a name split into _1 and _2 runs (on, off, off, on), their mean."""
    if name in runs:
        return runs[name]["throughput_per_s"]
    parts = [runs[k]["throughput_per_s"] for k in (name + "_1", name + "_2") if k in runs]
    return sum(parts) / len(parts) if parts else None

def ratio(a, b):
    ta, tb = throughput(a), throughput(b)
    return round(ta / tb, 3) if ta and tb else None

result = {
    "startup": {"ready_s": ready_ms / 1000, "first_authenticated_200_s": first_ms / 1000},
    "data": {"seed": seed, "groups_per_tenant": int(groups), "members_per_group": int(members),
             "years": int(years), "generation_s": gen_ms / 1000, "rows": size,
             "load_group_id": int(group_id), "load_group_past_meetings": int(past)},
    "runs": runs,
    "ratios": {"app_over_pgbench": ratio("app_meetings_past", "pgbench_app_role"),
               "rls_on_over_off": ratio("pgbench_owner_rls_on", "pgbench_owner_rls_off"),
               "app_over_pgbench_by_cpu": cpu_ratio("app_meetings_past", "pgbench_app_role")},
    "cpu": cpu,
    "rss_mb": rss,
    "pss_tree_mb": pss,
    "machine": (out / "machine.txt").read_text(),
}
(out / "results.json").write_text(json.dumps(result, indent=2) + "\n")

md = [f"Run {out.name}; data: {groups} groups per Halland tenant (the synthetic tenants: see the rows), {members} members each, {years} years of "
      f"monthly meetings (seed {seed}); rows: " + ", ".join(f"{k} {v}" for k, v in size.items()) + ".", "",
      "| Scenario | Concurrency | Seconds | Requests | Errors | Throughput /s | p50 ms | p95 ms | p99 ms |",
      "|---|---|---|---|---|---|---|---|---|"]
for r in runs.values():
    md.append(f"| {r['name']} | {r['concurrency']} | {r['seconds']} | {r['ok']} | {r['errors']} | "
              f"{r['throughput_per_s']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} |")
md += ["", "| Measure | Value | Target |", "|---|---|---|",
       f"| app ÷ pgbench (throughput, same SQL, same concurrency) | {result['ratios']['app_over_pgbench']} | ≥ 0.5 |",
       f"| app ÷ pgbench by server CPU per request (pgbench: PostgreSQL's CPU per transaction ÷ the app: Payara's + PostgreSQL's per request) | {result['ratios']['app_over_pgbench_by_cpu']} | (≥ 0.5) |",
       f"| RLS on ÷ off (pgbench as owner, FORCE on vs off) | {result['ratios']['rls_on_over_off']} | ≥ 0.95 |",
       f"| start → application ready | {ready_ms / 1000:.1f} s | |",
       f"| start → first authenticated 200 | {first_ms / 1000:.1f} s | ≤ 60 s |",
       f"| resident memory of the main process after load (MB; PostgreSQL: postmaster only) | " + ", ".join(f"{k} {v}" for k, v in rss.items())
       + f"; the three: {sum(v for k, v in rss.items() if k in ('postgres', 'keycloak', 'payara'))} | ≤ 2048 (Payara+Keycloak+PostgreSQL) |",
       f"| proportional memory (PSS, whole process tree) after load (MB) | " + ", ".join(f"{k} {v}" for k, v in pss.items())
       + f"; total {sum(pss.values())} | ≤ 2048 |",
       f"| data generation | {gen_ms / 1000:.1f} s | |"]
if cpu:
    md += ["", "| Server CPU per request (whole run, warm-up included) | CPU ms | requests | CPU ms per request |", "|---|---|---|---|"]
    md += [f"| {r['name']} | {r['cpu_ms']} | {r['requests']} | {r['cpu_ms_per_request']} |" for r in cpu.values()]
(out / "results.md").write_text("\n".join(md) + "\n")
print("\n".join(md))
