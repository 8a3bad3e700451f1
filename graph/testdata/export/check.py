#!/usr/bin/env python3
"""Parse a hague export with a real parser of its format and check that it
carries what the manifest says: node and edge ids, labels, kinds, roles,
events and documents; for JSON-LD, exactly the quads of the N-Quads export.

usage: check.py FORMAT FILE MANIFEST   (FORMAT: graphml, gexf, dot, jsonld)

Needs Debian's python3-networkx (graphml, gexf), graphviz (dot) and
python3-rdflib (jsonld, nquads). Exits 0 when the export checks out, 1 with
one line per problem otherwise, 3 when a parser is missing.
"""
import json
import subprocess
import sys

problems = []


def expect(cond, msg):
    if not cond:
        problems.append(msg)


def check_nodes(got, manifest, fields):
    """got: id -> dict of attributes; fields: attribute names to compare."""
    want = {n["id"]: n for n in manifest["nodes"]}
    expect(set(got) == set(want), "nodes differ: missing %s, extra %s" % (
        sorted(set(want) - set(got)), sorted(set(got) - set(want))))
    for nid, n in want.items():
        g = got.get(nid)
        if g is None:
            continue
        for f in fields:
            expect(g.get(f) == n[f], "node %r: %s is %r, want %r" % (nid, f, g.get(f), n[f]))


def check_edges(got, manifest):
    """got: id -> dict with source, target, role, event, documents (list)."""
    want = {e["id"]: e for e in manifest["edges"]}
    expect(set(got) == set(want), "edges differ: missing %s, extra %s" % (
        sorted(set(want) - set(got)), sorted(set(got) - set(want))))
    for eid, e in want.items():
        g = got.get(eid)
        if g is None:
            continue
        for f in ("source", "target", "role", "event", "documents"):
            expect(g.get(f) == e[f], "edge %r: %s is %r, want %r" % (eid, f, g.get(f), e[f]))


def split_docs(s):
    return s.split() if s else []


def graphml(path, manifest):
    import networkx as nx
    G = nx.read_graphml(path, force_multigraph=True)
    expect(G.is_directed(), "graph is not directed")
    check_nodes({n: d for n, d in G.nodes(data=True)}, manifest, ("label", "kind"))
    edges = {}
    for u, v, k, d in G.edges(keys=True, data=True):
        edges[k] = dict(source=u, target=v, role=d.get("role"), event=d.get("event") or "",
                        documents=split_docs(d.get("documents")))
    check_edges(edges, manifest)
    for n, d in G.nodes(data=True):
        if "confidence" in d:
            expect(isinstance(d["confidence"], float), "node %r: confidence not a double" % n)


def gexf(path, manifest):
    import networkx as nx
    from networkx.readwrite.gexf import GEXF
    # NetworkX knows GEXF 1.1draft and 1.2draft; 1.3 keeps their structure
    # under a new namespace, so teach the reader that namespace.
    GEXF.versions["1.3"] = {
        "NS_GEXF": "http://gexf.net/1.3",
        "NS_VIZ": "http://gexf.net/1.3/viz",
        "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
        "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
        "VERSION": "1.3",
    }
    G = nx.read_gexf(path, version="1.3")
    expect(G.is_directed(), "graph is not directed")
    check_nodes({n: d for n, d in G.nodes(data=True)}, manifest, ("label", "kind"))
    for n in manifest["nodes"]:
        d = G.nodes.get(n["id"], {})
        if n.get("start"):
            expect(d.get("start") == n["start"] and d.get("end") == n["end"],
                   "node %r: spell %r..%r, want %r..%r" % (n["id"], d.get("start"), d.get("end"), n["start"], n["end"]))
    edges = {}
    # NetworkX keys edges by their GEXF id in a multigraph, and keeps the id
    # as data otherwise.
    found = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, d.get("id"), d) for u, v, d in G.edges(data=True))
    for u, v, k, d in found:
        edges[k] = dict(source=u, target=v, role=d.get("role"), event=d.get("event") or "",
                        documents=split_docs(d.get("documents")))
        expect(d.get("label") == d.get("role"), "edge %r: label %r is not its role" % (k, d.get("label")))
    check_edges(edges, manifest)


def dot_unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "\\" and i + 1 < len(s):
            c = s[i + 1]
            out.append({"n": "\n", "\\": "\\", '"': '"'}.get(c, "\\" + c))
            i += 2
            continue
        out.append(s[i])
        i += 1
    return "".join(out)


def dot(path, manifest):
    try:
        res = subprocess.run(["dot", "-Tjson", path], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        print("graphviz's dot is not installed")
        sys.exit(3)
    expect(res.returncode == 0, "dot failed: %s" % res.stderr.strip())
    expect(res.stderr.strip() == "", "dot warned: %s" % res.stderr.strip())
    if res.returncode != 0:
        return
    g = json.loads(res.stdout)
    expect(g.get("directed") is True, "graph is not directed")
    objs = g.get("objects", [])
    nodes = {o["name"]: {"label": dot_unescape(o.get("label", "")), "kind": dot_unescape(o.get("kind", "")),
                         "shape": o.get("shape")} for o in objs}
    check_nodes(nodes, manifest, ("label", "kind"))
    for n in manifest["nodes"]:
        shape = nodes.get(n["id"], {}).get("shape")
        if n["type"] == "event":
            expect(shape == "box", "event %r has shape %r, want box" % (n["id"], shape))
        else:
            expect(shape not in (None, "box"), "entity %r has shape %r" % (n["id"], shape))
    edges = {}
    for e in g.get("edges", []):
        eid = dot_unescape(e.get("id", ""))
        edges[eid] = dict(source=objs[e["tail"]]["name"], target=objs[e["head"]]["name"],
                          role=dot_unescape(e.get("role", "")), event=dot_unescape(e.get("event", "")),
                          documents=split_docs(dot_unescape(e.get("documents", ""))))
        expect(e.get("label") == e.get("role"), "edge %r: label %r is not its role" % (eid, e.get("label")))
    check_edges(edges, manifest)


def jsonld(path, manifest):
    from rdflib import Dataset
    ld = Dataset()
    ld.parse(path, format="json-ld")
    nq = Dataset()
    nq.parse(manifest["nquads"], format="nquads")
    a = {q for q in ld.quads((None, None, None, None))}
    b = {q for q in nq.quads((None, None, None, None))}
    expect(len(b) == manifest["quads"], "N-Quads export parses to %d quads, want %d" % (len(b), manifest["quads"]))
    expect(a == b, "JSON-LD and N-Quads differ: %d only in JSON-LD (%s), %d only in N-Quads (%s)" % (
        len(a - b), sorted(a - b)[:3], len(b - a), sorted(b - a)[:3]))
    graphs = {str(q[3]) for q in a}
    expect(graphs == set(manifest["documents"]), "named graphs %s, want the documents %s" % (
        sorted(graphs), sorted(manifest["documents"])))


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(2)
    fmt, path, manifest_path = sys.argv[1:]
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    try:
        {"graphml": graphml, "gexf": gexf, "dot": dot, "jsonld": jsonld}[fmt](path, manifest)
    except ImportError as e:
        print("missing parser: %s" % e)
        sys.exit(3)
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
