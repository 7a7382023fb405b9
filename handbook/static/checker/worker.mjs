// The checker's Web Worker: loads Pyodide and the checkers wheel, then checks
// posts sent by checker.js.  Nothing here touches the network beyond the
// site's own files, and nothing is stored: the text lives in this worker's
// memory for the length of one check.
//
// It runs two ways, so it has no static imports:
// * served over http(s): as a module worker; Pyodide fetches its runtime
//   files from _static/checker/pyodide/ itself and the wheel is fetched from
//   _static/checker/.  fetch is wrapped only to report download progress.
// * opened from file:// (the offline bundle): as a classic worker made from a
//   blob:, because browsers refuse file:// workers and fetch.  The page hands
//   over every file (gzip + base64, from the offline/*.js scripts); pyodide.mjs
//   and pyodide.asm.mjs are imported from blob: URLs, fetch is replaced by a
//   lookup in those files, and the lock file is passed as lockFileContents.
//
// Messages in:  {type: "boot", mode: "http", base, wheel}
//               {type: "boot", mode: "embedded", files: {name: base64gz}}
//               {type: "check", id, text, select}
// Messages out: {type: "progress", step, loaded, total}
//               {type: "ready", rules, timings}
//               {type: "result", id, report, ms}
//               {type: "error", id, message}      one check failed
//               {type: "fatal", message}          the checker cannot start

"use strict";

const STEP_OF = [
  ["pyodide.asm.wasm", "runtime"],
  ["python_stdlib.zip", "stdlib"],
  [".whl", "checkers"],
];

const PY_SETUP = `
import json as _json
import checkers as _checkers

def _handbook_check(text, select):
    sel = _json.loads(select) if select else None
    return _json.dumps(_checkers.check(text, select=sel).to_dict(), ensure_ascii=True)

def _handbook_catalogue():
    return _json.dumps({r.id: {"title": r.title, "area": r.area, "severity": r.severity}
                        for r in _checkers.RULES}, ensure_ascii=True)
`;

const WARM_UP = "My 3pm client, a pilot from Dayton, cried today \u{1F62D} - psycho ex says " +
  "suicide is the cure #1, DM me, review thanks, 100% guaranteed, stopped her meds.";
const WARM_UP_FINE = "Sleep, daylight and a walk help most people's mood.";

let pyodide = null;
let checkFn = null;
let checked = false;
const started = performance.now();
const timings = {};

function send(message) {
  self.postMessage(message);
}

function describe(err) {
  if (!err) return "unknown error";
  const text = String(err.message || err);
  // Python tracebacks: keep the last line, which names the error.
  const lines = text.trim().split("\n");
  return lines[lines.length - 1].slice(0, 500);
}

function stepFor(url) {
  for (const [needle, step] of STEP_OF) if (url.includes(needle)) return step;
  return null;
}

// Progress, throttled to whole percents so the page is not flooded.
const lastPercent = {};
function progress(step, loaded, total) {
  const pct = total ? Math.floor((loaded / total) * 100) : -1;
  if (pct === lastPercent[step] && loaded !== total) return;
  lastPercent[step] = pct;
  send({ type: "progress", step, loaded, total });
}

// A Response whose body reports progress as it is read.  Wasm keeps its MIME
// type (instantiateStreaming needs application/wasm even when a server says
// otherwise).
function counted(response, step, knownTotal) {
  const total = knownTotal || Number(response.headers.get("content-length")) || 0;
  const headers = new Headers(response.headers);
  if (step === "runtime") headers.set("Content-Type", "application/wasm");
  if (!response.body) return response;
  let loaded = 0;
  progress(step, 0, total);
  const body = response.body.pipeThrough(new TransformStream({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      progress(step, loaded, total);
      controller.enqueue(chunk);
    },
    flush() {
      progress(step, total || loaded, total || loaded);
    },
  }));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function urlOf(input) {
  return String(input && typeof input === "object" && "url" in input ? input.url : input);
}

// -- http(s): the normal path ------------------------------------------------

