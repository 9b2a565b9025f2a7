#!/usr/bin/env python3
"""The first 300 searches against a server on 127.0.0.1:PORT, 4 client threads, the benchmark's queries in turn;
prints p50 / p99 / max in ms. Used by cold-serve.sh."""
import sys, time, threading, urllib.request, urllib.parse, pathlib

port = sys.argv[1]
queries_file = pathlib.Path(__file__).resolve().parents[4] / "bench/src/main/resources/bench/queries.txt"
qs = [l.strip() for l in queries_file.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
lat, lock, nxt = [], threading.Lock(), [0]

def worker():
    while True:
        with lock:
            i = nxt[0]
            nxt[0] += 1
        if i >= 300:
            return
        t = time.perf_counter()
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/search?q=" + urllib.parse.quote(qs[i % len(qs)]) + "&size=10").read()
        with lock:
            lat.append((time.perf_counter() - t) * 1000)

threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lat.sort()
print(f"p50 {lat[len(lat) // 2]:.1f} ms  p99 {lat[int(len(lat) * 0.99) - 1]:.1f} ms  max {lat[-1]:.1f} ms")
