// Form controls without a label, and text below 4.5:1 against what is behind it
// (WCAG 2 contrast), on the page as shown. Evaluated by tests/test_miniapp_browser.py.
(() => {
  const problems = [];
  for (const el of document.querySelectorAll("input, select, button")) {
    if (el.closest("[hidden]")) continue;
    const named = (el.labels && el.labels.length) || el.getAttribute("aria-label")
      || el.getAttribute("aria-labelledby") || (el.tagName === "BUTTON" && el.textContent.trim());
    if (!named) problems.push("unlabelled " + (el.id || el.name || el.tagName));
  }
  // "rgb(r, g, b)", "rgba(r, g, b, a)", or color-mix()'s "color(srgb r g b / a)" in 0..1.
  const rgb = (c) => { const v = c.match(/[\d.]+/g).map(Number);
    return c.startsWith("color(") ? [...v.slice(0, 3).map((x) => x * 255), ...v.slice(3)] : v; };
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const behind = (el) => { for (; el; el = el.parentElement) {
      const c = getComputedStyle(el).backgroundColor;
      if (rgb(c).length === 3 || rgb(c)[3] > 0.5) return rgb(c).slice(0, 3); }
    return [255, 255, 255]; };
  const selector = "h1, h2, h3, p, label, legend, li span, button, .tab, #status";
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest("[hidden]") || !el.textContent.trim() || !el.getClientRects().length) continue;
    const a = lum(rgb(getComputedStyle(el).color).slice(0, 3)), b = lum(behind(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) {
      const what = el.id || el.className || el.tagName;
      problems.push(`contrast ${ratio.toFixed(2)} ${what}: ${el.textContent.trim().slice(0, 30)}`);
    }
  }
  return problems;
})
