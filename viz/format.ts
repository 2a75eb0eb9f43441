// Number formats shared by axes and tooltips.
import { format } from "d3";

export const fmtInt = format(",.0f");
export const fmt1 = format(",.1f");
export const fmt2 = format(",.2f");
export const fmtPct = (x: number) => `${x >= 0 ? "+" : ""}${format(",.1f")(x)} %`;
