// Opens the image service (info.json) of the `image` parameter in OpenSeadragon.
import { requestedDocument, showProblem } from './documents.js';

const image = requestedDocument('image');
if (image) {
  // Kept on window for the browser console (and the browser test): viewer.world, viewer.drawer.
  window.viewer = OpenSeadragon({
    id: 'viewer',
    prefixUrl: 'lib/openseadragon/images/',
    tileSources: image,
    // The canvas drawer works without a GPU (remote desktops, headless browsers), where WebGL draws nothing.
    drawer: 'canvas',
    // Tiles of another origin are read with CORS, as every published collection allows.
    crossOriginPolicy: 'Anonymous',
    showNavigator: true,
  });
  window.viewer.addHandler('open-failed', (event) => {
    showProblem(`OpenSeadragon could not open ${image}: ${event.message}`);
  });
}
