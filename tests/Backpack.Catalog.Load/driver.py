#!/usr/bin/env python3
"""The load benchmark's driver (run.sh starts the servers and calls it; see api-docs/performance.md).

  capture  reads the answers the ceiling serves from the running API, byte for byte
  run      checks every target answers as expected, runs the wrk matrix (ours, baseline and ceiling back to back per
           scenario and connection count), prints one table, checks the targets, and writes results.{json,md}
  compare  reads two results.json (say, before and after a change, run back to back) and prints, per scenario, both
           throughputs, their ratio, and p99 and max latency, flagging any scenario that lost more than 5 %

Standard library only. Every wrk run is bounded by -d and --timeout, and by a subprocess timeout on top.
"""
import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
WRK = os.path.join(HERE, "wrk")
REQUESTS = os.path.join(HERE, "requests")
DEMO_DISTRIBUTOR_KEY = "bpk_demonairobi_DemoOnlyNairobiOutfittersKey2026abcdef"
PRODUCT_ID = "classic-metro-9"
LIST_PATH = "/v1/products?limit=20"
# The same first page for a storefront in Berlin: German names (Accept-Language) and prices in EUR.
LIST_DE_EUR_PATH = "/v1/products?limit=20&currency=EUR"
GERMAN = {"Accept-Language": "de-DE,de;q=0.9"}
WRK_TIMEOUT_S = 5

# The targets (2 cores): list >= 70 % of the baseline with p99 <= 20 ms at 64 connections, the 304 path >= 80 %
# of the static ceiling, >= 500 orders/s with zero errors.
TARGETS = {"landed_quote_cpu_vs_quote": 1.5, "list_vs_baseline": 0.70, "list_p99_ms": 20.0, "not_modified_vs_ceiling": 0.80, "orders_rps": 500.0,
           "orders_p99_ms_at_64": 150.0, "orders_max_ms": 1000.0}
# compare: a scenario whose throughput fell by more than this is flagged.
MAX_THROUGHPUT_LOSS = 0.05


def http(method, url, body=None, headers=None):
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def read_request(name):
    with open(os.path.join(REQUESTS, name), "rb") as file:
        return file.read()


def order_body(key):
    """The order request with the key appended to its purchase order number, as unique-key.lua does: an open order's number
    cannot be used twice (409 duplicate-buyer-reference)."""
    order = json.loads(read_request("order.json"))
    order["buyerReference"] = f"{order['buyerReference']}-{key}"
    return json.dumps(order).encode()


def order_headers(key):
    return {"Content-Type": "application/json", "X-Api-Key": DEMO_DISTRIBUTOR_KEY, "Idempotency-Key": key}


def capture(args):
    """Saves the API's answers as the ceiling's static bodies, each named after its scenario."""
    os.makedirs(args.out, exist_ok=True)
    answers = {
        "products": http("GET", args.api + LIST_PATH),
        "products-de-eur": http("GET", args.api + LIST_DE_EUR_PATH, headers=GERMAN),
        "product": http("GET", f"{args.api}/v1/products/{PRODUCT_ID}"),
        "quote": http("POST", args.api + "/v1/quotes", read_request("quote.json"), {"Content-Type": "application/json"}),
        "order": http("POST", args.api + "/v1/orders", order_body(f"capture-{time.time_ns()}"), order_headers(f"capture-{time.time_ns()}")),
        "currencies": http("GET", args.api + "/v1/currencies"),
    }
    expected = {"products": 200, "products-de-eur": 200, "product": 200, "quote": 200, "order": 201, "currencies": 200}
    for name, (status, _, body) in answers.items():
        if status != expected[name]:
            sys.exit(f"capture: {name} answered {status}, expected {expected[name]}: {body[:300]!r}")
        with open(os.path.join(args.out, name + ".json"), "wb") as file:
            file.write(body)
    print(f"capture: {', '.join(f'{n} {len(b)} B' for n, (_, _, b) in answers.items())}")


class Target:
    """One server answering one scenario: how to call it with wrk, and what a single call must answer."""

    def __init__(self, server, url, script, script_args, expected_status, check):
        self.server, self.url, self.script, self.script_args = server, url, script, script_args
        self.expected_status, self.check = expected_status, check


