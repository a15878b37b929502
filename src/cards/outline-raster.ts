/**
 * A small scanline rasteriser for glyph outlines, in JavaScript. A card misses a few glyphs no
 * card of its process drew before (a title's new size, a rare letter), and one sharp call for them
 * cost ≈ 1.5 ms plus librsvg's work per outline; here a glyph costs 30–170 µs (26–116 px).
 *
 * It fills by the non-zero rule as librsvg (cairo's scan converter) does, and samples as it
 * does: curves cut into lines within 0.1 px (cairo's default tolerance), 15 sub-rows per pixel
 * row, and on each sub-row the exact width of each span whose winding is not zero. Montserrat's
 * glyphs are mostly overlapping contours (a stem and a bowl, a letter and its descender), so the
 * faster exact-area accumulation (font-rs), which adds up the contours' areas, drew their seams
 * up to 40 % too dark. A test compares cards drawn both ways: at most a blend step apart.
 */

/** Sub-rows sampled per pixel row, as cairo's scan converter (librsvg's) samples them. */
const SUB_ROWS = 15;
/** Flattening tolerance: the farthest a line of a cut curve may lie from the curve, in px (cairo's default). */
const TOLERANCE = 0.1;

/**
 * Rasterises a path of `M`, `L`, `Q`, `C`, `Z` commands given as numbers (each command's
 * points, in px within a `width` × `height` tile) into coverage bytes (0 none … 255 full).
 */
export class OutlineRaster {
  readonly width: number;
  readonly height: number;
  /** Per row `width + 2` cells: a segment may touch the cell right of its last pixel. */
  private readonly stride: number;
  /** The outline's lines, five numbers each: top x, top y, bottom x, bottom y, and +1 when drawn downwards, −1 upwards. */
  private readonly edges: number[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.stride = width + 2;
  }

  moveTo(x: number, y: number): void {
    this.close();
    this.x = this.startX = x;
    this.y = this.startY = y;
  }

  lineTo(x: number, y: number): void {
    this.line(this.x, this.y, x, y);
    this.x = x;
    this.y = y;
  }

  quadraticTo(cx: number, cy: number, x: number, y: number): void {
    const [x0, y0] = [this.x, this.y];
    // A quadratic's lines of n equal steps of t lie within |p0 − 2p1 + p2| / (4n²) of it.
    const deviation = Math.hypot(x0 - 2 * cx + x, y0 - 2 * cy + y);
    const n = Math.max(1, Math.ceil(Math.sqrt(deviation / (4 * TOLERANCE))));
    for (let i = 1; i < n; i++) {
      const t = i / n;
      const u = 1 - t;
      this.lineTo(u * u * x0 + 2 * u * t * cx + t * t * x, u * u * y0 + 2 * u * t * cy + t * t * y);
    }
    this.lineTo(x, y);
  }

  cubicTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    const [x0, y0] = [this.x, this.y];
    // A cubic's second derivative is at most 6 × the larger second difference of its points.
    const deviation = Math.max(Math.hypot(x0 - 2 * c1x + c2x, y0 - 2 * c1y + c2y), Math.hypot(c1x - 2 * c2x + x, c1y - 2 * c2y + y));
    const n = Math.max(1, Math.ceil(Math.sqrt((3 * deviation) / (4 * TOLERANCE))));
    for (let i = 1; i < n; i++) {
      const t = i / n;
      const u = 1 - t;
      const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
      this.lineTo(a * x0 + b * c1x + c * c2x + d * x, a * y0 + b * c1y + c * c2y + d * y);
    }
    this.lineTo(x, y);
  }

  /** Closes the open contour (a fill closes every contour, `Z` or not). */
  close(): void {
    if (this.x !== this.startX || this.y !== this.startY) this.line(this.x, this.y, this.startX, this.startY);
    this.x = this.startX;
    this.y = this.startY;
  }

  /** Keeps one line of the outline (a horizontal one crosses no sub-row). */
  private line(x0: number, y0: number, x1: number, y1: number): void {
    if (y0 === y1) return;
    if (y0 < y1) this.edges.push(x0, y0, x1, y1, 1);
    else this.edges.push(x1, y1, x0, y0, -1);
  }

  /** The coverage, `width × height` bytes, row by row. */
  coverage(): Uint8Array {
    this.close();
    return this.sampled();
  }

  /**
   * The coverage by the non-zero rule, sampled: on each of a pixel row's sub-rows, the edges'
   * crossings at its middle, in order of x, give the spans whose winding is not zero; each span
   * adds its exact width within each pixel, a sub-row's height deep.
   */
  private sampled(): Uint8Array {
    const { stride, width, height } = this;
    const count = this.edges.length / 5;
    // Edges by their top, so each sub-row only looks at the edges it can cross; each edge's
    // top y, bottom y, x at its top, x's change per px of y, and winding, in typed arrays.
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => this.edges[a * 5 + 1]! - this.edges[b * 5 + 1]!);
    const [tops, bottoms, xs, slopes, windings] = [new Float64Array(count), new Float64Array(count), new Float64Array(count), new Float64Array(count), new Int8Array(count)];
    const { edges } = this;
    for (let i = 0; i < count; i++) {
      const e = order[i]! * 5;
      tops[i] = edges[e + 1]!;
      bottoms[i] = edges[e + 3]!;
      xs[i] = edges[e]!;
      slopes[i] = (edges[e + 2]! - edges[e]!) / (edges[e + 3]! - edges[e + 1]!);
      windings[i] = edges[e + 4]!;
    }
    const cells = new Float32Array(stride);
    const alpha = new Uint8Array(width * height);
    const active = new Int32Array(count);
    let activeCount = 0;
    const crossX = new Float64Array(count);
    const crossW = new Int8Array(count);
    let next = 0;
    const depth = 1 / SUB_ROWS;
    for (let row = 0; row < height; row++) {
      let inked = false;
      for (let sub = 0; sub < SUB_ROWS; sub++) {
        const y = row + (sub + 0.5) * depth;
        while (next < count && tops[next]! <= y) active[activeCount++] = next++;
        let crossings = 0;
        for (let k = activeCount - 1; k >= 0; k--) {
          const e = active[k]!;
          if (bottoms[e]! <= y) {
            active[k] = active[--activeCount]!;
            continue;
          }
          // Insertion in order of x: a glyph's sub-row has a few crossings.
          const x = xs[e]! + (y - tops[e]!) * slopes[e]!;
          let j = crossings++;
          for (; j > 0 && crossX[j - 1]! > x; j--) {
            crossX[j] = crossX[j - 1]!;
            crossW[j] = crossW[j - 1]!;
          }
          crossX[j] = x;
          crossW[j] = windings[e]!;
        }
        if (crossings === 0) continue;
        inked = true;
        let winding = 0;
        let spanStart = 0;
        for (let i = 0; i < crossings; i++) {
          const before = winding;
          winding += crossW[i]!;
          if (before === 0) spanStart = crossX[i]!;
          else if (winding === 0) this.span(cells, spanStart, crossX[i]!, depth);
        }
      }
      if (!inked) continue;
      let sum = 0;
      for (let column = 0, o = row * width; column < width; column++, o++) {
        sum += cells[column]!;
        alpha[o] = sum <= 0.001 ? 0 : sum >= 0.999 ? 255 : (sum * 255 + 0.5) | 0;
      }
      cells.fill(0);
    }
    return alpha;
  }

  /** Adds a span from `a` to `b` (in px, within the row), `depth` deep, as differences along the row. */
  private span(cells: Float32Array, a: number, b: number, depth: number): void {
    a = Math.min(Math.max(a, 0), this.width);
    b = Math.min(Math.max(b, 0), this.width);
    if (b <= a) return;
    const [ai, bi] = [Math.floor(a), Math.floor(b)];
    const [af, bf] = [a - ai, b - bi];
    cells[ai] = cells[ai]! + depth * (1 - af);
    cells[ai + 1] = cells[ai + 1]! + depth * af;
    cells[bi] = cells[bi]! - depth * (1 - bf);
    cells[bi + 1] = cells[bi + 1]! - depth * bf;
  }
}
