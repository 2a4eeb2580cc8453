#!/usr/bin/env python3
"""Sapha — writes the fuzzers' seed corpora and dictionaries (tests/fuzz/corpus, tests/fuzz/dictionaries).

Seeds: every committed version of every demo document (from a demo workspace made by sapha-cli), a few
broken variants of each, the shipped plugin.json files and the broken ones of the test fixtures, merge
triples made from the demo meeting, and HTTP requests a phone sends, with idea texts taken from the news
texts the demo is written from (SEEDS_DIR). Run it again when a format changes:

    scripts/make-fuzz-seeds.py build/stage/bin/sapha-cli SEEDS_DIR build/tests/plugin_fixtures
"""
import glob
import hashlib
import os
import re
import subprocess
import sys
import tempfile

cli, seeds_dir, fixtures = sys.argv[1:4]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fuzz")
corpus = os.path.join(root, "corpus")
dictionaries = os.path.join(root, "dictionaries")


def dictionary_word(word):
    """A libFuzzer dictionary entry: printable ASCII as it is, anything else as \\xNN."""
    out = ""
    for byte in word.encode("utf-8"):
        char = chr(byte)
        out += char if 32 <= byte < 127 and char not in '"\\' else "\\x%02X" % byte
    return '"%s"\n' % out


