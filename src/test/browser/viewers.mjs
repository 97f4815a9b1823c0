// Opens the served viewer pages in Chromium, as a person would, and prints one JSON report on stdout:
//   node viewers.mjs CHROMIUM VIEWER_URL IMAGE_SERVICE
// VIEWER_URL is the index page (/_viewer/ of `iiif-generator serve`), IMAGE_SERVICE the name it lists an image
// service under. From the index it opens (a) that image service in OpenSeadragon and (b) the collection in
// Mirador, then the collection's first manifest. The report has every HTTP response >= 400, every failed
// request and every uncaught page error, and for each viewer the images it loaded (their paths) and whether it
// drew them; for Mirador also the current canvas's line (position and label) and the table of contents.
// Uses the playwright-core of viewer/ (installed by the build) with the given browser: nothing is downloaded.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { chromium } = createRequire(new URL('../../../viewer/package.json', import.meta.url))('playwright-core');
const [executablePath, viewerUrl, imageService] = process.argv.slice(2);
const WAIT_MS = 30_000;

const report = { httpErrors: [], failedRequests: [], pageErrors: [] };

/** A page whose problems go to the report and whose image responses are counted, until it is closed. */
async function openPage(context) {
  const page = await context.newPage();
  const images = { loaded: 0, paths: [] };
  page.on('response', (response) => {
    if (response.status() >= 400) {
      report.httpErrors.push({ status: response.status(), url: response.url() });
    } else if (/\/default\.(jpg|webp)$/.test(new URL(response.url()).pathname)) {
      images.loaded += 1;
      images.paths.push(new URL(response.url()).pathname);
    }
  });
  page.on('requestfailed', (request) => {
    if (!page.isClosed()) {
      report.failedRequests.push({ url: request.url(), error: request.failure()?.errorText });
    }
  });
  page.on('pageerror', (error) => report.pageErrors.push(error.message));
  return { page, images };
}

/** Whether `condition` (run in the page) became true in time. */
async function eventually(page, condition, argument) {
  try {
    await page.waitForFunction(condition, argument, { timeout: WAIT_MS, polling: 250 });
    return true;
  } catch {
    return false;
  }
}

/** Run in the page: whether a canvas has an image on it (many distinct colours, not a blank or a flat fill). */
function canvasIsDrawn(selector) {
  const canvas = document.querySelector(selector);
  if (!canvas || canvas.width === 0 || canvas.height === 0) {
    return false;
  }
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const colours = new Set();
  const step = 4 * Math.max(1, Math.floor(data.length / 4 / 5000));
  for (let i = 0; i < data.length; i += step) {
    if (data[i + 3] > 0) {
      colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    }
  }
  return colours.size > 16;
}

async function openSeadragon(context) {
  const { page, images } = await openPage(context);
  await page.goto(viewerUrl);
  await page.locator('#image-services').getByRole('link', { name: imageService, exact: true }).click();
  const fullyLoaded = await eventually(page,
    () => window.openSeadragon?.world?.getItemAt(0)?.getFullyLoaded() === true);
  const drawn = await eventually(page, canvasIsDrawn, '#viewer canvas');
  const result = { url: page.url(), imagesLoaded: images.loaded, imagePaths: images.paths, fullyLoaded, drawn };
  await page.close();
  return result;
}

async function mirador(context) {
  const { page, images } = await openPage(context);
  await page.goto(viewerUrl);
  await page.locator('#collection a').first().click();
  await page.getByRole('button', { name: 'show collection' }).click();
  const manifest = page.getByRole('menuitem').first();
  const manifestLabel = (await manifest.textContent()).trim();
  await manifest.click();
  const thumbnailDrawn = await eventually(page, () => [
    ...document.querySelectorAll('.mirador-thumbnail-nav-canvas img'),
  ].some((img) => img.complete && img.naturalWidth > 0));
  const drawn = await eventually(page, canvasIsDrawn, '.mirador-osd-container canvas');
  const canvasInfo = (await page.locator('.mirador-osd-info').first().textContent()).trim();
  const result = {
    url: page.url(), manifestLabel, imagesLoaded: images.loaded, imagePaths: images.paths, thumbnailDrawn, drawn,
    canvasInfo, tableOfContents: await tableOfContents(page),
  };
  await page.close();
  return result;
}

/**
 * The labels of the table of contents as Mirador lists them in its sidebar's Index (every section expanded), or
 * an empty list when the manifest has none (Mirador then shows no "Table of contents" tab).
 */
async function tableOfContents(page) {
  await page.getByRole('button', { name: 'Toggle sidebar' }).click();
  await page.getByRole('tab', { name: 'Index' }).click();
  await page.getByRole('tab', { name: 'Item list' }).waitFor({ timeout: WAIT_MS });
  if (await page.getByRole('tab', { name: 'Table of contents' }).count() === 0) {
    return [];
  }
  await page.getByRole('tab', { name: 'Table of contents' }).click();
  const items = page.getByRole('treeitem');
  await items.first().waitFor({ timeout: WAIT_MS });
  // A collapsed section hides its sub-sections: expand each, as a reader would, until none is left collapsed.
  for (let expanded = 0; expanded < 50; expanded += 1) {
    const collapsed = page.locator('[role="treeitem"][aria-expanded="false"]');
    if (await collapsed.count() === 0) {
      break;
    }
    await collapsed.first().locator('svg').first().click();
  }
  return (await page.locator('[role="treeitem"] > *:first-child').allTextContents()).map((text) => text.trim());
}

const profile = mkdtempSync(join(tmpdir(), 'viewers-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1200, height: 800 },
});
try {
  report.openSeadragon = await openSeadragon(context);
  report.mirador = await mirador(context);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(report));