def scenarios(api, baseline):
    etag = http("GET", f"{api}/v1/products/{PRODUCT_ID}")[1]["ETag"]
    quote, order = os.path.join(REQUESTS, "quote.json"), os.path.join(REQUESTS, "order.json")
    quote_cif = os.path.join(REQUESTS, "quote-cif.json")
    key = f"X-Api-Key: {DEMO_DISTRIBUTOR_KEY}"
    fixed = lambda method, body="-", *headers: ("fixed-request.lua", [method, body, *headers])
    once = lambda method, path, body=None, headers=None: lambda base: http(method, base + path, body, headers)
    unique = lambda base, path: (lambda key: http("POST", base + path, order_body(key), order_headers(key)))(f"check-{time.time_ns()}")
    return [
        ("list", "GET /v1/products?limit=20", [
            Target("ours", api + LIST_PATH, *fixed("GET"), 200, once("GET", LIST_PATH)),
            Target("baseline", baseline + LIST_PATH, *fixed("GET"), 200, once("GET", LIST_PATH)),
            Target("ceiling", baseline + "/ceiling/products", *fixed("GET"), 200, once("GET", "/ceiling/products")),
        ]),
        ("list-de-eur", "GET /v1/products?limit=20&currency=EUR, Accept-Language: de", [
            Target("ours", api + LIST_DE_EUR_PATH, *fixed("GET", "-", "Accept-Language: de-DE,de;q=0.9"), 200,
                   once("GET", LIST_DE_EUR_PATH, headers=GERMAN)),
            Target("ceiling", baseline + "/ceiling/products-de-eur", *fixed("GET"), 200, once("GET", "/ceiling/products-de-eur")),
        ]),
        ("product", "GET /v1/products/{id}", [
            Target("ours", f"{api}/v1/products/{PRODUCT_ID}", *fixed("GET"), 200, once("GET", f"/v1/products/{PRODUCT_ID}")),
            Target("ceiling", baseline + "/ceiling/product", *fixed("GET"), 200, once("GET", "/ceiling/product")),
        ]),
        ("304", "GET /v1/products/{id} If-None-Match (304)", [
            Target("ours", f"{api}/v1/products/{PRODUCT_ID}", *fixed("GET", "-", f"If-None-Match: {etag}"), 304,
                   once("GET", f"/v1/products/{PRODUCT_ID}", headers={"If-None-Match": etag})),
            Target("ceiling", baseline + "/ceiling/product", *fixed("GET", "-", f"If-None-Match: {etag}"), 304,
                   once("GET", "/ceiling/product", headers={"If-None-Match": etag})),
        ]),
        ("quote", "POST /v1/quotes (3 lines)", [
            Target("ours", api + "/v1/quotes", *fixed("POST", quote), 200,
                   once("POST", "/v1/quotes", read_request("quote.json"), {"Content-Type": "application/json"})),
            Target("ceiling", baseline + "/ceiling/quote", *fixed("POST", quote), 200,
                   once("POST", "/ceiling/quote", read_request("quote.json"), {"Content-Type": "application/json"})),
        ]),
        # The same 3 lines CIF Mombasa: lanes, duty and insurance are read and costed for every shipping mode the rule allows.
        ("quote-cif", "POST /v1/quotes (3 lines, CIF KEMBA landed cost)", [
            Target("ours", api + "/v1/quotes", *fixed("POST", quote_cif), 200,
                   once("POST", "/v1/quotes", read_request("quote-cif.json"), {"Content-Type": "application/json"})),
        ]),
        ("order", "POST /v1/orders (new Idempotency-Key each)", [
            Target("ours", api + "/v1/orders", "unique-key.lua", [order, key], 201, lambda base: unique(base, "/v1/orders")),
            Target("ceiling", baseline + "/ceiling/order", "unique-key.lua", [order, key], 200, lambda base: unique(base, "/ceiling/order")),
        ]),
        # Not one of the scenarios: a /v1 read with no database work shows what the middleware pipeline costs alone.
        ("floor", "GET /v1/currencies (no database: the pipeline's floor)", [
            Target("ours", api + "/v1/currencies", *fixed("GET"), 200, once("GET", "/v1/currencies")),
            Target("ceiling", baseline + "/ceiling/currencies", *fixed("GET"), 200, once("GET", "/ceiling/currencies")),
        ]),
    ]