def put(target, data, name=None):
    folder = os.path.join(corpus, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = name or hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as out:
        out.write(data)


kinds = {".meeting.xml": "meeting", ".roster.xml": "roster", ".standard.xml": "standard",
         ".assessment.xml": "assessment", ".session.xml": "session"}
words = {kind: set() for kind in kinds.values()}
with tempfile.TemporaryDirectory() as work:
    demo = os.path.join(work, "demo")
    subprocess.run([cli, "demo", demo, "--quiet"], check=True, stdout=subprocess.DEVNULL)
    files = subprocess.run(["git", "-C", demo, "ls-files"], check=True, capture_output=True, text=True).stdout.split()
    for path in files:
        kind = next((k for suffix, k in kinds.items() if path.endswith(suffix)), None)
        if not kind:
            continue
        revisions = subprocess.run(["git", "-C", demo, "log", "--format=%H", "--", path], check=True,
                                   capture_output=True, text=True).stdout.split()
        for revision in revisions:
            text = subprocess.run(["git", "-C", demo, "show", f"{revision}:{path}"], check=True,
                                  capture_output=True).stdout.decode("utf-8")
            put(kind, text)
            words[kind].update(re.findall(r"</?([a-z][a-z-]*)", text))
            words[kind].update(a + "=" for a in re.findall(r" ([a-z][a-z-]*)=\"", text))
        last = text
        put(kind, last[: len(last) // 2], "cut-in-half")
        put(kind, re.sub(r'format="\d+"', 'format="99"', last, count=1), "newer-format")
        put(kind, re.sub(r' id="[^"]*"', "", last, count=3), "ids-missing")
        put(kind, "", "empty")
        put(kind, "<?xml version=\"1.0\"?>\n<other format=\"1\"/>\n", "wrong-root")
    # Merge triples: base, ours, theirs of the meeting, as sync meets them.
    meeting = os.path.join(demo, "minutes", "chiangrai-1-2563.meeting.xml")
    base = open(meeting, encoding="utf-8").read()
    ours = base.replace("<resolution>รับทราบ</resolution>", "<resolution>รับทราบ (ก)</resolution>", 1)
    theirs = base.replace("<title>เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ</title>", "<title>แจ้งเพื่อทราบ (ข)</title>", 1)
    clash = base.replace("<resolution>รับทราบ</resolution>", "<resolution>รับทราบ (ข)</resolution>", 1)
    put("merge", base + "\n=====\n" + ours + "\n=====\n" + theirs, "fields")
    put("merge", base + "\n=====\n" + ours + "\n=====\n" + clash, "same-field")
    put("merge", "\n=====\n" + ours + "\n=====\n" + theirs, "no-base")
    put("merge", "<a><b id=\"1\">x</b><b id=\"2\">y</b></a>\n=====\n<a><b id=\"2\">y</b><b id=\"1\">x</b></a>\n=====\n"
        "<a><b id=\"1\">z</b></a>", "small")

for manifest in glob.glob(os.path.join(os.path.dirname(cli), "..", "lib", "sapha", "plugins", "*", "plugin.json")):
    put("manifest", open(manifest, "rb").read())
for manifest in glob.glob(os.path.join(fixtures, "*", "plugin.json")):
    put("manifest", open(manifest, "rb").read())
put("manifest", "{", "unclosed")

# Requests a phone, the board or a stranger sends.
ideas = []
for seed in sorted(glob.glob(os.path.join(seeds_dir, "*.txt"))):
    text = open(seed, encoding="utf-8").read()
    ideas += [line.strip() for line in text.splitlines() if len(line.strip()) > 20][:4]


def post(path, body, extra=""):
    data = body.encode("utf-8")
    return (f"POST {path} HTTP/1.1\r\nHost: @HOST@\r\nContent-Type: application/json\r\n{extra}"
            f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n").encode() + data


def get(path, extra=""):
    return f"GET {path} HTTP/1.1\r\nHost: @HOST@\r\n{extra}Connection: close\r\n\r\n".encode()


import json
put("participation", get("/?code=424242"), "join-page")
put("participation", get("/app.js"), "script")
put("participation", get("/api/session?code=424242"), "session")
put("participation", get("/api/state", "X-Sapha-Token: @TOKEN@\r\n"), "state")
put("participation", post("/api/join", '{"code":"424242","group":"g2","name":"สมหญิง"}'), "join")
put("participation", post("/api/join", '{"code":"000000","group":"g2","name":"x"}'), "join-wrong-code")
for number, idea in enumerate(ideas):
    put("participation", post("/api/ideas", json.dumps({"text": idea}, ensure_ascii=False), "X-Sapha-Token: @TOKEN@\r\n"),
        f"idea-{number}")
put("participation", post("/api/ideas", '{"text":"<img src=x onerror=alert(1)>"}', "X-Sapha-Token: @TOKEN@\r\n"), "idea-markup")
put("participation", post("/api/votes", '{"target":"idea-1"}', "X-Sapha-Token: @TOKEN@\r\n"), "vote")
put("participation", post("/api/round", '{"round":"vote"}', "X-Sapha-Facilitator: @SECRET@\r\n"), "round-vote")
put("participation", post("/api/round", '{"round":"ideate"}', "X-Sapha-Facilitator: @SECRET@\r\n"), "round-ideate")
put("participation", get("/api/results.csv?secret=@SECRET@"), "results")
put("participation", get("/api/qr.svg?secret=@SECRET@"), "qr")
put("participation", get("/", "Host: evil.example\r\n").replace(b"Host: @HOST@\r\n", b"", 1), "wrong-host")
put("participation", post("/api/ideas", '{"text":"x"}', "X-Sapha-Token: @TOKEN@\r\nOrigin: http://evil.example\r\n"), "cross-origin")
put("participation", b"POST /api/ideas HTTP/1.1\r\nHost: @HOST@\r\nX-Sapha-Token: @TOKEN@\r\nContent-Type: application/json\r\n"
    b"Content-Length: 99999999999\r\n\r\n{}", "huge-length")
put("participation", b"POST /api/ideas HTTP/1.1\r\nHost: @HOST@\r\nX-Sapha-Token: @TOKEN@\r\nContent-Type: application/json\r\n"
    b"Transfer-Encoding: chunked\r\n\r\nffff\r\n{\"text\":", "chunked")
put("participation", post("/api/ideas", '{"text":"\xff\xfe"}', "X-Sapha-Token: @TOKEN@\r\n").replace("\xff".encode(), b"\xff"), "bad-utf8")
put("participation", post("/api/ideas", '{"text":', "X-Sapha-Token: @TOKEN@\r\n"), "bad-json")
put("participation", b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: @HOST@\r\n\r\n", "long-uri")
put("participation", b"GET / HTTP/1.1\r\nHost: @HOST@\r\n" + b"X-Flood: 1\r\n" * 200 + b"\r\n", "header-flood")
put("participation", get("/api/state", "X-Sapha-Token: @TOKEN@\r\nConnection: keep-alive\r\n") + get("/api/session?code=424242"), "pipelined")

os.makedirs(dictionaries, exist_ok=True)


def write_dictionary(name, entries):
    with open(os.path.join(dictionaries, name + ".dict"), "w", encoding="ascii") as out:
        for entry in entries:
            out.write(dictionary_word(entry))


xml_words = ['<?xml version="1.0"?>', 'format="1"', 'format="2"', "&amp;", "&#10;", "<![CDATA[", "]]>"]
for kind, found in words.items():
    write_dictionary(kind, sorted(found) + xml_words)
write_dictionary("merge", sorted(words["meeting"] | words["standard"]) + xml_words + ["\n=====\n", ' id="', "<?sapha-conflict "])
write_dictionary("participation", [
    "GET ", "POST ", " HTTP/1.1\r\n", "Host: @HOST@\r\n", "Content-Length: ", "Content-Type: application/json\r\n",
    "X-Sapha-Token: @TOKEN@\r\n", "X-Sapha-Facilitator: @SECRET@\r\n", "Transfer-Encoding: chunked\r\n",
    "Origin: http://@HOST@\r\n", "Connection: keep-alive\r\n", "\r\n\r\n", "/api/join", "/api/ideas", "/api/votes",
    "/api/round", "/api/state", "/api/events", "/api/session?code=424242", "/api/results.csv", '{"text":"', '{"target":"',
    '"code":"424242"', '"group":"g1"', "idea-", "cluster-", "?secret=@SECRET@"])
write_dictionary("manifest", ['"id"', '"name"', '"version"', '"sdkApi"', '"core"', '"ui"', '"documentKinds"', '"suffix"',
                              '"th"', '"en"', '"description"', "../", ".so"])
print("seeds written to", corpus)
