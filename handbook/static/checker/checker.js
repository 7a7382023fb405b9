/* The handbook's in-browser checker: the page side.
 *
 * Each [data-checker] element (rendered by handbook/checker.py) is a form.
 * One Web Worker per page (worker.mjs) runs Pyodide and the checkers; it
 * starts when the reader first focuses a text box or when the browser is idle.
 * Posts are checked 300 ms after typing stops and when "Check" is pressed.
 *
 * Privacy: the text is only ever passed to that worker.  Nothing is stored
 * (no localStorage, sessionStorage, IndexedDB or cookies) and nothing is
 * sent over the network.  Every piece of text reaches the page through
 * textContent, never innerHTML, so pasted markup is shown as text.
 *
 * Offsets from the checkers are Python code-point indices; JavaScript strings
 * index UTF-16 code units, so highlights convert them (emoji and other astral
 * characters are two code units but one code point).
 */
(function () {
  "use strict";

  var widgets = Array.prototype.slice.call(document.querySelectorAll("[data-checker]"));
  if (!widgets.length) return;

  var DEBOUNCE_MS = 300;
  var STALL_MS = 45000;        // loading with no progress for this long is an error
  var CHECK_TIMEOUT_MS = 10000;
  var FROM_FILE = location.protocol === "file:";
  var AREAS = ["privacy", "boundaries", "accuracy", "consent", "safety", "language"];
  var AREA_TITLES = {
    privacy: "Privacy and confidentiality",
    boundaries: "Professional boundaries",
    accuracy: "Accuracy and evidence",
    consent: "Informed consent",
    safety: "Safe messaging about suicide and self-harm",
    language: "Respectful, non-stigmatizing language"
  };
  var SEVERITY_LABELS = { info: "Tip", warning: "Warning", critical: "Critical" };
  var STEP_LABELS = {
    runtime: "Python runtime",
    stdlib: "Python standard library",
    checkers: "the checkers"
  };
  var STEP_WEIGHTS = { runtime: 0.75, stdlib: 0.2, checkers: 0.05 };
  var OFFLINE_SCRIPTS = [
    ["worker", "runtime"], ["pyodide.mjs", "runtime"], ["pyodide.asm.mjs", "runtime"],
    ["pyodide.asm.wasm", "runtime"], ["python_stdlib.zip", "stdlib"],
    ["pyodide-lock.json", "stdlib"], ["wheel", "checkers"]
  ];
  var HOW_TO_OPEN = "To use the checker, open the handbook's offline bundle (its index.html) " +
    "or serve this folder with any web server, for example: python3 -m http.server";

  // -- the engine: one worker shared by every widget on the page -------------

  var engine = {
    state: "idle",           // idle | loading | ready | error
    worker: null,
    rules: {},
    error: "",
    progress: {},            // step -> fraction
    pending: {},             // id -> {resolve, reject, timer}
    nextId: 1,
    stallTimer: null,
    listeners: []
  };

  function notify() {
    engine.listeners.forEach(function (fn) { fn(); });
  }

  function fail(message) {
    if (engine.state === "error") return;
    engine.state = "error";
    engine.error = message;
    clearTimeout(engine.stallTimer);
    Object.keys(engine.pending).forEach(function (id) {
      var p = engine.pending[id];
      clearTimeout(p.timer);
      p.reject(new Error(message));
    });
    engine.pending = {};
    if (engine.worker) engine.worker.terminate();
    engine.worker = null;
    notify();
  }

  function armStall() {
    clearTimeout(engine.stallTimer);
    engine.stallTimer = setTimeout(function () {
      fail("The checker did not finish loading (no progress for " + STALL_MS / 1000 +
        " seconds). Reload the page to try again." + (FROM_FILE ? " " + HOW_TO_OPEN : ""));
    }, STALL_MS);
  }

  function overallProgress() {
    var sum = 0;
    Object.keys(STEP_WEIGHTS).forEach(function (step) {
      sum += STEP_WEIGHTS[step] * (engine.progress[step] || 0);
    });
    return Math.min(1, sum);
  }

  function onWorkerMessage(event) {
    var m = event.data || {};
    if (m.type === "progress") {
      armStall();
      var fraction = m.total ? m.loaded / m.total : 0;
      engine.progress[m.step] = Math.max(engine.progress[m.step] || 0, fraction);
      engine.step = m.step;
      notify();
    } else if (m.type === "ready") {
      clearTimeout(engine.stallTimer);
      engine.rules = m.rules || {};
      engine.timings = m.timings;
      engine.readyAt = performance.now();
      engine.state = "ready";
      notify();
    } else if (m.type === "result" || m.type === "error") {
      var p = engine.pending[m.id];
      if (!p) return;
      delete engine.pending[m.id];
      clearTimeout(p.timer);
      if (m.type === "result") p.resolve(m.report);
      else p.reject(new Error("The check failed: " + m.message));
    } else if (m.type === "fatal") {
      fail("The checker could not start: " + m.message + "." + (FROM_FILE ? " " + HOW_TO_OPEN : ""));
    }
  }

  function startWorker(worker, bootMessage) {
    engine.worker = worker;
    worker.onmessage = onWorkerMessage;
    worker.onerror = function (event) {
      if (event && event.preventDefault) event.preventDefault();
      fail("The checker could not start in this browser" +
        (event && event.message ? " (" + event.message + ")" : "") + "." +
        (FROM_FILE ? " " + HOW_TO_OPEN : " Reload the page to try again."));
    };
    worker.onmessageerror = function () { fail("The checker's worker sent a message the page could not read."); };
    worker.postMessage(bootMessage);
  }

  function bootHttp(base, wheel) {
    var worker;
    try {
      worker = new Worker(new URL("worker.mjs", base), { type: "module", name: "handbook-checker" });
    } catch (err) {
      fail("This browser cannot run the checker (" + err.message + ").");
      return;
    }
    startWorker(worker, { type: "boot", mode: "http", base: base, wheel: wheel });
  }

  // file:// pages cannot fetch: the offline bundle carries every file in a
  // classic script (offline/<name>.js) that sets HandbookCheckerFiles[name].
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.async = true;
      s.onload = function () { s.remove(); resolve(); };
      s.onerror = function () { s.remove(); reject(new Error("missing " + src)); };
      document.head.appendChild(s);
    });
  }

  function gunzipText(b64) {
    var binary = atob(b64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  }

  function bootEmbedded(base) {
    if (typeof DecompressionStream === "undefined") {
      fail("This browser is too old to run the checker from a file. " + HOW_TO_OPEN);
      return;
    }
    var chain = Promise.resolve();
    OFFLINE_SCRIPTS.forEach(function (entry, i) {
      chain = chain.then(function () {
        return loadScript(new URL("offline/" + entry[0] + ".js", base).href);
      }).then(function () {
        armStall();
        var sameStep = OFFLINE_SCRIPTS.filter(function (e) { return e[1] === entry[1]; });
        var done = OFFLINE_SCRIPTS.slice(0, i + 1).filter(function (e) { return e[1] === entry[1]; });
        // Loading the scripts is half of each step; the worker does the rest.
        engine.progress[entry[1]] = 0.5 * done.length / sameStep.length;
        engine.step = entry[1];
        notify();
      });
    });
    chain.then(function () {
      var bundle = window.HandbookCheckerFiles || {};
      var files = {};
      Object.keys(bundle).forEach(function (name) { files[name] = bundle[name].gz; });
      try { delete window.HandbookCheckerFiles; } catch (e) { window.HandbookCheckerFiles = undefined; }
      return gunzipText(files.worker).then(function (source) {
        var url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
        // A classic worker: browsers refuse module workers made from file:// pages.
        startWorker(new Worker(url, { name: "handbook-checker" }), { type: "boot", mode: "embedded", files: files });
      });
    }).catch(function (err) {
      fail("This copy of the handbook was opened from a file, and the checker could not load its " +
        "offline files (" + err.message + "). " + HOW_TO_OPEN);
    });
  }

  function boot(widgetEl) {
    if (engine.state !== "idle") return;
    engine.state = "loading";
    engine.progress = {};
    armStall();
    notify();
    var base = new URL(widgetEl.getAttribute("data-checker-base"), location.href).href;
    if (FROM_FILE) bootEmbedded(base);
    else bootHttp(base, widgetEl.getAttribute("data-checker-wheel"));
  }

  function checkText(text, select) {
    return new Promise(function (resolve, reject) {
      var id = engine.nextId++;
      var timer = setTimeout(function () {
        delete engine.pending[id];
        reject(new Error("The check took too long. Try a shorter text, or reload the page."));
        // A stuck worker is replaced on the next check.
        if (engine.worker) engine.worker.terminate();
        engine.worker = null;
        engine.state = "idle";
        notify();
      }, CHECK_TIMEOUT_MS);
      engine.pending[id] = { resolve: resolve, reject: reject, timer: timer };
      engine.worker.postMessage({ type: "check", id: id, text: text, select: select });
    });
  }

  // -- helpers -----------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // utf16[k] = UTF-16 index of code point k (Python str index k).
  function codePointIndex(text) {
    var utf16 = [0];
    var u = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      var pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length &&
        text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
      u += pair ? 2 : 1;
      if (pair) i++;
      utf16.push(u);
    }
    return utf16;
  }

  function span(utf16, finding) {
    var n = utf16.length - 1;
    var s = utf16[Math.max(0, Math.min(n, finding.start))];
    var e = utf16[Math.max(0, Math.min(n, finding.end))];
    return [s, Math.max(s, e)];
  }

  function worstOf(severities) {
    return severities.indexOf("critical") >= 0 ? "critical" :
      severities.indexOf("warning") >= 0 ? "warning" : "info";
  }

  function scopeText(areas) {
    if (areas.length === AREAS.length) return "all six guidance areas";
    var names = areas.map(function (a) { return AREA_TITLES[a] || a; });
    return names.length === 1 ? names[0] : names.slice(0, -1).join(", ") + " and " + names[names.length - 1];
  }

  function quote(text, max) {
    var one = text.replace(/\s+/g, " ").trim();
    if (one.length > max) one = one.slice(0, max - 1) + "\u2026";
    return "\u201c" + one + "\u201d";
  }

  // -- one widget ----------------------------------------------------------------

  function Widget(root) {
    this.root = root;
    this.areas = (root.getAttribute("data-checker-areas") || "").split(/\s+/).filter(Boolean);
    if (!this.areas.length) this.areas = AREAS.slice();
    this.select = this.areas.length === AREAS.length ? null : this.areas;
    this.docRoot = root.getAttribute("data-checker-root") || "./";
    this.form = root.querySelector("[data-checker-form]");
    this.input = root.querySelector("[data-checker-input]");
    this.runButton = root.querySelector("[data-checker-run]");
    this.copyButton = root.querySelector("[data-checker-copy]");
    this.clearButton = root.querySelector("[data-checker-clear]");
    this.status = root.querySelector("[data-checker-status]");
    this.progressBox = root.querySelector("[data-checker-progress]");
    this.progressBar = this.progressBox.querySelector("progress");
    this.progressLabel = root.querySelector("[data-checker-progress-label]");
    this.mirrorWrap = root.querySelector("[data-checker-mirror-wrap]");
    this.mirror = root.querySelector("[data-checker-mirror]");
    this.results = root.querySelector("[data-checker-results]");
    this.seq = 0;
    this.timer = null;
    this.lastReport = null;
    this.lastText = "";
    this.lastAnnounced = "";
    this.wanted = false;       // a check is waiting for the engine

    var self = this;
    this.input.addEventListener("focus", function () { boot(root); });
    this.input.addEventListener("input", function () {
      clearTimeout(self.timer);
      self.timer = setTimeout(function () { self.run(); }, DEBOUNCE_MS);
    });
    this.input.addEventListener("keydown", function (event) {
      // Ctrl+Enter / Cmd+Enter checks at once (Enter alone is a new line).
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        clearTimeout(self.timer);
        self.run();
      }
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(self.timer);
      self.run();
    });
    this.copyButton.addEventListener("click", function () { self.copy(); });
    this.clearButton.addEventListener("click", function () {
      self.input.value = "";
      self.seq++;
      self.showEmpty();
      self.input.focus();
    });
    engine.listeners.push(function () { self.onEngine(); });
    this.onEngine();
  }

  Widget.prototype.setState = function (state) {
    this.results.setAttribute("data-state", state);
    this.root.setAttribute("data-state", state);
    this.results.setAttribute("aria-busy", state === "loading" || state === "checking" ? "true" : "false");
  };

  Widget.prototype.say = function (message) {
    if (message === this.lastAnnounced) return;
    this.lastAnnounced = message;
    this.status.textContent = message;
  };

  Widget.prototype.onEngine = function () {
    if (engine.state === "error") {
      this.progressBox.hidden = true;
      this.setState("error");
      this.results.textContent = "";
      var box = el("p", "hb-checker__error", engine.error);
      box.setAttribute("role", "alert");
      this.results.appendChild(box);
      this.say("The checker is not available.");
      return;
    }
    if (engine.state === "loading") {
      var pct = Math.round(overallProgress() * 100);
      this.progressBox.hidden = false;
      this.progressBar.value = pct;
      var label = "Loading the checker: " + (STEP_LABELS[engine.step] || "starting") + " (" + pct + "%)";
      this.progressLabel.textContent = label;
      if (this.results.getAttribute("data-state") !== "checking") this.setState("loading");
      this.say("Loading the checker\u2026");
      return;
    }
    if (engine.state === "ready") {
      this.progressBox.hidden = true;
      if (this.wanted || (this.input.value.trim() && !this.lastReport)) {
        this.wanted = false;
        this.run();
      } else if (this.results.getAttribute("data-state") === "loading") {
        this.setState("ready");
        this.say("The checker is ready. Type or paste a post.");
      }
    }
    if (engine.state === "idle" && this.results.getAttribute("data-state") === "checking") {
      this.setState("ready");
    }
  };

  Widget.prototype.showEmpty = function () {
    this.lastReport = null;
    this.results.textContent = "";
    this.mirror.textContent = "";
    this.mirrorWrap.hidden = true;
    this.copyButton.disabled = true;
    if (engine.state === "ready") {
      this.setState("ready");
      this.say("The checker is ready. Type or paste a post.");
    }
  };

  Widget.prototype.run = function () {
    var text = this.input.value;
    var seq = ++this.seq;
    var self = this;
    if (!text.trim()) { this.showEmpty(); return; }
    if (engine.state === "error") { this.onEngine(); return; }
    if (engine.state !== "ready" || !engine.worker) {
      this.wanted = true;
      boot(this.root);
      this.onEngine();
      return;
    }
    this.setState("checking");
    checkText(text, this.select).then(function (report) {
      if (seq !== self.seq) return;
      self.render(text, report);
      self.setState("done");
    }, function (err) {
      if (seq !== self.seq) return;
      self.setState("error");
      self.results.textContent = "";
      var box = el("p", "hb-checker__error", err.message);
      box.setAttribute("role", "alert");
      self.results.appendChild(box);
      self.say(err.message);
    });
  };

  Widget.prototype.ruleTitle = function (id) {
    var r = engine.rules[id];
    return r && r.title ? r.title : id;
  };

  Widget.prototype.render = function (text, report) {
    var self = this;
    var findings = report.findings || [];
    var utf16 = codePointIndex(text);
    this.lastReport = report;
    this.lastText = text;
    this.copyButton.disabled = false;

    // The mirror: the post with the evidence marked.
    this.renderMirror(text, findings, utf16);

    var out = document.createDocumentFragment();
    var applies = report.guidelines || [];
    var summary;
    if (!findings.length) {
      summary = el("p", "hb-checker__clean",
        "Nothing flagged: none of the checks for " + scopeText(this.areas) + " matched this post. " +
        "The checker can miss things, so read the guidance before you post.");
      summary.setAttribute("data-checker-clean", "");
      out.appendChild(summary);
      this.say("Nothing flagged.");
    } else {
      var bySeverity = {};
      findings.forEach(function (f) {
        (bySeverity[f.guideline] = bySeverity[f.guideline] || []).push(f.severity);
      });
      var words;
      if (applies.length) {
        words = "Guidance that applies: " + applies.map(function (a) {
          return AREA_TITLES[a] + " (" + SEVERITY_LABELS[worstOf(bySeverity[a])].toLowerCase() + ")";
        }).join("; ") + ".";
      } else {
        words = "No guidance clearly applies; " + findings.length + (findings.length === 1 ? " tip" : " tips") + " below.";
      }
      summary = el("p", "hb-checker__summary", words);
      summary.setAttribute("data-checker-summary", "");
      out.appendChild(summary);
      this.say(findings.length + (findings.length === 1 ? " finding. " : " findings. ") + words);

      AREAS.forEach(function (area) {
        var inArea = findings.filter(function (f) { return f.guideline === area; });
        if (!inArea.length) return;
        var group = el("div", "hb-checker__area hb-checker__area--" + worstOf(bySeverity[area]));
        group.setAttribute("data-area", area);
        group.setAttribute("role", "group");
        var titleId = self.root.id + "-area-" + area;
        group.setAttribute("aria-labelledby", titleId);
        var title = el("p", "hb-checker__area-title", AREA_TITLES[area] || area);
        title.id = titleId;
        group.appendChild(title);
        var list = el("ul", "hb-checker__findings");
        inArea.forEach(function (f) { list.appendChild(self.renderFinding(text, utf16, f)); });
        group.appendChild(list);
        out.appendChild(group);
      });
    }
    this.results.textContent = "";
    this.results.appendChild(out);
  };

  Widget.prototype.renderFinding = function (text, utf16, f) {
    var li = el("li", "hb-finding hb-finding--" + f.severity);
    li.setAttribute("data-finding", "");
    li.setAttribute("data-guideline", f.guideline);
    li.setAttribute("data-rule", f.rule);
    li.setAttribute("data-severity", f.severity);
    var head = el("p", "hb-finding__head");
    head.appendChild(el("span", "hb-finding__severity", SEVERITY_LABELS[f.severity] || f.severity));
    head.appendChild(document.createTextNode(" "));
    head.appendChild(el("span", "hb-finding__rule", this.ruleTitle(f.rule)));
    li.appendChild(head);
    var s = span(utf16, f);
    if (s[1] > s[0]) {
      var ev = el("p", "hb-finding__evidence");
      ev.appendChild(el("span", "hb-finding__label", "Flagged: "));
      ev.appendChild(el("q", "hb-finding__quote", text.slice(s[0], s[1]).replace(/\s+/g, " ").trim()));
      li.appendChild(ev);
    }
    li.appendChild(el("p", "hb-finding__message", f.message));
    if (f.suggestion) {
      var sug = el("p", "hb-finding__suggestion");
      sug.appendChild(el("strong", null, "Instead: "));
      sug.appendChild(document.createTextNode(f.suggestion));
      li.appendChild(sug);
    }
    if (f.reference) {
      var cite = el("p", "hb-finding__citation");
      cite.appendChild(el("strong", null, "Sources: "));
      cite.appendChild(document.createTextNode(f.reference));
      li.appendChild(cite);
    }
    if (f.doc) {
      var more = el("p", "hb-finding__more");
      var a = el("a", null, "Read the guidance: " + this.ruleTitle(f.rule));
      a.href = this.docRoot + f.doc;
      more.appendChild(a);
      li.appendChild(more);
    }
    return li;
  };

  Widget.prototype.renderMirror = function (text, findings, utf16) {
    // Merge overlapping evidence into marked stretches; each knows its worst severity.
    var spans = findings.map(function (f) {
      var s = span(utf16, f);
      return { start: s[0], end: s[1], severity: f.severity, rule: f.rule };
    }).filter(function (s) { return s.end > s.start; });
    spans.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var merged = [];
    spans.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.end);
        last.severities.push(s.severity);
        last.rules.push(s.rule);
      } else {
        merged.push({ start: s.start, end: s.end, severities: [s.severity], rules: [s.rule] });
      }
    });
    var frag = document.createDocumentFragment();
    var pos = 0;
    merged.forEach(function (m) {
      if (m.start > pos) frag.appendChild(document.createTextNode(text.slice(pos, m.start)));
      var sev = worstOf(m.severities);
      var mark = el("mark", "hb-mark hb-mark--" + sev, text.slice(m.start, m.end));
      mark.setAttribute("data-rules", m.rules.join(" "));
      mark.title = SEVERITY_LABELS[sev] + ": " + m.rules.join(", ");
      frag.appendChild(mark);
      pos = m.end;
    });
    if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
    this.mirror.textContent = "";
    this.mirror.appendChild(frag);
    this.mirrorWrap.hidden = !merged.length;
  };

  Widget.prototype.reportText = function () {
    var report = this.lastReport;
    var self = this;
    var text = this.lastText;
    var utf16 = codePointIndex(text);
    var lines = ["Social Media Handbook checker report",
      "Checked: " + scopeText(this.areas), ""];
    var findings = report.findings || [];
    if (!findings.length) {
      lines.push("Nothing flagged.");
    } else {
      var applies = report.guidelines || [];
      lines.push(applies.length ? "Guidance that applies: " + applies.map(function (a) { return AREA_TITLES[a]; }).join("; ")
        : "No guidance clearly applies (tips only).");
      findings.forEach(function (f, i) {
        var s = span(utf16, f);
        lines.push("");
        lines.push((i + 1) + ". " + (SEVERITY_LABELS[f.severity] || f.severity).toUpperCase() + " - " +
          (AREA_TITLES[f.guideline] || f.guideline) + " - " + self.ruleTitle(f.rule) + " [" + f.rule + "]");
        if (s[1] > s[0]) lines.push("   Flagged: " + quote(text.slice(s[0], s[1]), 120));
        lines.push("   " + f.message);
        if (f.suggestion) lines.push("   Instead: " + f.suggestion);
        if (f.reference) lines.push("   Sources: " + f.reference);
        if (f.doc) lines.push("   More: " + new URL(self.docRoot + f.doc, location.href).href);
      });
    }
    lines.push("");
    lines.push("The checker says which guidance may apply; it is not legal advice. " +
      "It reads English only, cannot see images and cannot detect sarcasm.");
    return lines.join("\n");
  };

  Widget.prototype.copy = function () {
    if (!this.lastReport) return;
    var text = this.reportText();
    var self = this;
    function done() { self.say("Report copied."); self.lastAnnounced = ""; }
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "hb-checker__offscreen";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      self.copyButton.focus();
      if (ok) done(); else { self.say("Copying is blocked in this browser; select the results and copy them instead."); self.lastAnnounced = ""; }
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  };

  // -- start -----------------------------------------------------------------------

  var instances = widgets.map(function (root) { return new Widget(root); });
  window.HandbookChecker = {
    // For tests and the benchmark: state and the plain-text report.
    state: function () { return engine.state; },
    timings: function () {
      return engine.timings ? { worker: engine.timings, readyAt: engine.readyAt } : null;
    },
    report: function (i) { return instances[i || 0].lastReport ? instances[i || 0].reportText() : ""; },
    // The text the shown results belong to (null before the first result).
    checkedText: function (i) { return instances[i || 0].lastReport ? instances[i || 0].lastText : null; }
  };

  function idleStart() {
    var saveData = navigator.connection && navigator.connection.saveData;
    if (!saveData) boot(widgets[0]);
  }
  if ("requestIdleCallback" in window) {
    window.requestIdleCallback(idleStart, { timeout: 2000 });
  } else {
    setTimeout(idleStart, 200);
  }
})();
