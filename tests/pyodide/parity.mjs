#!/usr/bin/env node
// Run the checkers inside real Pyodide (from node_modules/pyodide, no network)
// and print one JSON line per post, for tests/test_pyodide_parity.py to
// compare with CPython.
//
//   node tests/pyodide/parity.mjs --wheel dist/clinician_social_handbook-0.1.0-py3-none-any.whl \
//        [--stdlib _build/html/_static/checker/pyodide/python_stdlib.zip]
//
// --stdlib runs against the trimmed standard library the site ships (see
// handbook/assets.py) instead of node_modules/pyodide's full one.
// The wheel is unpacked with pyodide.unpackArchive (no micropip).  The corpus
// files, tricky.json and parity_driver.py are copied into Pyodide's in-memory
// file system and the driver runs there, so both interpreters run the same
// Python code over the same bytes.

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function fail(message) {
  process.stderr.write(`parity.mjs: ${message}\n`);
  process.exit(2);
}

const wheelPath = arg("--wheel");
const stdlibPath = arg("--stdlib");
if (stdlibPath && !existsSync(stdlibPath)) fail(`--stdlib: no such file ${stdlibPath}`);
if (!wheelPath || !existsSync(wheelPath)) fail(`--wheel must name a built wheel (got ${wheelPath})`);
const indexDir = join(root, "node_modules", "pyodide");
if (!existsSync(join(indexDir, "pyodide.mjs"))) fail("node_modules/pyodide is missing: run npm ci");

// No network: anything Pyodide tries to fetch over the network fails loudly.
globalThis.fetch = async (url) => {
  throw new Error(`network disabled in parity run (tried ${url})`);
};

const { loadPyodide } = await import(pathToFileURL(join(indexDir, "pyodide.mjs")).href);
const started = performance.now();
const pyodide = await loadPyodide({
  indexURL: indexDir + "/",
  ...(stdlibPath ? { stdLibURL: resolve(stdlibPath) } : {}),
  stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") });

pyodide.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel");

// Mirror the files the driver reads into /parity inside Pyodide.
const FS = pyodide.FS;
for (const dir of ["/parity", "/parity/tests", "/parity/tests/corpus", "/parity/tests/pyodide"]) FS.mkdirTree(dir);
for (const rel of ["tests/corpus/dev.jsonl", "tests/corpus/test.jsonl", "tests/pyodide/tricky.json", "tests/pyodide/parity_driver.py"]) {
  const src = join(root, rel);
  if (existsSync(src)) FS.writeFile("/parity/" + rel, new Uint8Array(readFileSync(src)));
}

const out = pyodide.runPython(`
import sys
sys.path.insert(0, "/parity/tests/pyodide")
import parity_driver, pathlib
"\\n".join(parity_driver.lines(pathlib.Path("/parity")))
`);
process.stdout.write(out + "\n");
const version = pyodide.runPython("import sys; sys.version.split()[0]");
process.stderr.write(`parity.mjs: Pyodide ${pyodide.version} (Python ${version}, ${stdlibPath ? "trimmed" : "full"} stdlib), ${out.split("\n").length} lines in ${Math.round(performance.now() - started)} ms\n`);
