/** Families done so far, reported by the generator as parts advance. */
export type ProgressListener = (done: number, total: number) => void;

/**
 * A progress display on a stream: a redrawn bar on a terminal, otherwise a plain line at each
 * tenth of the work (so logs of a batch job stay short).
 */
export function progressBar(
  stream: NodeJS.WriteStream,
  label: string,
): ProgressListener & { end: () => void } {
  const started = Date.now();
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let lastTenth = -1;
  let last = { done: 0, total: 1 };

  const line = (done: number, total: number) => {
    const seconds = (Date.now() - started) / 1000;
    const share = total === 0 ? 1 : done / total;
    const eta = share > 0 ? (seconds / share) * (1 - share) : 0;
    const count = `${done.toLocaleString("en")}/${total.toLocaleString("en")} families`;
    const time = `${seconds.toFixed(0)} s, about ${eta.toFixed(0)} s left`;
    return `${(share * 100).toFixed(1)}% ${count}, ${time}`;
  };

  const listener = (done: number, total: number) => {
    last = { done, total };
    if (tty) {
      if (Date.now() - lastDraw < 100 && done < total) return;
      lastDraw = Date.now();
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      stream.write(
        `\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${line(done, total)}`,
      );
      return;
    }

    const tenth = Math.floor((done / Math.max(1, total)) * 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    stream.write(`${label}: ${line(done, total)}\n`);
  };

  return Object.assign(listener, {
    end: () => {
      if (tty) stream.write(`\r${label} ${line(last.done, last.total)}\n`);
    },
  });
}
