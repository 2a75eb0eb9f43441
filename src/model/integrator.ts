// Time integral of a step function (items in progress, items blocked, open drags …), split
// by sprint: area[sprint - 1] = ∫ count dt over the sprint. Changes must come in time order.

export class Integrator {
  readonly area: Float64Array;
  private count = 0;
  private last = 0;

  constructor(
    private readonly sprints: number,
    private readonly sprintHours: number,
  ) {
    this.area = new Float64Array(sprints);
  }

  get value(): number {
    return this.count;
  }

  add(t: number, delta: number): void {
    this.advance(t);
    this.count += delta;
  }

  /** Accumulate up to t (called at the end of the run). */
  advance(t: number): void {
    if (this.count !== 0 && t > this.last) {
      let p = Math.floor(this.last / this.sprintHours);
      let s = this.last;
      while (s < t && p < this.sprints) {
        const edge = (p + 1) * this.sprintHours;
        const stop = t < edge ? t : edge;
        this.area[p] += this.count * (stop - s);
        s = stop;
        p++;
      }
    }
    if (t > this.last) this.last = t;
  }
}