def cpu_seconds(pid):
    """User plus system CPU time a process has used so far."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as file:
        fields = file.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def base_of(url):
    return re.match(r"^https?://[^/]+", url).group(0)


def wrk(target, connections, seconds, run_id, pid=None):
    script_args = target.script_args
    if target.script == "unique-key.lua":
        script_args = [f"{run_id}-{target.server}-c{connections}-{time.time_ns()}", *script_args]
    command = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--timeout", f"{WRK_TIMEOUT_S}s",
               "-s", os.path.join(WRK, target.script), target.url, "--", *script_args]
    cpu_before = cpu_seconds(pid) if pid else None
    finished = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30, check=False)
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    if finished.returncode != 0 or not lines:
        sys.exit(f"wrk failed ({finished.returncode}): {' '.join(command)}\n{finished.stdout}\n{finished.stderr}")
    result = json.loads(lines[-1])
    result["errors_total"] = sum(result["errors"].values())
    if pid and result["requests"]:
        # CPU the server spent per request: unlike requests/s, barely moved by other load on the machine.
        result["server_cpu_us_per_request"] = round((cpu_seconds(pid) - cpu_before) * 1e6 / result["requests"], 1)
    return result


def preflight(matrix, api, baseline):
    """Every target answers its scenario with the expected status once, and the baseline's page is the API's page."""
    problems = []
    for _, name, targets in matrix:
        for target in targets:
            status = target.check(base_of(target.url))[0]
            if status != target.expected_status:
                problems.append(f"{name} on {target.server}: {status}, expected {target.expected_status}")
    ours, theirs = http("GET", api + LIST_PATH)[2], http("GET", baseline + LIST_PATH)[2]
    if ours != theirs:
        problems.append(f"the baseline's product page differs from the API's ({len(theirs)} B vs {len(ours)} B)")
    if problems:
        sys.exit("preflight failed:\n  " + "\n  ".join(problems))


def machine():
    def read(path):
        with open(path, encoding="utf-8") as file:
            return file.read()
    cpu = re.search(r"^model name\s*:\s*(.*)$", read("/proc/cpuinfo"), re.M)
    memory_kb = int(re.search(r"^MemTotal:\s*(\d+)", read("/proc/meminfo"), re.M).group(1))
    os_name = re.search(r'^PRETTY_NAME="(.*)"', read("/etc/os-release"), re.M)
    dotnet = subprocess.run(["dotnet", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False).stdout.split(" [")[0].strip()
    return {
        "cores": os.cpu_count(), "cpu": cpu.group(1).strip() if cpu else platform.processor(),
        "ram_gib": round(memory_kb / 1024 / 1024, 1), "os": os_name.group(1) if os_name else platform.platform(),
        "kernel": platform.release(), "dotnet_sdk": dotnet, "wrk": wrk_version,
    }


def ms(microseconds):
    return microseconds / 1000.0


def table(results):
    head = ("| endpoint | conns | ours rps | p50 ms | p99 ms | max ms | errors | CPU µs/req | baseline rps | p50 | p99 | CPU µs/req "
            "| ceiling rps | p50 | p99 | ours/baseline | ours/ceiling |\n|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    rows = []
    for row in results:
        cells = [row["scenario"], str(row["connections"])]
        for server in ("ours", "baseline", "ceiling"):
            r = row["servers"].get(server)
            extra = {"ours": 3, "baseline": 1, "ceiling": 0}[server]
            if r is None:
                cells += ["–"] * (3 + extra)
                continue
            cells += [f"{r['rps']:,.0f}", f"{ms(r['latency_us']['p50']):.1f}", f"{ms(r['latency_us']['p99']):.1f}"]
            if server == "ours":
                cells += [f"{ms(r['latency_us']['max']):.1f}", str(r["errors_total"])]
            if server != "ceiling":
                cells.append(f"{r['server_cpu_us_per_request']:,.0f}" if "server_cpu_us_per_request" in r else "?")
        for ratio in ("ours/baseline", "ours/ceiling"):
            cells.append(f"{row[ratio]:.0%}" if row.get(ratio) is not None else "–")
        rows.append("| " + " | ".join(cells) + " |")
    return head + "\n" + "\n".join(rows)


def verdicts(results):
    at = {(r["key"], r["connections"]): r for r in results}
    lines = []
    list64 = at.get(("list", 64))
    if list64:
        ours = list64["servers"]["ours"]
        ratio, p99 = list64["ours/baseline"], ms(ours["latency_us"]["p99"])
        met = ratio >= TARGETS["list_vs_baseline"] and p99 <= TARGETS["list_p99_ms"]
        lines.append(f"- product list at 64 connections: {ratio:.0%} of the baseline (target ≥ 70 %), p99 {p99:.1f} ms "
                     f"(target ≤ 20 ms): **{'met' if met else 'not met'}**")
    for connections in (16, 64):
        english, german = at.get(("list", connections)), at.get(("list-de-eur", connections))
        if english and german:
            rps = lambda r: r["servers"]["ours"]["rps"]
            lines.append(f"- German EUR list at {connections} connections: {rps(german):,.0f} req/s, {rps(german) / rps(english):.0%} of the "
                         f"English USD list's {rps(english):,.0f} in the same run, p99 {ms(german['servers']['ours']['latency_us']['p99']):.1f} ms")
    for connections in (16, 64):
        r = at.get(("304", connections))
        if r:
            met = r["ours/ceiling"] >= TARGETS["not_modified_vs_ceiling"]
            lines.append(f"- 304 path at {connections} connections: {r['ours/ceiling']:.0%} of the static ceiling "
                         f"(target ≥ 80 %): **{'met' if met else 'not met'}**")
    for connections in (16, 64):
        plain, landed = at.get(("quote", connections)), at.get(("quote-cif", connections))
        if plain and landed:
            cpu = lambda r: r["servers"]["ours"].get("server_cpu_us_per_request")
            if cpu(plain) and cpu(landed):
                ratio = cpu(landed) / cpu(plain)
                met = ratio <= TARGETS["landed_quote_cpu_vs_quote"]
                lines.append(f"- landed-cost quote at {connections} connections: {cpu(landed):,.0f} µs CPU a request against "
                             f"{cpu(plain):,.0f} for the same quote without an Incoterm, {ratio:.2f}× (target ≤ 1.5×): "
                             f"**{'met' if met else 'not met'}**")
    orders = [r for r in results if r["key"] == "order"]
    if orders:
        best = max(r["servers"]["ours"]["rps"] for r in orders)
        errors = sum(r["servers"]["ours"]["errors_total"] for r in orders)
        met = best >= TARGETS["orders_rps"] and errors == 0
        lines.append(f"- orders: {best:,.0f} orders/s at best, {errors} errors (target ≥ 500/s, zero errors): "
                     f"**{'met' if met else 'not met'}**")
        slowest = max(ms(r["servers"]["ours"]["latency_us"]["max"]) for r in orders)
        at64 = at.get(("order", 64))
        if at64:
            p99 = ms(at64["servers"]["ours"]["latency_us"]["p99"])
            met = p99 < TARGETS["orders_p99_ms_at_64"] and slowest < TARGETS["orders_max_ms"]
            lines.append(f"- order tail: p99 {p99:.1f} ms at 64 connections (target < 150 ms), slowest order {slowest:.1f} ms "
                         f"(target < 1 s): **{'met' if met else 'not met'}**")
    return "\n".join(lines)


def compare(args):
    def load(path):
        with open(path, encoding="utf-8") as file:
            return {(r["scenario"], r["connections"]): r["servers"]["ours"] for r in json.load(file)["results"]}

    before, after = load(args.before), load(args.after)
    print("| endpoint | conns | before rps | after rps | after/before | before p99 / max ms | after p99 / max ms | |")
    print("|---|--:|--:|--:|--:|--:|--:|---|")
    flagged = 0
    for key in before:
        if key not in after:
            continue
        b, a = before[key], after[key]
        ratio = a["rps"] / b["rps"] if b["rps"] else float("nan")
        lost = ratio < 1 - MAX_THROUGHPUT_LOSS
        flagged += lost
        print(f"| {key[0]} | {key[1]} | {b['rps']:,.0f} | {a['rps']:,.0f} | {ratio:.2f} | "
              f"{ms(b['latency_us']['p99']):.1f} / {ms(b['latency_us']['max']):.1f} | "
              f"{ms(a['latency_us']['p99']):.1f} / {ms(a['latency_us']['max']):.1f} | {'**lost > 5 %**' if lost else ''} |")
    print(f"\n{flagged} scenario(s) lost more than {MAX_THROUGHPUT_LOSS:.0%} of their throughput.")
    return 0
    return "\n".join(lines)


def run(args):
    run_id = f"load{int(time.time())}"
    matrix = [scenario for scenario in scenarios(args.api, args.baseline) if not args.scenarios or scenario[0] in args.scenarios]
    preflight(matrix, args.api, args.baseline)
    info = {"machine": machine(), "load_average_before": os.getloadavg(), "duration_s": args.duration,
            "warmup_s": args.warmup, "wrk_threads": 2, "wrk_timeout_s": WRK_TIMEOUT_S}
    # The API's first seconds under load are spent compiling (tiered JIT); warm every scenario up once before measuring.
    for _, _, targets in matrix:
        wrk(targets[0], 16, 2 * args.warmup, run_id + "i")
    cells = len(args.connections) * sum(len(targets) for _, _, targets in matrix)
    print(f"run: {cells} cells of {args.warmup} s warm-up + {args.duration} s, about "
          f"{cells * (args.warmup + args.duration + 1) // 60 + 1} min", flush=True)
    results = []
    for connections in args.connections:
        for key, name, targets in matrix:
            row = {"key": key, "scenario": name, "connections": connections, "servers": {}}
            for target in targets:
                if args.warmup > 0:
                    wrk(target, connections, args.warmup, run_id + "w")
                result = wrk(target, connections, args.duration, run_id, args.api_pid if target.server == "ours" else args.baseline_pid)
                row["servers"][target.server] = result
                print(f"  {name} c={connections} {target.server}: {result['rps']:,.0f} rps, p50 "
                      f"{ms(result['latency_us']['p50']):.1f} ms, p99 {ms(result['latency_us']['p99']):.1f} ms, "
                      f"errors {result['errors_total']}, server CPU {result.get('server_cpu_us_per_request', '?')} µs/request",
                      flush=True)
            ours = row["servers"]["ours"]["rps"]
            for server in ("baseline", "ceiling"):
                if server in row["servers"]:
                    row[f"ours/{server}"] = ours / row["servers"][server]["rps"]
            results.append(row)
    info["load_average_after"] = os.getloadavg()

    markdown = table(results) + "\n\n" + verdicts(results)
    print("\n" + markdown)
    with open(os.path.join(args.out, "results.json"), "w", encoding="utf-8") as file:
        json.dump({"run": info, "results": results}, file, indent=2)
    with open(os.path.join(args.out, "results.md"), "w", encoding="utf-8") as file:
        file.write(markdown + "\n")
    m = info["machine"]
    print(f"\nmachine: {m['cores']} cores, {m['cpu']}, {m['ram_gib']} GiB, {m['os']}, .NET SDK {m['dotnet_sdk']}, {m['wrk']}; "
          f"load average before {info['load_average_before'][0]:.2f}, after {info['load_average_after'][0]:.2f}")
    print(f"results: {os.path.join(args.out, 'results.md')} and results.json")
    errors = sum(r["servers"]["ours"]["errors_total"] for r in results)
    if errors:
        print(f"run: {errors} requests to the API failed (see the errors column)", file=sys.stderr)
        return 1
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    capture_parser = commands.add_parser("capture")
    capture_parser.add_argument("--api", required=True)
    capture_parser.add_argument("--out", required=True, help="folder for the ceiling's bodies")
    compare_parser = commands.add_parser("compare")
    compare_parser.add_argument("before", help="results.json of the earlier run")
    compare_parser.add_argument("after", help="results.json of the later run")
    run_parser = commands.add_parser("run")
    run_parser.add_argument("--api", required=True)
    run_parser.add_argument("--baseline", required=True)
    run_parser.add_argument("--out", required=True, help="folder for results.json and results.md")
    run_parser.add_argument("--duration", type=int, default=10, help="seconds measured per cell")
    run_parser.add_argument("--warmup", type=int, default=3, help="seconds of unmeasured load before each cell")
    run_parser.add_argument("--connections", type=lambda s: [int(c) for c in s.split(",")], default=[16, 64])
    run_parser.add_argument("--scenarios", type=lambda s: s.split(","), help="a subset of list,list-de-eur,product,304,quote,quote-cif,order,floor")
    run_parser.add_argument("--api-pid", type=int, help="the API's process, to measure its CPU per request")
    run_parser.add_argument("--baseline-pid", type=int, help="the baseline's process, likewise")
    args = parser.parse_args()
    return {"capture": capture, "compare": compare, "run": run}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
