/**
 * Astro logs each route it renders as two writes: `HH:MM:SS ├─ /path` when the render starts and
 * ` (+12ms)` with a newline when it ends. Rendering several routes at once (the build renders four
 * at a time) interleaves them: `├─ /a├─ /b├─ /c (+30ms)` and timings on lines of their own, with
 * no way to tell which route a timing belongs to. This joins the log back into one line per route,
 * keeping a timing only where it is certain to be its route's (one render in flight).
 */
const ANSI = '(?:\\x1b\\[[0-9;]*m)*';
const TIME = '\\d\\d:\\d\\d:\\d\\d';
/** Colour resets: the codes that close a path's colour, never those that open the next line's. */
const RESETS = '(?:\\x1b\\[(?:0|22|39)?m)*';
const ROUTE_START = `${ANSI}${TIME}${ANSI} +${ANSI}[├└]─${ANSI} ${ANSI}(?:(?!${TIME})[^\\s\\x1b])+${RESETS}`;
const ROUTE_END = ` *${ANSI}\\((?:\\+[\\d.]+m?s|cached|restored)\\)${ANSI} *\\n`;
const TOKEN = new RegExp(`(${ROUTE_START})|(${ROUTE_END})`, 'g');

export class RouteLog {
  /** A route's line was written without its newline. */
  private open = false;
  /** Routes started and not finished. */
  private inFlight = 0;
  /** The open line's route is the only one in flight: the next end is its own. */
  private ownsNextEnd = false;

  /** Takes a chunk of Astro's output (whole writes, as a pipe delivers them) and returns what to print. */
  push(chunk: string): string {
    let out = '';
    let last = 0;
    const text = (part: string) => {
      if (!part) return;
      if (this.open) out += '\n';
      this.open = false;
      this.ownsNextEnd = false;
      out += part;
    };
    for (const match of chunk.matchAll(TOKEN)) {
      text(chunk.slice(last, match.index));
      last = match.index + match[0].length;
      if (match[1]) {
        if (this.open) out += '\n';
        out += match[1];
        this.open = true;
        this.inFlight += 1;
        this.ownsNextEnd = this.inFlight === 1;
      } else {
        this.inFlight = Math.max(0, this.inFlight - 1);
        if (this.open && this.ownsNextEnd) {
          out += match[2];
          this.open = false;
        }
        this.ownsNextEnd = false;
      }
    }
    text(chunk.slice(last));
    return out;
  }

  /** What to print when the output ends. */
  end(): string {
    const out = this.open ? '\n' : '';
    this.open = false;
    return out;
  }
}
