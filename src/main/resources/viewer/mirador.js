// Opens the manifest or collection of the `manifest` parameter in Mirador. A collection opens its list of
// manifests; choosing one shows it with its canvases' thumbnails along the bottom.
import { requestedDocument } from './documents.js';

const manifest = requestedDocument('manifest');
if (manifest) {
  // Kept on window for the browser console: mirador.store holds the viewer's state.
  window.mirador = Mirador.viewer({
    id: 'viewer',
    windows: [{ manifestId: manifest, thumbnailNavigationPosition: 'far-bottom' }],
    // As in the OpenSeadragon page: drawn without a GPU too.
    osdConfig: { drawer: 'canvas' },
  });
}
