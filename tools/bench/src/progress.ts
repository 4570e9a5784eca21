/** A one-line progress bar on a terminal; a few plain lines in a log (CI). */
export function progressBar(label: string, out: NodeJS.WriteStream = process.stderr): (done: number) => void {
  let lastShown = -1;
  const started = Date.now();
  return (done: number) => {
    const percent = Math.min(100, Math.round(done * 100));
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    const secs = ((Date.now() - started) / 1000).toFixed(0);
    const bar = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% ${secs}s`;
    if (out.isTTY) out.write(`\r${bar}${done >= 1 ? '\n' : ''}`);
    else if (percent - lastShown >= 20 || done >= 1) {
      out.write(`${bar}\n`);
      lastShown = percent;
    }
  };
}
