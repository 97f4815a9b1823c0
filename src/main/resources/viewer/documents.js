// What the viewer pages share: the document a page was asked to show, and how a page says what went wrong.

/**
 * The http(s) URL in the page's query parameter `name`, or null (and a message in the viewer's place) when there
 * is none. Other schemes (javascript:, data:) are refused: the URL becomes a link in the page.
 */
export function requestedDocument(name) {
  const value = new URLSearchParams(location.search).get(name);
  if (!value) {
    showProblem(`No document to show: open this page from the list of documents, or add ?${name}=URL.`);
    return null;
  }
  const url = parsedUrl(value);
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    showProblem(`Not an http(s) URL: ${value}`);
    return null;
  }
  const link = document.createElement('a');
  link.href = url.href;
  link.textContent = url.href;
  document.getElementById('document').append(link);
  return url.href;
}

function parsedUrl(text) {
  try {
    return new URL(text, location.href);
  } catch {
    return null;
  }
}

export function showProblem(text) {
  const problem = document.createElement('p');
  problem.className = 'problem';
  problem.textContent = text;
  document.getElementById('viewer').replaceChildren(problem);
}

/** A viewer page's URL for a document of this server, at `path` (as contents.json gives it). */
export function viewerLink(page, parameter, path) {
  return `${page}?${parameter}=${encodeURIComponent(new URL(path, location.origin).href)}`;
}