async function bootHttp({ base, wheel }) {
  const index = new URL("pyodide/", base).href;
  const realFetch = self.fetch.bind(self);
  self.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    const step = stepFor(urlOf(input));
    if (!step || !response.ok) return response;
    return counted(response, step);
  };
  // The wheel downloads while Pyodide starts.
  const wheelBytes = self.fetch(new URL(wheel, base).href).then(async (r) => {
    if (!r.ok) throw new Error(`could not load the checkers (${r.status} ${r.statusText})`);
    return new Uint8Array(await r.arrayBuffer());
  });
  wheelBytes.catch(() => {});  // reported when awaited below
  send({ type: "progress", step: "runtime", loaded: 0, total: 0 });
  const { loadPyodide } = await import(index + "pyodide.mjs");
  pyodide = await loadPyodide({ indexURL: index, stdout: () => {}, stderr: () => {} });
  return wheelBytes;
}

// -- file://: everything arrives in the boot message -------------------------

function fromBase64(text) {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function gunzip(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function bootEmbedded({ files }) {
  const data = {};
  const order = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json", "wheel"];
  for (const name of order) {
    if (typeof files[name] !== "string") throw new Error(`the offline bundle lacks ${name}`);
    data[name] = await gunzip(fromBase64(files[name]));
    const step = name === "python_stdlib.zip" ? "stdlib" : name === "wheel" ? "checkers" : "runtime";
    send({ type: "progress", step, loaded: data[name].length, total: data[name].length });
  }
  const asModule = (bytes) => URL.createObjectURL(new Blob([bytes], { type: "text/javascript" }));
  const indexURL = "file:///handbook-checker/";
  const served = {
    "pyodide.asm.wasm": ["application/wasm", data["pyodide.asm.wasm"]],
    "python_stdlib.zip": ["application/zip", data["python_stdlib.zip"]],
  };
  self.fetch = async (input) => {
    const url = urlOf(input);
    const name = url.slice(url.lastIndexOf("/") + 1).split(/[?#]/)[0];
    const hit = served[name];
    if (!hit) throw new TypeError(`offline checker: ${name} is not part of the bundle`);
    return new Response(hit[1], { status: 200, headers: { "Content-Type": hit[0] } });
  };
  const { loadPyodide } = await import(asModule(data["pyodide.mjs"]));
  const createPyodideModule = (await import(asModule(data["pyodide.asm.mjs"]))).default;
  pyodide = await loadPyodide({
    indexURL,
    packageBaseUrl: indexURL,
    lockFileContents: new TextDecoder().decode(data["pyodide-lock.json"]),
    createPyodideModule,
    stdout: () => {},
    stderr: () => {},
  });
  // The runtime has read its files; let the copies go.
  delete served["pyodide.asm.wasm"];
  delete served["python_stdlib.zip"];
  return data.wheel;
}

// -- both --------------------------------------------------------------------

async function boot(message) {
  const wheel = message.mode === "embedded" ? await bootEmbedded(message) : await bootHttp(message);
  timings.runtime = Math.round(performance.now() - started);
  const bytes = await wheel;
  send({ type: "progress", step: "checkers", loaded: bytes.length, total: bytes.length });
  pyodide.unpackArchive(bytes, "wheel");
  pyodide.runPython(PY_SETUP);
  checkFn = pyodide.globals.get("_handbook_check");
  const rules = JSON.parse(pyodide.globals.get("_handbook_catalogue")());
  timings.ready = Math.round(performance.now() - started);
  send({ type: "ready", rules, timings });
  // Warm up: some rules compile their patterns on first use.  Done right after
  // "ready", inside the 300 ms the page waits after typing, so the reader's
  // first check is as fast as the others.  A rule that crashes here is
  // reported on the reader's own checks instead.  The second, fine post makes
  // the learned fallback rules run, which loads their weights.
  setTimeout(() => {
    if (checked) return;  // a real check came first and warmed up
    try { checkFn(WARM_UP, ""); checkFn(WARM_UP_FINE, ""); } catch (err) { /* see check() */ }
  }, 0);
}

function check({ id, text, select }) {
  checked = true;
  const t0 = performance.now();
  try {
    const report = JSON.parse(checkFn(String(text), select ? JSON.stringify(select) : ""));
    send({ type: "result", id, report, ms: performance.now() - t0 });
  } catch (err) {
    send({ type: "error", id, message: describe(err) });
  }
}

self.onmessage = (event) => {
  const message = event.data || {};
  if (message.type === "boot") {
    boot(message).catch((err) => send({ type: "fatal", message: describe(err) }));
  } else if (message.type === "check") {
    if (!checkFn) send({ type: "error", id: message.id, message: "the checker is not loaded yet" });
    else check(message);
  }
};

self.addEventListener("unhandledrejection", (event) => {
  send({ type: "fatal", message: describe(event.reason) });
});
