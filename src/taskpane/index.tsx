import { createRoot } from "react-dom/client";
import { App } from "./App";

function mount(): void {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
}

// Office.onReady exists only when office.js loaded; the page must also open in a plain browser.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => mount());
} else {
  mount();
}
