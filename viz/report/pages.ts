// The one script of the report, slides and sensitivity pages (they share D3 and the charts, so one
// bundle serves the three): the page says which it is in <body data-page="…">.
import { drawReport } from "./client.js";
import { drawSensitivity } from "./sensitivity-client.js";
import { drawSlides } from "./slides.js";

const page = document.body.dataset.page;
if (page === "slides") drawSlides();
else if (page === "sensitivity") drawSensitivity();
else drawReport();
