// What a reader's browser fetches for one view, by tile size: opens each image in OpenSeadragon and in Mirador
// (the bundled viewer pages of `iiif-generator serve`) in a 1400x900 Chromium window, then zooms to 100 % (one
// image pixel per screen pixel) at 1/4, 1/2 and 3/4 along the image's diagonal. After each step it waits until
// the view is complete: OpenSeadragon reports every tile in view loaded (TiledImage.getFullyLoaded()), no image
// request is pending and none has started for QUIET_MS. Per step it records the image requests (tiles and the
// whole-image sizes Mirador's thumbnails use), their bytes (response headers and body, as Chromium received them)
// and the time from the step's start to the last image response. Prints one table per network profile, per viewer
// and tile size: requests and bytes per image (the same in every run), the median time of every session (images x
// runs), and how long the page's main thread was busy (Chromium's TaskDuration) in the whole session. The zoom
// jumps (no animation), so the requests do not depend on timing.
//   node bench/tile-size-viewers.mjs CHROMIUM SERVER_URL RUNS SIZES NETWORKS IMAGE...
// SERVER_URL serves one published folder per tile size at SERVER_URL/t<size>/ (published for that base URL);
// SIZES is a comma-separated list (256,512); NETWORKS a comma-separated list of profiles: `loopback` (no
// throttling) or `<latency ms>ms/<download Mbit/s>mbit` (Chromium's network emulation: the latency is added to
// every response). IMAGE is an object identifier (its page 1 is tiles/<IMAGE>-1). RAW_OUT, when set, names a file
// that receives one JSON line per session. Each session is a fresh browser context: nothing is cached.
// Uses the playwright-core of viewer/ (installed by the build) with the given browser: nothing is downloaded.
import { createRequire } from 'node:module';
import { appendFileSync, writeFileSync } from 'node:fs';

const { chromium } = createRequire(new URL('../viewer/package.json', import.meta.url))('playwright-core');
const [executablePath, serverUrl, runsArg, sizesArg, networksArg, ...images] = process.argv.slice(2);
const runs = Number(runsArg);
const sizes = sizesArg.split(',').map(Number);
const networks = networksArg.split(',');
const VIEWPORT = { width: 1400, height: 900 };
const QUIET_MS = 500;
const STEP_TIMEOUT_MS = 60_000;
const ZOOM_POINTS = [0.25, 0.5, 0.75];
const STEPS = ['open', ...ZOOM_POINTS.map((f) => `zoom ${f}`)];
const IMAGE_REQUEST = /\/default\.(jpg|webp|png)$/;
const rawOut = process.env.RAW_OUT;

if (!executablePath || !serverUrl || !(runs > 0) || sizes.some((s) => !(s > 0)) || images.length === 0) {
  console.error('usage: node bench/tile-size-viewers.mjs CHROMIUM SERVER_URL RUNS SIZES NETWORKS IMAGE...');
  process.exit(2);
}

/** Run in the page: the OpenSeadragon viewer showing the image, in either viewer page (or undefined, not yet). */
function osdViewerSource() {
  return `(() => {
    if (window.openSeadragon) { return window.openSeadragon; }
    const windows = Object.keys(window.mirador?.store?.getState()?.windows ?? {});
    return windows.length ? window.Mirador.OSDReferences.get(windows[0])?.current : undefined;
  })()`;
}

/** Run in the page: whether the viewer shows the image with every tile of the current view loaded. */
const fullyLoadedSource = `(() => {
  const item = ${osdViewerSource()}?.world?.getItemAt(0);
  return item ? item.getFullyLoaded() : false;
})()`;

/** Run in the page: jumps (no animation) to 100 % centred on the point (fx, fy) of the image, as fractions. */
function zoomSource(fx, fy) {
  return `(() => {
    const viewer = ${osdViewerSource()};
    const item = viewer.world.getItemAt(0);
    const size = item.getContentSize();
    viewer.viewport.zoomTo(item.imageToViewportZoom(1), null, true);
    viewer.viewport.panTo(item.imageToViewportCoordinates(size.x * ${fx}, size.y * ${fy}), true);
    viewer.viewport.applyConstraints(true);
  })()`;
}

function networkConditions(profile) {
  if (profile === 'loopback') {
    return null;
  }
  const match = /^(\d+)ms\/(\d+)mbit$/.exec(profile);
  if (!match) {
    console.error(`network profile ${profile}: give loopback or <latency>ms/<download>mbit, such as 40ms/50mbit`);
    process.exit(2);
  }
  const bytesPerSecond = (Number(match[2]) * 1e6) / 8;
  return { offline: false, latency: Number(match[1]), downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond / 5 };
}

