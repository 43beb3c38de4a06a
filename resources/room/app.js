// The participants' page of the CJM Designer workshop room.
// Everything a participant or the map wrote is put on the page with textContent,
// never as HTML; the server's Content-Security-Policy allows only this script.
"use strict";

(function () {
  const KEY_HEADER = "X-Room-Key";
  const storageKey = "cjm-room:" + location.pathname;
  let strings = {};
  let key = null;
  let state = null;
  let version = -1;
  let pollTimer = null;

  const $ = (id) => document.getElementById(id);

  function t(name, values) {
    let text = strings[name] || name;
    if (values) {
      for (const [k, v] of Object.entries(values)) text = text.split("{" + k + "}").join(String(v));
    }
    return text;
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function say(text, isError) {
    const status = $("status");
    status.textContent = text || "";
    status.classList.toggle("error", Boolean(isError));
  }

  async function api(method, path, body) {
    const headers = {};
    if (key) headers[KEY_HEADER] = key;
    const options = { method: method, headers: headers, cache: "no-store" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, options);
    } catch (error) {
      say(t("offline"), true);
      throw error;
    }
    let data = null;
    try { data = await response.json(); } catch (error) { data = null; }
    if (!response.ok) {
      const code = data && data.error;
      if (response.status === 403 && code === "no_participant") {
        key = null;
        localStorage.removeItem(storageKey);
        showJoin();
        say(t("rejoin"), true);
      } else {
        say(errorText(code, data && data.message), true);
      }
      const failure = new Error(code || String(response.status));
      failure.handled = true;
      throw failure;
    }
    return data;
  }

  function errorText(code, message) {
    const known = {
      rate: "err_rate", too_long: "err_too_long", too_large: "err_too_long",
      no_dots: "err_no_dots", empty: "err_empty", room_full: "err_full",
    };
    return known[code] ? t(known[code]) : t("err_generic", { message: message || code || "?" });
  }

  function translateStatic() {
    document.querySelectorAll("[data-t]").forEach((node) => {
      node.textContent = t(node.getAttribute("data-t"));
    });
  }

  function showJoin() {
    $("join").hidden = false;
    $("room").hidden = true;
  }

  function showRoom() {
    $("join").hidden = true;
    $("room").hidden = false;
  }

  function stageName(id) {
    const stage = state.room.stages.find((s) => s.id === id);
    return stage ? stage.name : "";
  }

  function render() {
    const room = state.room;
    document.title = room.title || "CJM Designer";
    $("title").textContent = room.title || "CJM Designer";
    const presenting = $("presenting");
    if (room.current_stage) {
      presenting.textContent = t("presenting", { stage: stageName(room.current_stage) });
      presenting.hidden = false;
    } else {
      presenting.hidden = true;
    }
    if (!state.me) return;
    renderNoteForm(room);
    renderDots(room, state.me);
    renderFeelings(room, state.me);
    renderMine(state.me);
  }

  function fillSelect(select, options, chosen) {
    const previous = select.value;
    select.replaceChildren();
    for (const [value, label] of options) select.appendChild(el("option", { value: value }, label));
    const wanted = chosen !== undefined ? chosen : previous;
    if (options.some(([value]) => value === wanted)) select.value = wanted;
  }

  let followedStage = null;
  function renderNoteForm(room) {
    const stageSelect = $("stage");
    const keep = stageSelect.value && stageSelect.value !== followedStage ? stageSelect.value : undefined;
    const chosen = keep || room.current_stage || (room.stages[0] && room.stages[0].id);
    fillSelect(stageSelect, room.stages.map((s) => [s.id, s.name]), chosen);
    followedStage = room.current_stage;
    fillSelect($("lane"), [["", t("any_lane")]].concat(room.lanes.map((l) => [l.id, l.name])));
  }

  function renderDots(room, me) {
    $("dots-left").textContent = t("dots_left", { n: me.votes_left, total: room.votes_per_person });
    const box = $("cards");
    box.replaceChildren();
    for (const stage of room.stages) {
      const group = el("div", { class: "stage-group" + (stage.id === room.current_stage ? " current" : "") });
      group.appendChild(el("h3", {}, stage.name));
      const cards = room.cards.filter((c) => c.stage === stage.id);
      if (!cards.length) group.appendChild(el("p", { class: "note-meta" }, t("no_cards")));
      for (const card of cards) {
        group.appendChild(dotRow(me, card.id, card.title, "card-row", { "data-card": card.id }));
        for (const [part, mark] of [["pains", "▲"], ["opportunities", "◆"]]) {
          for (const insight of card[part] || []) {
            const attrs = { "data-target": insight.key, "data-part": part };
            group.appendChild(dotRow(me, insight.key, insight.text, "card-row insight " + part, attrs, mark));
          }
        }
      }
      box.appendChild(group);
    }
    const known = new Set();
    for (const card of room.cards) {
      known.add(card.id);
      for (const part of ["pains", "opportunities"]) for (const i of card[part] || []) known.add(i.key);
    }
    const orphans = Object.keys(me.votes).filter((id) => !known.has(id));
    if (orphans.length) {
      const group = el("div", { class: "stage-group" });
      group.appendChild(el("h3", {}, t("removed_cards")));
      for (const id of orphans) {
        const row = el("div", { class: "card-row", "data-card": id });
        row.appendChild(el("span", { class: "card-title" }, "—"));
        const minus = el("button", { type: "button", class: "secondary minus", "aria-label": t("remove_dot", { card: "—" }) }, "−");
        minus.addEventListener("click", () => vote(id, -1));
        row.appendChild(minus);
        row.appendChild(el("span", { class: "count" }, String(me.votes[id])));
        group.appendChild(row);
      }
      box.appendChild(group);
    }
  }

  // One line with − count +: a card, or one of its pains (▲) or ideas (◆).
  function dotRow(me, target, text, className, attrs, mark) {
    const row = el("div", Object.assign({ class: className }, attrs));
    const title = el("span", { class: "card-title" });
    if (mark) title.appendChild(el("span", { class: "mark", "aria-hidden": "true" }, mark + " "));
    title.appendChild(document.createTextNode(text));
    row.appendChild(title);
    const count = me.votes[target] || 0;
    const minus = el("button", { type: "button", class: "secondary minus", "aria-label": t("remove_dot", { card: text }) }, "−");
    minus.disabled = count === 0;
    minus.addEventListener("click", () => vote(target, -1));
    const plus = el("button", { type: "button", class: "plus", "aria-label": t("add_dot", { card: text }) }, "+");
    plus.disabled = me.votes_left === 0;
    plus.addEventListener("click", () => vote(target, 1));
    row.appendChild(minus);
    row.appendChild(el("span", { class: "count" }, String(count)));
    row.appendChild(plus);
    return row;
  }

  function renderFeelings(room, me) {
    const box = $("feelings");
    box.replaceChildren();
    for (const stage of room.stages) {
      const group = el("div", { class: "stage-group" + (stage.id === room.current_stage ? " current" : ""), "data-stage": stage.id });
      group.appendChild(el("h3", {}, stage.name));
      const scores = el("div", { class: "scores" });
      for (let score = 1; score <= 5; score++) {
        const button = el("button", { type: "button", "aria-pressed": String(me.ratings[stage.id] === score) }, String(score));
        button.addEventListener("click", () => rate(stage.id, score));
        scores.appendChild(button);
      }
      group.appendChild(scores);
      box.appendChild(group);
    }
  }

  function renderMine(me) {
    const list = $("my-notes");
    list.replaceChildren();
    if (!me.notes.length) list.appendChild(el("li", { class: "note-meta" }, t("no_notes")));
    for (const note of me.notes.slice().reverse()) {
      const item = el("li", { "data-note": note.id });
      const meta = el("div", { class: "note-meta" }, t(note.kind) + " · " + stageName(note.stage) + " ");
      meta.appendChild(el("span", { class: "badge " + note.status }, t("status_" + note.status)));
      item.appendChild(meta);
      item.appendChild(el("p", { class: "note-text" }, note.text));
      if (note.status === "pending") {
        const withdraw = el("button", { type: "button", class: "secondary" }, t("withdraw"));
        withdraw.addEventListener("click", () => act(() => api("DELETE", "api/notes/" + encodeURIComponent(note.id))));
        item.appendChild(withdraw);
      }
      list.appendChild(item);
    }
  }

  async function refresh() {
    try {
      state = await api("GET", "api/state");
    } catch (error) {
      return;
    }
    version = state.room.version;
    if (state.me) showRoom(); else showJoin();
    render();
  }

  async function act(request, message) {
    try {
      await request();
      say(message || t("saved"));
    } catch (error) {
      if (!error.handled) say(t("offline"), true);
    }
    await refresh();
  }

  function vote(target, delta) {
    return act(() => api("POST", "api/votes", { target: target, delta: delta }));
  }

  function rate(stage, score) {
    return act(() => api("POST", "api/emotions", { stage: stage, score: score }));
  }

  function selectTab(name) {
    document.querySelectorAll(".tabs button").forEach((button) => {
      button.setAttribute("aria-selected", String(button.getAttribute("data-tab") === name));
    });
    document.querySelectorAll(".tab").forEach((section) => {
      section.hidden = section.id !== "tab-" + name;
    });
  }

  function listen() {
    if (!window.EventSource) return;
    const source = new EventSource("api/events");
    source.onmessage = (event) => {
      let data = null;
      try { data = JSON.parse(event.data); } catch (error) { return; }
      if (data && data.version !== version) refresh();
    };
  }

  async function start() {
    try {
      const response = await fetch("static/strings.json", { cache: "no-store" });
      const all = await response.json();
      strings = all[document.documentElement.lang] || all.en;
    } catch (error) {
      strings = {};
    }
    translateStatic();
    key = localStorage.getItem(storageKey);
    document.querySelectorAll(".tabs button").forEach((button) => {
      button.addEventListener("click", () => selectTab(button.getAttribute("data-tab")));
    });
    selectTab("note");
    $("join-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        const joined = await api("POST", "api/join", { name: $("name").value });
        key = joined.key;
        localStorage.setItem(storageKey, key);
        say("");
      } catch (error) {
        return;
      }
      await refresh();
    });
    $("note-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const kind = document.querySelector("input[name=kind]:checked").value;
      const body = { stage: $("stage").value, kind: kind, text: $("text").value };
      if ($("lane").value) body.lane = $("lane").value;
      const send = $("send");
      send.disabled = true;
      try {
        await api("POST", "api/notes", body);
        $("text").value = "";
        say(t("sent"));
      } catch (error) {
        if (!error.handled) say(t("offline"), true);
      } finally {
        send.disabled = false;
      }
      await refresh();
    });
    await refresh();
    listen();
    pollTimer = setInterval(refresh, 15000);
  }

  document.addEventListener("DOMContentLoaded", start);
})();
