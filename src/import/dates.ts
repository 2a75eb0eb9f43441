// Dates as trackers write them, reduced to the calendar day as written (no time-zone shift):
// ISO dates and date-times ("2021-10-22", "2021-10-22 16:55", "2010-04-19T14:28:07.557+0000"),
// Jira's "22/Oct/21 4:55 PM" (dd/MMM/yy h:mm a) with English or other locales' month names,
// with or without the time, and day-first dotted dates ("22.10.2021 16:55").
import { dayOf, parseDay } from "../forecast/days.js";

const MONTHS: Record<string, number> = {};
const NAMES: string[][] = [
  ["jan", "january", "janv", "janvier", "januar", "jän", "ene", "enero", "gen", "gennaio", "janeiro", "sty"],
  ["feb", "february", "févr", "fevr", "février", "februar", "febrero", "febbraio", "fev", "fevereiro", "lut"],
  ["mar", "march", "mars", "mär", "märz", "mrz", "marzo", "março", "marco", "maart"],
  ["apr", "april", "avr", "avril", "abr", "abril", "aprile", "kwi"],
  ["may", "mai", "mayo", "mag", "maggio", "maio", "mei", "maj"],
  ["jun", "june", "juin", "juni", "junio", "giu", "giugno", "junho", "cze"],
  ["jul", "july", "juil", "juillet", "juli", "julio", "lug", "luglio", "julho", "lip"],
  ["aug", "august", "août", "aout", "ago", "agosto", "augustus", "sie"],
  ["sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro", "wrz"],
  ["oct", "october", "octobre", "okt", "oktober", "octubre", "ott", "ottobre", "out", "outubro", "paź", "paz"],
  ["nov", "november", "novembre", "noviembre", "novembro", "lis"],
  ["dec", "december", "déc", "decembre", "décembre", "dez", "dezember", "dic", "diciembre", "dicembre", "dezembro", "gru"],
];
NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

const TIME = String.raw`(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\.\d+)?\s*([AaPp]\.?\s?[Mm]\.?)?)?`;
const JIRA = new RegExp(String.raw`^(\d{1,2})[/ -]([^\d\s/.-]+)\.?[/ -](\d{2}|\d{4})${TIME}$`, "u");
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${TIME}$`);
const ISO_LOOSE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/;

function year(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

function timeOk(h?: string, m?: string, s?: string, ampm?: string): boolean {
  if (h === undefined) return true;
  const hh = Number(h);
  if (ampm !== undefined ? hh < 1 || hh > 12 : hh > 23) return false;
  return Number(m) <= 59 && Number(s ?? 0) <= 59;
}

/** The day of a tracker's date or date-time; undefined when it is not one of the known forms. */
export function parseTrackerDate(text: string): number | undefined {
  const t = text.trim();
  const iso = parseDay(t);
  if (iso !== undefined) return iso;
  let m = ISO_LOOSE.exec(t);
  if (m) return timeOk(m[4], m[5], m[6]) ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  m = JIRA.exec(t);
  if (m) {
    const month = MONTHS[m[2].toLowerCase().replace(/\.$/, "")];
    return month !== undefined && timeOk(m[4], m[5], m[6], m[7]) ? dayOf(year(m[3]), month, Number(m[1])) : undefined;
  }
  m = DOTTED.exec(t);
  if (m) return timeOk(m[4], m[5], m[6], m[7]) ? dayOf(year(m[3]), Number(m[2]), Number(m[1])) : undefined;
  return undefined;
}

export const DATE_FORMATS = `YYYY-MM-DD, YYYY-MM-DD HH:MM, an ISO date-time, DD/Mon/YY h:mm AM (as Jira writes it), or DD.MM.YYYY`;
