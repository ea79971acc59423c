// The flags every headless Chromium of this project runs with (tests, end-to-end tests, benchmarks):
// as root it refuses to start without --no-sandbox; the networking flags keep it from calling Google's
// services, which this closed network refuses many times a second (noise in every request log); the
// throttling flags keep timers and frames running in pages that are not in front, which the test
// runner opens several of.
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];
