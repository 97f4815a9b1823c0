// Opens the image service (info.json) of the `image` parameter in OpenSeadragon.
import { requestedDocument, showProblem } from './documents.js';

const image = requestedDocument('image');
if (image) {
  // Kept on window for the browser console (and the browser test). Not window.viewer: that names the element
  // whose id is viewer until a script sets it.
  window.openSeadragon = OpenSeadragon({
    id: 'viewer',
    prefixUrl: 'lib/openseadragon/images/',
    tileSources: image,
    // The canvas drawer works without a GPU (remote desktops, headless browsers), where WebGL draws nothing.
    drawer: 'canvas',
    // Tiles of another origin are read with CORS, as every published collection allows.
    crossOriginPolicy: 'Anonymous',
    showNavigator: true,
  });
  window.openSeadragon.addHandler('open-failed', (event) => {
    showProblem(`OpenSeadragon could not open ${image}: ${event.message}`);
  });
}
