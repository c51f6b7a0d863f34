// Tend's Mini App: three pages over a small JSON API. Every call carries Telegram's signed
// initData in the Authorization header (never in a URL); the server acts for the user it
// names and nobody else. No framework, no third-party code but Telegram's own script.
"use strict";

(() => {
  const tg = window.Telegram && window.Telegram.WebApp;
  const texts = JSON.parse(document.getElementById("texts").textContent);
  const $ = (id) => document.getElementById(id);
  const PAGES = ["history", "nudges", "privacy"];
  const state = { page: null, stack: [], weeks: [], week: null, settings: null, zones: [] };

  const format = (template, values) =>
    template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]));
  let quiet = 0;
  const say = (message) => {
    $("status").textContent = message;
    clearTimeout(quiet);
    if (message) quiet = setTimeout(() => { $("status").textContent = ""; }, message === texts.saved ? 3000 : 8000);
  };

  class ApiError extends Error {
    constructor(status, message) { super(message); this.status = status; }
  }

  async function api(path, body) {
    const post = body !== undefined;
    let response;
    try {
      response = await fetch("api/" + path, {
        method: post ? "POST" : "GET",
        headers: Object.assign(
          { Authorization: "tma " + (tg ? tg.initData : "") },
          post ? { "Content-Type": "application/json" } : {}
        ),
        body: post ? JSON.stringify(body) : undefined,
        cache: "no-store",
        credentials: "omit",
      });
    } catch (error) {
      throw new ApiError(0, texts.offline);
    }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new ApiError(response.status, data.error || texts.failed);
    return data;
  }

  function refuse(error) {
    if (error.status === 401 || error.status === 410 || error.status === 0 || !tg) {
      $("notice").textContent = error.message || texts.noTelegram;
      $("notice").hidden = false;
      document.querySelectorAll(".page, .tabs").forEach((el) => { el.hidden = true; });
      return true;
    }
    say(error.message);
    return false;
  }

  // --- Navigation and Telegram's back button ---------------------------------------------

  function show(page, remember) {
    if (remember && state.page && state.page !== page) state.stack.push({ page: state.page });
    state.page = page;
    for (const name of PAGES) $(name).hidden = name !== page;
    document.querySelectorAll(".tab").forEach((tab) => {
      if (tab.dataset.page === page) tab.setAttribute("aria-current", "page");
      else tab.removeAttribute("aria-current");
    });
    say("");
    syncBack();
  }

  function back() {
    if (state.week !== null) closeWeek();
    else if (state.stack.length) show(state.stack.pop().page, false);
    syncBack();
  }

  function syncBack() {
    if (!tg || !tg.BackButton) return;
    if (state.week !== null || state.stack.length) tg.BackButton.show();
    else tg.BackButton.hide();
  }

  // --- History ---------------------------------------------------------------------------

  async function loadHistory() {
    const data = await api("history");
    state.weeks = data.weeks;
    $("chart").innerHTML = data.chart; // server-rendered SVG: numbers and dates only
    performance.mark("tend:chart"); // bench/miniapp.py reads it: time to first chart
    $("history-empty").hidden = data.weeks.some((w) => w.checked > 0);
    document.querySelectorAll("svg.chart .week").forEach((bar) => {
      const open = () => openWeek(Number(bar.dataset.week));
      bar.addEventListener("click", open);
      bar.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") { event.preventDefault(); open(); }
      });
    });
  }

  function fillList(list, items, empty, render) {
    list.replaceChildren();
    if (!items.length) {
      const li = document.createElement("li");
      li.textContent = empty;
      list.append(li);
      return;
    }
    for (const item of items) {
      const li = document.createElement("li");
      const [name, count] = render(item);
      const label = document.createElement("span");
      const n = document.createElement("span");
      label.textContent = name;
      n.className = "n";
      n.textContent = count;
      li.append(label, n);
      list.append(li);
    }
  }

  function openWeek(index) {
    const week = state.weeks[index];
    if (!week) return;
    state.week = index;
    document.querySelectorAll("svg.chart .week").forEach((bar) => {
      bar.setAttribute("aria-pressed", String(Number(bar.dataset.week) === index));
    });
    $("week-title").textContent = week.title;
    $("week-summary").textContent = week.checked
      ? format(texts.weekSummary, {
          checked: week.checked, flagged: week.flagged,
          share: Math.round((100 * week.flagged) / week.checked),
        })
      : texts.weekNone;
    const times = (n) => (n === 1 ? texts.timesInDraft : format(texts.timesInDrafts, { count: n }));
    fillList($("week-categories"), week.categories, texts.noCategories, (c) => [c.label, times(c.count)]);
    fillList($("week-phrases"), week.phrases, texts.noPhrases, (p) => ["“" + p.phrase + "”", times(p.count)]);
    $("week-nudges").textContent = format(texts.nudgesDone, { count: week.nudges_done });
    $("week").hidden = false;
    $("week-title").focus();
    syncBack();
  }

  function closeWeek() {
    const index = state.week;
    state.week = null;
    $("week").hidden = true;
    document.querySelectorAll("svg.chart .week").forEach((bar) => bar.removeAttribute("aria-pressed"));
    const bar = document.querySelector(`svg.chart .week[data-week="${index}"]`);
    if (bar) bar.focus();
  }

  // --- Settings ----------------------------------------------------------------------------

  function radios(fieldset, name, options) {
    for (const option of options) {
      const label = document.createElement("label");
      const input = document.createElement("input");
      label.className = "choice";
      input.type = "radio";
      input.name = name;
      input.value = option.key;
      label.append(input, " " + option.label);
      fieldset.append(label);
    }
  }

  const zoneKey = (text) =>
    text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[_/-]+/g, " ");

  function filterZones() {
    const wanted = zoneKey($("zone-search").value.trim());
    const list = $("zone-list");
    const current = state.settings && state.settings.nudges.zone;
    list.replaceChildren();
    for (const zone of state.zones) {
      if (wanted && !zoneKey(zone).includes(wanted)) continue;
      const option = document.createElement("option");
      option.value = zone;
      option.textContent = zone.replace(/_/g, " ");
      list.append(option);
    }
    // Selecting after the list is built scrolls the chosen zone into the list's view.
    if (current) list.value = current;
    // Nothing listed ("Delhi", "UTC+2"): the chat's own reading of what was typed decides.
    const typed = $("zone-search").value.trim();
    $("zone-typed").hidden = !typed || list.options.length > 0;
    $("zone-typed").textContent = format(texts.zoneTyped, { typed });
  }

  function render(settings) {
    state.settings = settings;
    const n = settings.nudges;
    $("nudges-on").checked = n.enabled;
    $("nudge-time").value = n.time;
    document.querySelectorAll('input[name="frequency"]').forEach((r) => { r.checked = r.value === n.frequency; });
    $("pause").textContent = n.paused ? texts.resume : texts.pause;
    $("pause").disabled = !n.enabled;
    $("nudges-next").textContent = !n.enabled ? texts.nudgesOff
      : n.paused ? texts.pausedNote
      : n.next ? format(texts.nudgesNext, { next: n.next }) : "";
    $("zone-current").textContent = n.zone ? format(texts.zoneIs, { zone: n.zone.replace(/_/g, " ") }) : texts.zoneUnset;
    const daily = settings.listen.daily_time;
    $("listen-on").checked = daily !== null;
    $("listen-time").value = daily || "18:00";
    $("listen-time").disabled = daily === null;
    $("keep-drafts").checked = settings.privacy.keep_drafts;
    document.querySelectorAll('input[name="discreet"]').forEach((r) => { r.checked = r.value === settings.privacy.discreet; });
    filterZones();
  }

  async function loadChoices() {
    const response = await fetch("choices.json", { credentials: "omit" });
    if (!response.ok) throw new ApiError(response.status, texts.failed);
    return response.json();
  }

  async function loadSettings() {
    const [choices, data] = await Promise.all([loadChoices(), api("settings")]);
    state.zones = choices.zones;
    radios($("frequency"), "frequency", choices.frequencies);
    radios($("discreet"), "discreet", choices.discreet);
    if (!data.nudges.zone) {
      // A head start for the search: the device's own zone (the user still picks it).
      const device = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
      $("zone-search").value = device.split("/").pop().replace(/_/g, " ");
    }
    render(data);
  }

  async function change(what, value) {
    try {
      // The answer is the section that changed; the rest stays as shown.
      render(Object.assign({}, state.settings, await api("settings", { what, value })));
      say(texts.saved);
    } catch (error) {
      if (!refuse(error) && state.settings) render(state.settings);
    }
  }

  function wire() {
    document.querySelectorAll(".tab").forEach((tab) => tab.addEventListener("click", () => show(tab.dataset.page, true)));
    $("nudges-on").addEventListener("change", (e) => change("nudges", e.target.checked));
    $("nudge-time").addEventListener("change", (e) => { if (e.target.value) change("nudge_time", e.target.value); });
    $("frequency").addEventListener("change", (e) => change("frequency", e.target.value));
    $("pause").addEventListener("click", () => change("paused", !state.settings.nudges.paused));
    $("zone-search").addEventListener("input", filterZones);
    $("zone-list").addEventListener("change", (e) => change("zone", e.target.value));
    $("zone-typed").addEventListener("click", () => change("zone", $("zone-search").value.trim()));
    $("listen-on").addEventListener("change", (e) => change("listen_time", e.target.checked ? $("listen-time").value || "18:00" : null));
    $("listen-time").addEventListener("change", (e) => { if (e.target.value) change("listen_time", e.target.value); });
    $("keep-drafts").addEventListener("change", (e) => change("keep_drafts", e.target.checked));
    $("discreet").addEventListener("change", (e) => change("discreet", e.target.value));
    $("export").addEventListener("click", async () => {
      try { say((await api("export", {})).message); } catch (error) { refuse(error); }
    });
    $("forget").addEventListener("click", () => { $("confirm").hidden = false; $("confirm-no").focus(); });
    $("confirm-no").addEventListener("click", () => { $("confirm").hidden = true; $("forget").focus(); });
    $("confirm-yes").addEventListener("click", async () => {
      $("confirm").hidden = true;
      try {
        const done = (await api("forget", { confirm: true })).message;
        // Nothing is loaded again: that would start a fresh record at once. The page ends
        // here; writing to Tend again starts afresh, as after /forget in the chat.
        refuse(new ApiError(410, done));
        $("notice").focus();
      } catch (error) { refuse(error); }
    });
    if (tg && tg.BackButton) tg.BackButton.onClick(back);
  }

  function theme() {
    if (tg && tg.colorScheme) document.documentElement.dataset.scheme = tg.colorScheme;
    // Telegram's header and overscroll in the page's own background (Bot API 6.1+).
    if (tg && tg.isVersionAtLeast && tg.isVersionAtLeast("6.1")) {
      tg.setHeaderColor("secondary_bg_color");
      tg.setBackgroundColor("secondary_bg_color");
    }
  }

  async function start() {
    const asked = new URLSearchParams(location.search).get("page");
    show(PAGES.includes(asked) ? asked : "history", false);
    if (!tg || !tg.initData) { refuse(new ApiError(401, texts.noTelegram)); return; }
    tg.ready();
    if (tg.expand) tg.expand();
    theme();
    if (tg.onEvent) tg.onEvent("themeChanged", theme);
    wire();
    try {
      await Promise.all([loadHistory(), loadSettings()]);
    } catch (error) {
      refuse(error);
    }
  }

  start();
})();
