/* srlcap gallery: filters the clip index, loads the data chunks one page needs, renders.
 *
 * Data come as script files because pages opened from file:// cannot fetch():
 * data/index.js sets window.SRLCAP_INDEX (one entry per clip annotation, column-wise),
 * data/chunk-NNNNN.js call srlcapChunk(n, cards) with the full rows of chunkSize cards.
 * A card is [clip_id, ann_idx, split, rows]; a row is
 * [event, verb, verb_id, relation, start_s, end_s, roles, captions, negatives, frame],
 * a role [type, name, filler, entity], a negative [kind, detail, piecesPerStyle...]
 * where a piece is "changed text", [offset, length] into the positive, or ["same text"]
 * (pieces null: not a negative in that style), frame a thumbnail's URL or null.
 * data/captions.js (window.SRLCAP_CAPTIONS, every card's event captions) loads on the first search.
 * The view state lives in the URL hash (#verb=push&kind=role_swap&q=suit&page=2).
 * Text from the data only ever reaches the page as textContent or an attribute value.
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
  var TOTALS = {rows: 0, negatives: 0};
  C.rows.forEach(function (n) { TOTALS.rows += n; });
  C.kindN.forEach(function (ns) { ns.forEach(function (n) { TOTALS.negatives += n; }); });
  var renderToken = 0;
  var flagged = {};     // JSON line -> true: negatives the user flagged, in the order flagged
  var SVG = "http://www.w3.org/2000/svg";

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
    var verbBox = document.getElementById("f-verb");
    if (verbBox.value !== state.verb) verbBox.value = state.verb;
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
    if (segs === null) { parent.appendChild(el("span", "not-in-style", "(not a negative in this style)")); return; }
    segs.forEach(function (p) {
      if (typeof p === "string") parent.appendChild(el("mark", null, p));
      else if (p.length === 1) parent.appendChild(document.createTextNode(p[0]));
      else parent.appendChild(document.createTextNode(positive.substr(p[0], p[1])));
    });
  }

  function decode(positive, segs) {
    if (segs === null) return null;
    return segs.map(function (p) {
      return typeof p === "string" ? p : p.length === 1 ? p[0] : positive.substr(p[0], p[1]);
    }).join("");
  }

  /* ---- flags: a negative flagged is one JSON line, as `srlcap build --exclude` reads it ---- */
  function flagLine(card, row, n) {
    var line = {clip_id: card[0], ann_idx: card[1], event: row[0], split: card[2], kind: n[0], detail: n[1]};
    IDX.styles.forEach(function (style, s) { line[style] = decode(row[7][s], n[2 + s]); });
    return JSON.stringify(line);
  }
  function showFlags() {
    var n = Object.keys(flagged).length;
    document.getElementById("flag-count").textContent = n + " flagged";
    document.getElementById("download-flags").disabled = n === 0;
  }
  function flagButton(li, key) {
    var b = el("button", "flag", "flag");
    b.type = "button";
    function paint() {
      var on = !!flagged[key];
      b.classList.toggle("on", on);
      li.classList.toggle("flagged", on);
      b.textContent = on ? "flagged" : "flag";
      b.title = on ? "click to unflag" : "flag this negative as bad";
    }
    b.addEventListener("click", function () {
      if (flagged[key]) delete flagged[key]; else flagged[key] = true;
      paint();
      showFlags();
    });
    paint();
    return b;
  }
  function downloadFlags() {
    var text = Object.keys(flagged).map(function (k) { return k + "\n"; }).join("");
    var a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], {type: "application/x-ndjson"}));
    a.download = "flagged.jsonl";
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function captionLines(parent, captions) {
    IDX.styles.forEach(function (style, s) {
      var line = el("div", "cap style-" + style);
      line.appendChild(el("span", "style-name", style));
      line.appendChild(el("span", "text", captions[s]));
      parent.appendChild(line);
    });
  }

  function negativeList(card, row) {
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
      head.appendChild(flagButton(li, flagLine(card, row, n)));
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

  function rowView(card, row) {
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
    if (row[9]) {
      var img = el("img", "thumb");
      img.loading = "lazy";
      img.alt = "frame at " + ((row[4] + row[5]) / 2) + " s";
      img.src = row[9];
      meta.appendChild(img);
    }
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
    body.appendChild(negativeList(card, row));
    div.appendChild(body);
    return div;
  }

  function cardView(card, i) {
    var art = el("article", "card");
    art.setAttribute("data-clip", card[0]);
    var head = el("header", "card-head");
    head.appendChild(el("h2", "clip-id", card[0]));
    var n = annotations[card[0]];
    if (n > 1) head.appendChild(el("span", "ann", "annotation " + (card[1] + 1) + " of " + n));
    if (C.video[i]) {
      var yt = el("a", "yt", "▶ on YouTube (" + C.video[i].replace(/.*start=(\d+)&end=(\d+)$/, "$1–$2 s") + ")");
      yt.href = C.video[i];
      yt.target = "_blank";
      yt.rel = "noopener noreferrer";
      head.appendChild(yt);
    }
    head.appendChild(el("span", "split split-" + card[2], card[2]));
    art.appendChild(head);
    card[3].forEach(function (row) { art.appendChild(rowView(card, row)); });
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
        frag.appendChild(cardView(chunks[Math.floor(i / IDX.chunkSize)][i % IDX.chunkSize], i));
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

  /* ---- summary: counters and charts of the clips that match ---- */
  function svgEl(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function figure(title, width, height) {
    var fig = el("figure", "chart");
    fig.appendChild(el("figcaption", null, title));
    var svg = svgEl("svg", {viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img",
                            "aria-label": title});
    fig.appendChild(svg);
    return {fig: fig, svg: svg};
  }
  function barChart(title, items, classes) {
    var labelW = 130, barW = 240, valueW = 64, barH = 16, gap = 4, top = 8;
    var height = items.length ? top + items.length * (barH + gap) + 4 : top + barH + gap + 4;
    var most = Math.max.apply(null, items.map(function (it) { return it[1]; }).concat([0])) || 1;
    var f = figure(title, labelW + barW + valueW, height);
    items.forEach(function (it, i) {
      var y = top + i * (barH + gap), w = it[1] ? Math.max(1, Math.round(barW * it[1] / most)) : 0;
      var label = it[0].length <= 20 ? it[0] : it[0].slice(0, 19) + "…";
      var t = svgEl("text", {"class": "label", x: labelW - 6, y: y + barH - 4, "text-anchor": "end"}, label);
      t.appendChild(svgEl("title", {}, it[0]));
      f.svg.appendChild(t);
      f.svg.appendChild(svgEl("rect", {"class": "bar" + (classes ? " " + classes[i] : ""), x: labelW, y: y,
                                       width: w, height: barH, rx: 2}));
      f.svg.appendChild(svgEl("text", {"class": "value", x: labelW + w + 4, y: y + barH - 4},
                              it[1].toLocaleString("en")));
    });
    if (!items.length) f.svg.appendChild(svgEl("text", {"class": "label", x: 8, y: top + barH}, "none"));
    return f.fig;
  }
  function histogram(title, bins) {
    var n = IDX.lengthBins, colW = 22, gap = 3, plotH = 150, left = 8, top = 16, bottom = 34;
    var width = left + n * (colW + gap) + 8, height = top + plotH + bottom;
    var most = Math.max.apply(null, bins) || 1;
    var f = figure(title, width, height);
    bins.forEach(function (count, b) {
      var h = Math.round(plotH * count / most), x = left + b * (colW + gap), lo = b * IDX.lengthBin;
      var rect = svgEl("rect", {"class": "bar", x: x, y: top + plotH - h, width: colW, height: h});
      rect.appendChild(svgEl("title", {}, (b === n - 1 ? lo + "+ words" : lo + "–" + (lo + IDX.lengthBin - 1) + " words") +
                                          ": " + count.toLocaleString("en")));
      f.svg.appendChild(rect);
      f.svg.appendChild(svgEl("text", {"class": "tick", x: x + colW / 2, y: top + plotH + 14, "text-anchor": "middle"},
                              b === n - 1 ? lo + "+" : String(lo)));
      if (count) f.svg.appendChild(svgEl("text", {"class": "count", x: x + colW / 2, y: top + plotH - h - 3,
                                                  "text-anchor": "middle"}, String(count)));
    });
    f.svg.appendChild(svgEl("text", {"class": "tick", x: width / 2, y: height - 4, "text-anchor": "middle"}, "words"));
    return f.fig;
  }
  function drawSummary() {
    var kinds = new Array(IDX.kinds.length).fill(0), verbs = new Array(IDX.verbs.length).fill(0);
    var lens = IDX.styles.map(function () { return new Array(IDX.lengthBins).fill(0); });
    var rows = 0, negs = 0, clips = {};
    matches.forEach(function (i) {
      C.kinds[i].forEach(function (k, j) { kinds[k] += C.kindN[i][j]; negs += C.kindN[i][j]; });
      C.verbs[i].forEach(function (v, j) { verbs[v] += C.verbN[i][j]; });
      C.lens[i].forEach(function (bins, s) { bins.forEach(function (b) { lens[s][b]++; }); });
      rows += C.rows[i];
      clips[C.id[i]] = true;
    });
    var filtered = matches.length !== N;
    function stat(id, value, total) {
      var dd = document.getElementById("stat-" + id);
      if (dd) dd.textContent = value.toLocaleString("en") + (filtered ? " of " + total.toLocaleString("en") : "");
    }
    stat("clips", Object.keys(clips).length, Object.keys(annotations).length);
    stat("annotations", matches.length, N);
    stat("rows", rows, TOTALS.rows);
    stat("negatives", negs, TOTALS.negatives);
    var top = verbs.map(function (n, v) { return [IDX.verbs[v], n]; }).filter(function (it) { return it[1] > 0; })
      .sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); });
    var shownVerbs = top.slice(0, IDX.topVerbs);
    var charts = document.getElementById("charts");
    if (!charts) return;
    var frag = document.createDocumentFragment();
    frag.appendChild(barChart("Negatives per kind" + (filtered ? " (filtered)" : ""),
      IDX.kinds.map(function (k, j) { return [k, kinds[j]]; }),
      IDX.kinds.map(function (k, j) { return "k" + (j % 10); })));
    frag.appendChild(barChart("Verb frequency (top " + shownVerbs.length + " of " + top.length.toLocaleString("en") +
                              ", event rows" + (filtered ? ", filtered" : "") + ")", shownVerbs));
    IDX.styles.forEach(function (style, s) {
      frag.appendChild(histogram("Caption length, " + style + " (words per event caption)", lens[s]));
    });
    charts.replaceChildren(frag);
  }

  function update(resetPage) {
    if (resetPage) state.page = 1;
    filter();
    drawSummary();
    if (state.page > pages()) state.page = pages();
    writeHash();
    render();
  }

  /* ---- wiring ---- */
  fillSelect("f-split", IDX.splits, countBy(C.split, IDX.splits.length));
  var verbCounts = countBy(C.verbs, IDX.verbs.length);
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
  ["split", "kind"].forEach(function (k) {
    document.getElementById("f-" + k).addEventListener("change", function (e) {
      state[k] = e.target.value;
      update(true);
    });
  });
  /* verb type-ahead: suggestions as the user types; a pick (click, Enter) filters */
  var verbBox = document.getElementById("f-verb"), suggest = document.getElementById("verb-suggest");
  var active = -1;
  function suggestions(text) {
    text = text.trim().toLowerCase();
    var starts = [], inside = [];
    IDX.verbs.forEach(function (v, i) {
      var at = v.toLowerCase().indexOf(text);
      if (at === 0) starts.push(i); else if (at > 0) inside.push(i);
    });
    return starts.concat(inside).slice(0, 12);
  }
  function closeSuggest() { suggest.hidden = true; verbBox.setAttribute("aria-expanded", "false"); active = -1; }
  function pickVerb(verb) {
    closeSuggest();
    verbBox.value = verb;
    if (state.verb !== verb) { state.verb = verb; update(true); }
  }
  function showSuggest() {
    var found = verbBox.value.trim() ? suggestions(verbBox.value) : [];
    suggest.replaceChildren();
    found.forEach(function (i) {
      var li = el("li", null, IDX.verbs[i]);
      li.setAttribute("role", "option");
      li.setAttribute("data-verb", IDX.verbs[i]);
      li.appendChild(el("span", "n", verbCounts[i].toLocaleString("en")));
      li.addEventListener("mousedown", function (e) { e.preventDefault(); pickVerb(IDX.verbs[i]); });
      suggest.appendChild(li);
    });
    active = -1;
    suggest.hidden = !found.length;
    verbBox.setAttribute("aria-expanded", String(!!found.length));
  }
  verbBox.addEventListener("input", function () {
    showSuggest();
    if (!verbBox.value.trim() && state.verb) pickVerb("");
  });
  verbBox.addEventListener("keydown", function (e) {
    var items = suggest.querySelectorAll("li");
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (!items.length) return;
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      items.forEach(function (li, j) { li.classList.toggle("active", j === active); });
    } else if (e.key === "Enter") {
      e.preventDefault();
      var text = verbBox.value.trim();
      if (!text) { pickVerb(""); return; }
      var exact = IDX.verbs.indexOf(text) >= 0 ? text : null;
      var pick = active >= 0 ? items[active].getAttribute("data-verb") : exact ||
        (items.length ? items[0].getAttribute("data-verb") : null);
      if (pick !== null) pickVerb(pick);
    } else if (e.key === "Escape") {
      closeSuggest();
    }
  });
  verbBox.addEventListener("blur", closeSuggest);

  /* search: ids, verbs and fillers at once; caption text once data/captions.js is in */
  var captionsAsked = false;
  function needCaptions() {
    if (captionsAsked) return;
    captionsAsked = true;
    var s = document.createElement("script");
    s.src = "data/captions.js";
    s.onload = function () {
      s.remove();
      var caps = window.SRLCAP_CAPTIONS || [];
      // joined once to the search text, not on every keystroke
      for (var i = 0; i < N && i < caps.length; i++) C.text[i] += "\n" + caps[i];
      window.SRLCAP_CAPTIONS = undefined;  // kept only in the search text
      if (state.q) update(false);
    };
    s.onerror = function () { s.remove(); };
    document.head.appendChild(s);
  }
  var timer = null;
  document.getElementById("q").addEventListener("input", function (e) {
    clearTimeout(timer);
    needCaptions();
    timer = setTimeout(function () { state.q = e.target.value; update(true); }, 150);
  });
  document.getElementById("download-flags").addEventListener("click", downloadFlags);
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
  if (state.q) needCaptions();
  update(false);
})();
