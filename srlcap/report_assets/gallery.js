/* srlcap gallery: filters the clip index, loads the data chunks one page needs, renders.
 *
 * Data come as script files because pages opened from file:// cannot fetch():
 * data/index.js sets window.SRLCAP_INDEX (one entry per clip annotation, column-wise),
 * data/chunk-NNNNN.js call srlcapChunk(n, cards) with the full rows of chunkSize cards.
 * A card is [clip_id, ann_idx, split, rows]; a row is
 * [event, verb, verb_id, relation, start_s, end_s, roles, captions, negatives],
 * a role [type, name, filler, entity], a negative [kind, detail, piecesPerStyle...]
 * where a piece is "changed text", [offset, length] into the positive, or ["same text"].
 * The view state lives in the URL hash (#verb=push&kind=role_swap&q=suit&page=2).
 */
(function () {
  "use strict";
  var IDX = window.SRLCAP_INDEX;
  var cardsEl = document.getElementById("cards");
  var statusEl = document.getElementById("status");
  if (!IDX) {
    statusEl.textContent = "data/index.js did not load: keep index.html next to its data/ folder.";
    statusEl.className = "error";
    return;
  }
  var C = IDX.cards, N = C.id.length;
  var chunks = {};      // chunk number -> array of cards
  var waiting = {};     // chunk number -> callbacks while its script is loading
  var KEEP_CHUNKS = 48; // loaded chunks kept in memory besides the current page's
  var state = {split: "", verb: "", kind: "", q: "", page: 1};
  var matches = [];
  var annotations = {}; // clip id -> number of annotations (VidSitu's valid split has several)
  C.id.forEach(function (id) { annotations[id] = (annotations[id] || 0) + 1; });
  var renderToken = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function fillSelect(id, names, counts) {
    var sel = document.getElementById(id);
    names.forEach(function (name, i) {
      var o = document.createElement("option");
      o.value = name;
      o.textContent = counts ? name + " (" + counts[i].toLocaleString("en") + ")" : name;
      sel.appendChild(o);
    });
    return sel;
  }

  function countBy(column, size) {
    var counts = new Array(size).fill(0);
    column.forEach(function (v) {
      if (Array.isArray(v)) v.forEach(function (x) { counts[x]++; });
      else counts[v]++;
    });
    return counts;
  }

  /* ---- state <-> URL hash ---- */
  function readHash() {
    var h = location.hash.replace(/^#/, "");
    state = {split: "", verb: "", kind: "", q: "", page: 1};
    h.split("&").forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf("="), k = decodeURIComponent(i < 0 ? kv : kv.slice(0, i));
      var v = i < 0 ? "" : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, " "));
      if (k === "page") state.page = Math.max(1, parseInt(v, 10) || 1);
      else if (k in state) state[k] = v;
    });
  }
  function writeHash() {
    var parts = [];
    ["split", "verb", "kind", "q"].forEach(function (k) {
      if (state[k]) parts.push(k + "=" + encodeURIComponent(state[k]));
    });
    if (state.page > 1) parts.push("page=" + state.page);
    var h = parts.length ? "#" + parts.join("&") : " ";
    try { history.replaceState(null, "", h === " " ? location.pathname : h); }
    catch (e) { location.hash = parts.join("&"); }
  }
  function syncControls() {
    document.getElementById("f-split").value = state.split;
    document.getElementById("f-verb").value = state.verb;
    document.getElementById("f-kind").value = state.kind;
    var q = document.getElementById("q");
    if (q.value !== state.q) q.value = state.q;
  }

  /* ---- filtering on the index only ---- */
  function filter() {
    var split = IDX.splits.indexOf(state.split);
    var verb = IDX.verbs.indexOf(state.verb);
    var kind = IDX.kinds.indexOf(state.kind);
    var terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    var phrase = state.q.trim().toLowerCase();
    matches = [];
    for (var i = 0; i < N; i++) {
      if (state.split && C.split[i] !== split) continue;
      if (state.verb && C.verbs[i].indexOf(verb) < 0) continue;
      if (state.kind && C.kinds[i].indexOf(kind) < 0) continue;
      if (terms.length) {
        var text = C.text[i];
        if (text.indexOf(phrase) < 0) {
          var ok = true;
          for (var t = 0; t < terms.length && ok; t++) ok = text.indexOf(terms[t]) >= 0;
          if (!ok) continue;
        }
      }
      matches.push(i);
    }
  }

  /* ---- chunk loading by <script> tags ---- */
  // runs as a chunk script executes, just before that script's onload
  window.srlcapChunk = function (n, cards) { chunks[n] = cards; };
  function loadChunks(needed, done, failed) {
    var left = 0;
    needed.forEach(function (n) {
      if (chunks[n]) return;
      left++;
      if (waiting[n]) { waiting[n].push(finish); return; }
      var s = document.createElement("script");
      s.src = "data/chunk-" + String(n).padStart(5, "0") + ".js";
      waiting[n] = [finish];
      s.onload = function () {
        var cbs = waiting[n] || [];
        delete waiting[n];
        s.remove();
        if (!chunks[n]) { failed(s.src); return; }
        cbs.forEach(function (cb) { cb(); });
      };
      s.onerror = function () { delete waiting[n]; s.remove(); failed(s.src); };
      document.head.appendChild(s);
    });
    if (!left) done();
    function finish() { if (--left === 0) done(); }
  }
  function evict(keep) {
    var loaded = Object.keys(chunks);
    if (loaded.length <= KEEP_CHUNKS + keep.length) return;
    loaded.forEach(function (n) { if (keep.indexOf(+n) < 0) delete chunks[n]; });
  }

  /* ---- rendering ---- */
  function pieces(parent, positive, segs) {
    segs.forEach(function (p) {
      if (typeof p === "string") parent.appendChild(el("mark", null, p));
      else if (p.length === 1) parent.appendChild(document.createTextNode(p[0]));
      else parent.appendChild(document.createTextNode(positive.substr(p[0], p[1])));
    });
  }

  function captionLines(parent, captions) {
    IDX.styles.forEach(function (style, s) {
      var line = el("div", "cap style-" + style);
      line.appendChild(el("span", "style-name", style));
      line.appendChild(el("span", "text", captions[s]));
      parent.appendChild(line);
    });
  }

  function negativeList(row) {
    var negs = row[8], captions = row[7];
    var shown = state.kind ? negs.filter(function (n) { return n[0] === state.kind; }) : negs;
    var box = el("details", "negs");
    if (!negs.length) { box = el("div", "negs none", "no negatives"); return box; }
    if ((state.kind && shown.length) || document.getElementById("expand").checked) box.open = true;
    var counts = {};
    negs.forEach(function (n) { counts[n[0]] = (counts[n[0]] || 0) + 1; });
    var summary = el("summary", null, negs.length + (negs.length === 1 ? " negative" : " negatives") + ": ");
    Object.keys(counts).forEach(function (k) {
      var b = el("span", "kind k" + (IDX.kinds.indexOf(k) % 10), k + (counts[k] > 1 ? " ×" + counts[k] : ""));
      summary.appendChild(b);
    });
    box.appendChild(summary);
    var list = el("ol", "neg-list");
    shown.forEach(function (n) {
      var li = el("li", "neg");
      var head = el("div", "neg-head");
      head.appendChild(el("span", "kind k" + (IDX.kinds.indexOf(n[0]) % 10), n[0]));
      if (n[1]) head.appendChild(el("span", "detail", n[1]));
      li.appendChild(head);
      IDX.styles.forEach(function (style, s) {
        var line = el("div", "cap style-" + style);
        line.appendChild(el("span", "style-name", style));
        var text = el("span", "text");
        pieces(text, captions[s], n[2 + s]);
        line.appendChild(text);
        li.appendChild(line);
      });
      list.appendChild(li);
    });
    box.appendChild(list);
    return box;
  }

  function rowView(row) {
    var isClip = row[0] === "clip";
    var div = el("div", "row" + (isClip ? " clip-row" : "") +
      (state.verb && row[1] === state.verb ? " hit" : ""));
    div.setAttribute("data-event", row[0]);
    var meta = el("div", "meta");
    meta.appendChild(el("div", "ev", isClip ? "whole clip" : row[0]));
    if (row[4] !== null && row[5] !== null) meta.appendChild(el("div", "time", row[4] + "–" + row[5] + " s"));
    if (row[1]) {
      var verb = el("div", "verb", row[1]);
      if (row[2]) verb.appendChild(el("span", "verb-id", " " + row[2]));
      meta.appendChild(verb);
    }
    if (row[3]) meta.appendChild(el("div", "rel", row[3] + " → Ev3"));
    div.appendChild(meta);
    var body = el("div", "body");
    if (row[6].length) {
      var roles = el("ul", "roles");
      row[6].forEach(function (r) {
        var li = el("li", "role" + (r[0].indexOf("ArgM") === 0 || r[0] === "Scene" ? " argm" : ""));
        li.title = r[0] + (r[3] >= 0 ? ", entity " + r[3] : "");
        li.appendChild(el("span", "role-name", r[1]));
        li.appendChild(el("span", "filler", r[2]));
        roles.appendChild(li);
      });
      body.appendChild(roles);
    }
    captionLines(body, row[7]);
    body.appendChild(negativeList(row));
    div.appendChild(body);
    return div;
  }

  function cardView(card) {
    var art = el("article", "card");
    art.setAttribute("data-clip", card[0]);
    var head = el("header", "card-head");
    head.appendChild(el("h2", "clip-id", card[0]));
    var n = annotations[card[0]];
    if (n > 1) head.appendChild(el("span", "ann", "annotation " + (card[1] + 1) + " of " + n));
    head.appendChild(el("span", "split split-" + card[2], card[2]));
    art.appendChild(head);
    card[3].forEach(function (row) { art.appendChild(rowView(row)); });
    return art;
  }

  function pages() { return Math.max(1, Math.ceil(matches.length / IDX.pageSize)); }

  function render() {
    var token = ++renderToken;
    if (state.page > pages()) state.page = pages();
    var first = (state.page - 1) * IDX.pageSize;
    var slice = matches.slice(first, first + IDX.pageSize);
    var needed = [];
    slice.forEach(function (i) {
      var n = Math.floor(i / IDX.chunkSize);
      if (needed.indexOf(n) < 0) needed.push(n);
    });
    var label = matches.length.toLocaleString("en") + " of " + N.toLocaleString("en") + " clips";
    statusEl.className = "";
    statusEl.textContent = (matches.length ? "showing " + (first + 1).toLocaleString("en") + "–" +
      (first + slice.length).toLocaleString("en") + " · " : "") + label +
      " · page " + state.page + " of " + pages() + (needed.some(function (n) { return !chunks[n]; }) ? " · loading…" : "");
    ["prev", "prev2"].forEach(function (id) { document.getElementById(id).disabled = state.page <= 1; });
    ["next", "next2"].forEach(function (id) { document.getElementById(id).disabled = state.page >= pages(); });
    loadChunks(needed, function () {
      if (token !== renderToken) return;
      var frag = document.createDocumentFragment();
      slice.forEach(function (i) {
        frag.appendChild(cardView(chunks[Math.floor(i / IDX.chunkSize)][i % IDX.chunkSize]));
      });
      if (!slice.length) frag.appendChild(el("p", "empty", "No clip matches these filters."));
      cardsEl.replaceChildren(frag);
      statusEl.textContent = statusEl.textContent.replace(" · loading…", "");
      document.body.setAttribute("data-ready", String(token));
      evict(needed);
    }, function (src) {
      if (token !== renderToken) return;
      statusEl.className = "error";
      statusEl.textContent = "could not load " + src + " (is the data/ folder next to index.html?)";
    });
  }

  function update(resetPage) {
    if (resetPage) state.page = 1;
    filter();
    if (state.page > pages()) state.page = pages();
    writeHash();
    render();
  }

  /* ---- wiring ---- */
  fillSelect("f-split", IDX.splits, countBy(C.split, IDX.splits.length));
  fillSelect("f-verb", IDX.verbs, countBy(C.verbs, IDX.verbs.length));
  fillSelect("f-kind", IDX.kinds, countBy(C.kinds, IDX.kinds.length));
  var toggles = document.getElementById("style-toggles");
  IDX.styles.forEach(function (style) {
    var lab = el("label", "check");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.id = "show-" + style;
    box.addEventListener("change", function () {
      document.body.classList.toggle("hide-" + style, !box.checked);
    });
    lab.appendChild(box);
    lab.appendChild(document.createTextNode(" " + style));
    toggles.appendChild(lab);
  });
  ["split", "verb", "kind"].forEach(function (k) {
    document.getElementById("f-" + k).addEventListener("change", function (e) {
      state[k] = e.target.value;
      update(true);
    });
  });
  var timer = null;
  document.getElementById("q").addEventListener("input", function (e) {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = e.target.value; update(true); }, 150);
  });
  document.getElementById("expand").addEventListener("change", function (e) {
    cardsEl.querySelectorAll("details.negs").forEach(function (d) { d.open = e.target.checked; });
  });
  function go(delta) {
    var p = Math.min(pages(), Math.max(1, state.page + delta));
    if (p === state.page) return;
    state.page = p;
    writeHash();
    render();
    document.getElementById("gallery").scrollIntoView();
  }
  ["prev", "prev2"].forEach(function (id) { document.getElementById(id).addEventListener("click", function () { go(-1); }); });
  ["next", "next2"].forEach(function (id) { document.getElementById(id).addEventListener("click", function () { go(1); }); });
  document.addEventListener("keydown", function (e) {
    // left and right arrows turn pages, unless the user is typing or choosing
    if (e.altKey || e.ctrlKey || e.metaKey || /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName)) return;
    if (e.key === "ArrowRight") go(1);
    else if (e.key === "ArrowLeft") go(-1);
  });
  window.addEventListener("hashchange", function () { readHash(); syncControls(); update(false); });
  readHash();
  syncControls();
  update(false);
})();
