// Stands in for https://telegram.org/js/telegram-web-app.js in the browser tests (no network):
// the parts of window.Telegram.WebApp that Tend's page uses, and the CSS variables Telegram's
// script sets from themeParams and the safe-area insets. The test replaces CONFIG.
(() => {
  const config = /*CONFIG*/ {};
  const style = document.documentElement.style;
  for (const [key, value] of Object.entries(config.themeParams)) {
    style.setProperty("--tg-theme-" + key.replace(/_/g, "-"), value);
  }
  for (const side of ["top", "bottom", "left", "right"]) {
    style.setProperty("--tg-safe-area-inset-" + side, (config.safeArea[side] || 0) + "px");
    style.setProperty("--tg-content-safe-area-inset-" + side, (config.contentSafeArea[side] || 0) + "px");
  }
  const handlers = [];
  const backButton = {
    isVisible: false,
    show() { this.isVisible = true; },
    hide() { this.isVisible = false; },
    onClick(handler) { handlers.push(handler); },
    offClick() {},
    press() { handlers.forEach((handler) => handler()); },
  };
  window.Telegram = {
    WebApp: {
      initData: config.initData,
      initDataUnsafe: {},
      version: "8.0",
      platform: "android",
      colorScheme: config.colorScheme,
      themeParams: config.themeParams,
      isExpanded: false,
      BackButton: backButton,
      headerColor: null,
      backgroundColor: null,
      isVersionAtLeast(version) { return parseFloat(version) <= 8.0; },
      setHeaderColor(color) { this.headerColor = color; },
      setBackgroundColor(color) { this.backgroundColor = color; },
      ready() { window.__tendReady = true; },
      expand() { this.isExpanded = true; },
      onEvent() {},
      offEvent() {},
    },
  };
})();
