// Lists what the served folder holds (contents.json, read anew on every visit) with links that open each document
// in the bundled viewers: the collection and the manifests in Mirador, the image services in OpenSeadragon.
import { viewerLink } from './documents.js';

const main = document.getElementById('contents');

/** The text of a IIIF label: Presentation 3 language maps (first language) or a Presentation 2 string. */
function labelText(label) {
  if (!label || typeof label === 'string') {
    return label ?? '';
  }
  const values = Object.values(label)[0];
  return Array.isArray(values) ? values.join(' ') : '';
}

async function fetchJson(path) {
  const response = await fetch(path);
  if (!response.ok) {
    throw new Error(`${path}: HTTP ${response.status}`);
  }
  return response.json();
}

/** Labels of the collection's manifests, by the path their id ends with. */
function labelsByPath(collection) {
  const items = collection?.items ?? collection?.manifests ?? [];
  return items.map((item) => [new URL(item.id ?? item['@id']).pathname, labelText(item.label)]);
}

/** A titled list, with an id to link to (#collection, #manifests, #image-services). */
function section(id, title, entries, describe) {
  const part = document.createElement('section');
  part.id = id;
  const heading = document.createElement('h2');
  heading.textContent = `${title} (${entries.length})`;
  const list = document.createElement('ul');
  for (const entry of entries) {
    list.append(describe(entry));
  }
  part.append(heading, list);
  main.append(part);
}

/** One document: its name, opening it in a viewer, and a link to its JSON. */
function item(text, href, jsonPath) {
  const li = document.createElement('li');
  const open = document.createElement('a');
  open.href = href;
  open.textContent = text;
  const json = document.createElement('a');
  json.href = jsonPath;
  json.className = 'json';
  json.textContent = 'JSON';
  li.append(open, json);
  return li;
}

/**
 * Viewers load images from where the documents' ids say; a collection published for another base URL shows
 * only if that URL serves it too.
 */
function noteOtherBaseUrl(collection, path) {
  const id = new URL(collection.id ?? collection['@id']);
  if (id.origin === location.origin && id.pathname === path) {
    return;
  }
  const base = id.href.endsWith(path) ? id.href.slice(0, -path.length) : id.href;
  const note = document.createElement('p');
  note.className = 'note';
  note.textContent = `The documents were published for ${base}: `
    + 'viewers load their images from there, not from this server. To preview them here, publish again with '
    + `--base-url ${location.origin}.`;
  main.append(note);
}

async function show() {
  const contents = await fetchJson('contents.json');
  main.replaceChildren();
  let labels = [];
  if (contents.collection) {
    const collection = await fetchJson(contents.collection.path);
    noteOtherBaseUrl(collection, contents.collection.path);
    labels = labelsByPath(collection);
    section('collection', 'Collection', [contents.collection], (entry) => item(
      labelText(collection.label) || entry.name, viewerLink('mirador.html', 'manifest', entry.path), entry.path));
  }
  const labelOf = (entry) => labels.find(([path]) => path.endsWith(entry.path))?.[1];
  section('manifests', 'Manifests, in Mirador', contents.manifests, (entry) => item(
    [...new Set([labelOf(entry), entry.name])].filter(Boolean).join(' · '),
    viewerLink('mirador.html', 'manifest', entry.path), entry.path));
  section('image-services', 'Image services, in OpenSeadragon', contents.imageServices, (entry) => item(entry.name,
    viewerLink('openseadragon.html', 'image', entry.path), entry.path));
  if (!contents.collection && contents.manifests.length === 0 && contents.imageServices.length === 0) {
    main.prepend(Object.assign(document.createElement('p'), {
      className: 'note',
      textContent: 'No IIIF documents here: serve the output folder of a run (the --out of local).',
    }));
  }
}

show().catch((error) => {
  main.replaceChildren(Object.assign(document.createElement('p'), {
    className: 'note', textContent: `Could not list the documents: ${error.message}`,
  }));
});
