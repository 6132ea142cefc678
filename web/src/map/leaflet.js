// The parts of Leaflet that our maps use, from its ES module sources (leaflet is pinned exactly
// in package.json): the map with its drag, double-click, keyboard and touch-zoom handlers, the
// zoom and attribution controls, tile layers, markers with div icons, layer groups and bounds.
// vite.config.ts resolves `import … from 'leaflet'` here, so what no map of ours shows stays out
// of the bundle: GeoJSON, vector layers and their renderers, popups and tooltips, image and
// video overlays, the layers and scale controls, box zoom (Leaflet's ES build has them all, and
// registers most of them on the map as it loads). Whatever else is imported from 'leaflet'
// fails the build until it is exported here. Types still come from @types/leaflet.
export { Map, createMap as map } from 'leaflet/src/map/Map';
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.Keyboard';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import 'leaflet/src/map/handler/Map.TouchZoom';
import 'leaflet/src/control/Control.Zoom';
import 'leaflet/src/control/Control.Attribution';
export { TileLayer, tileLayer } from 'leaflet/src/layer/tile/TileLayer';
export { Marker, marker } from 'leaflet/src/layer/marker/Marker';
export { DivIcon, divIcon } from 'leaflet/src/layer/marker/DivIcon';
export { LayerGroup, layerGroup } from 'leaflet/src/layer/LayerGroup';
export { LatLngBounds, toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds';
export * as DomUtil from 'leaflet/src/dom/DomUtil';