/** Image requests of one page: pending ones, and those finished, with their bytes and times. */
function watchImages(page) {
  const watch = { pending: new Set(), done: [], failed: [], lastActivity: Date.now() };
  const isImage = (request) => IMAGE_REQUEST.test(new URL(request.url()).pathname);
  page.on('request', (request) => {
    if (isImage(request)) {
      watch.pending.add(request);
      watch.lastActivity = Date.now();
    }
  });
  page.on('requestfinished', async (request) => {
    if (!isImage(request)) {
      return;
    }
    const end = Date.now();
    const sizes = await request.sizes();
    const status = (await request.response())?.status();
    watch.done.push({ url: request.url(), status, end, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    watch.pending.delete(request);
    watch.lastActivity = Date.now();
  });
  page.on('requestfailed', (request) => {
    if (isImage(request)) {
      watch.failed.push({ url: request.url(), error: request.failure()?.errorText });
      watch.pending.delete(request);
      watch.lastActivity = Date.now();
    }
  });
  return watch;
}

/** Waits until the view is complete, then returns what the step fetched since `start` (ms since the epoch). */
async function completeStep(page, watch, start) {
  const deadline = start + STEP_TIMEOUT_MS;
  for (;;) {
    const now = Date.now();
    if (now > deadline) {
      throw new Error(`the view was not complete within ${STEP_TIMEOUT_MS} ms (${watch.pending.size} pending)`);
    }
    if (watch.pending.size === 0 && now - Math.max(watch.lastActivity, start) >= QUIET_MS
        && await page.evaluate(fullyLoadedSource)) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const fetched = watch.done.filter((r) => r.end >= start);
  watch.done = [];
  const errors = fetched.filter((r) => r.status >= 400).concat(watch.failed);
  watch.failed = [];
  if (errors.length > 0) {
    throw new Error(`image requests failed: ${JSON.stringify(errors.slice(0, 5))}`);
  }
  return {
    requests: fetched.length,
    bytes: fetched.reduce((sum, r) => sum + r.bytes, 0),
    ms: fetched.length ? Math.max(...fetched.map((r) => r.end)) - start : 0,
  };
}

function viewerPage(viewer, size, image) {
  const base = `${serverUrl}/t${size}`;
  return viewer === 'OpenSeadragon'
    ? `${serverUrl}/_viewer/openseadragon.html?image=${encodeURIComponent(`${base}/tiles/${image}-1/info.json`)}`
    : `${serverUrl}/_viewer/mirador.html?manifest=${encodeURIComponent(`${base}/${image}/manifest.json`)}`;
}

async function session(browser, viewer, size, image, network) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const conditions = networkConditions(network);
    if (conditions) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', conditions);
    }
    const watch = watchImages(page);
    const steps = {};
    let start = Date.now();
    await page.goto(viewerPage(viewer, size, image));
    steps.open = await completeStep(page, watch, start);
    for (const [i, fraction] of ZOOM_POINTS.entries()) {
      start = Date.now();
      await page.evaluate(zoomSource(fraction, fraction));
      steps[STEPS[i + 1]] = await completeStep(page, watch, start);
    }
    if (pageErrors.length > 0) {
      throw new Error(`uncaught page errors: ${pageErrors.join('; ')}`);
    }
    steps.total = Object.values(steps).reduce((t, s) => ({
      requests: t.requests + s.requests, bytes: t.bytes + s.bytes, ms: t.ms + s.ms,
    }), { requests: 0, bytes: 0, ms: 0 });
    const { metrics } = await cdp.send('Performance.getMetrics');
    steps.total.busyMs = Math.round(1000 * metrics.find((m) => m.name === 'TaskDuration').value);
    return steps;
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Exact figures (requests, bytes) per image: the median of its runs, then the mean over the images. */
function perImage(sessions, value) {
  const byImage = new Map();
  sessions.forEach((s) => byImage.set(s.image, [...(byImage.get(s.image) ?? []), s]));
  return [...byImage.values()].reduce((sum, runsOfImage) => sum + median(runsOfImage.map(value)), 0) / byImage.size;
}

function printTable(network, results) {
  const columns = [...STEPS, 'total'];
  console.log(`network: ${network}; viewport ${VIEWPORT.width}x${VIEWPORT.height}; ${images.length} image(s) x `
      + `${runs} run(s). Per step: image requests and KiB per image (exact), seconds until the view is complete `
      + '(median of the sessions); busy: seconds of work on the page\'s main thread in the whole session (median)');
  console.log(`${'viewer'.padEnd(14)} ${'tile'.padStart(4)} | ${columns.map((c) => c.padEnd(18)).join(' | ')} | busy`);
  for (const viewer of ['OpenSeadragon', 'Mirador']) {
    for (const size of sizes) {
      const sessions = results.filter((r) => r.viewer === viewer && r.size === size);
      const cells = columns.map((c) => [
        perImage(sessions, (s) => s.steps[c].requests).toFixed(0).padStart(4),
        (perImage(sessions, (s) => s.steps[c].bytes) / 1024).toFixed(0).padStart(6),
        (median(sessions.map((s) => s.steps[c].ms)) / 1000).toFixed(2).padStart(6),
      ].join(' '));
      const busy = (median(sessions.map((s) => s.steps.total.busyMs)) / 1000).toFixed(2);
      console.log(`${viewer.padEnd(14)} ${String(size).padStart(4)} | ${cells.join(' | ')} | ${busy}`);
    }
  }
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
if (rawOut) {
  writeFileSync(rawOut, '');
}
try {
  for (const network of networks) {
    const results = [];
    // Tile sizes alternate innermost, so that a slow moment of the machine falls on both alike.
    for (let run = 1; run <= runs; run += 1) {
      for (const image of images) {
        for (const viewer of ['OpenSeadragon', 'Mirador']) {
          for (const size of sizes) {
            const steps = await session(browser, viewer, size, image, network);
            const result = { network, run, image, viewer, size, steps };
            results.push(result);
            if (rawOut) {
              appendFileSync(rawOut, `${JSON.stringify(result)}\n`);
            }
            console.error(`${network} run ${run} ${image} ${viewer} ${size}: ${steps.total.requests} requests, `
                + `${steps.total.bytes} bytes, ${steps.total.ms} ms`);
          }
        }
      }
    }
    printTable(network, results);
  }
} finally {
  await browser.close();
}
