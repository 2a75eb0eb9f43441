// The practical ceiling for the engine bench: the same M/M/1 model as bench/mm1.ts on a minimal
// hand-written binary heap of (time, seq) with a kind tag instead of closures, and the same
// random streams. No cancel, no priorities, no guards: what a one-off loop would do.
import { RandomStream } from "../src/engine/random.js";

export function mm1Handwritten(seed: number, customers: number, lambda = 0.9, mu = 1): { meanWait: number; events: number } {
  const arrivals = new RandomStream(seed, "arrivals");
  const service = new RandomStream(seed, "service");
  const times: number[] = [];
  const seqs: number[] = [];
  const kinds: number[] = [];
  let seqCounter = 0;
  const push = (t: number, kind: number) => {
    let i = times.length;
    const s = seqCounter++;
    times.push(t);
    seqs.push(s);
    kinds.push(kind);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (times[p] < t || (times[p] === t && seqs[p] < s)) break;
      times[i] = times[p];
      seqs[i] = seqs[p];
      kinds[i] = kinds[p];
      i = p;
    }
    times[i] = t;
    seqs[i] = s;
    kinds[i] = kind;
  };
  const popInto = (): number => {
    const kind = kinds[0];
    const lt = times.pop() as number;
    const ls = seqs.pop() as number;
    const lk = kinds.pop() as number;
    const n = times.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && (times[c + 1] < times[c] || (times[c + 1] === times[c] && seqs[c + 1] < seqs[c]))) c++;
        if (lt < times[c] || (lt === times[c] && ls < seqs[c])) break;
        times[i] = times[c];
        seqs[i] = seqs[c];
        kinds[i] = kinds[c];
        i = c;
      }
      times[i] = lt;
      seqs[i] = ls;
      kinds[i] = lk;
    }
    return kind;
  };
  const waiting: number[] = [];
  let head = 0;
  let busy = false;
  let arrived = 0;
  let served = 0;
  let totalWait = 0;
  let events = 0;
  push(arrivals.exponential(lambda), 0);
  while (times.length > 0) {
    const now = times[0];
    const kind = popInto();
    events++;
    if (kind === 0) {
      arrived++;
      if (busy) waiting.push(now);
      else {
        busy = true;
        push(now + service.exponential(mu), 1);
      }
      if (arrived < customers) push(now + arrivals.exponential(lambda), 0);
    } else {
      served++;
      if (head < waiting.length) {
        totalWait += now - waiting[head++];
        push(now + service.exponential(mu), 1);
      } else busy = false;
    }
  }
  return { meanWait: totalWait / served, events };
}
