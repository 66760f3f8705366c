// What serve.mjs sent, as it reports it with SERVE_LOG=1: a line per answer,
// `sent <status> <bytes> <path>`.

/**
 * Collects every answer a server reports on `stdout` into `into`, as
 * `{ status, bytes, path }`. A line split between two reads is joined first.
 */
export function collectSent(stdout, into = []) {
  let rest = '';
  stdout.on('data', (data) => {
    const lines = (rest + data).split('\n');
    rest = lines.pop();
    for (const line of lines) {
      const [word, status, bytes, path] = line.split(' ');
      if (word === 'sent') into.push({ status: Number(status), bytes: Number(bytes), path });
    }
  });
  return into;
}
