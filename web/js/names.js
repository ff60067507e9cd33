// Code generated from app.ScriptNames by "go run ./cmd/checkdata -write"; DO NOT EDIT.

// The names the page's scripts share with the Go components.
export const CHART = "data-chart";
export const READY = "data-chart-ready";
export const CANVAS = "chart__canvas";
export const OPTION = "chart__option";
export const SURFACE = "chart__surface";
export const TRACK = "bar__track";
export const RUNTIME = "pageCharts";
export const LIVE = "present--live";
export const SWITCHER = "switcher";
export const DATA_TABLE = "datatable";
export const EMBED_CODE = "embedcode";
export const KIT = "kit";
export const STATUS = "embedcode__status";
export const COPY = "data-copy";
export const ORIGIN = "data-origin";
export const THEME = "data-theme";
export const THEME_TOGGLE = "data-theme-toggle";
export const WASM_POLICY = "data-wasm-policy";
export const APP = "data-app";
export const LOADER = "app-wasm-loader";
export const LANG = "data-lang";
export const COPIED = "data-copied";
export const FAILED = "data-failed";
export const BUNDLE = "data-charts";
export const MARKS = "data-marks";
export const MARK = "chart-mark";
export const FIGURES = "data-figures";
export const CARD = "chart-card";
export const CARD_COPY = "data-copy-link";
export const CARD_STATUS = "chart-card__status";
export const MOUNTED = "app-mounted";
export const SHARE = "data-share";
export const SHARE_TITLE = "data-share-title";
export const SHARE_TEXT = "data-share-text";
