import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoGraticule10, geoNaturalEarth1, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';

/** A place to mark on the map. */
export interface MapPlace {
  readonly name: string;
  /** [longitude, latitude] in degrees. */
  readonly center: readonly [number, number];
}

export interface LocatorMap {
  readonly width: number;
  readonly height: number;
  /** Path data of the land (Natural Earth 1:110m, world-atlas). */
  readonly land: string;
  readonly graticule: string;
  readonly markers: readonly { name: string; x: number; y: number }[];
}

const WIDTH = 640;
const HEIGHT = 360;
/** Degrees of margin around the places, so a single sea still shows its coasts. */
const MARGIN = 14;

let land: GeoPermissibleObjects | undefined;

/** Natural Earth land at 1:110m from the world-atlas package: small enough for every card page. */
function worldLand(): GeoPermissibleObjects {
  if (!land) {
    const file = createRequire(import.meta.url).resolve('world-atlas/land-110m.json');
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ land: GeometryCollection }>;
    land = feature(topology, topology.objects.land);
  }
  return land;
}

/**
 * A locator map of the places, drawn at build time: the projection is fitted to the places'
 * surroundings and clipped to the frame, and coordinates are rounded, to keep the SVG light.
 */
export function locatorMap(places: readonly MapPlace[]): LocatorMap | undefined {
  if (places.length === 0) return undefined;
  // Projecting the world's land takes milliseconds, and many cards share their places (every
  // figure of an event, events in the same seas): each set of places is drawn once per build.
  const key = JSON.stringify(places.map((place) => [place.name, place.center]));
  let map = drawn.get(key);
  if (map === undefined) {
    map = draw(places);
    drawn.set(key, map);
  }
  return map;
}

const drawn = new Map<string, LocatorMap>();

function draw(places: readonly MapPlace[]): LocatorMap {
  // Longitudes unwrapped around the places' circular mean, so places on both sides of the
  // 180th meridian (Bering Sea at 178° W, North Pacific at 170° E) stay neighbours.
  const mean = circularMeanLongitude(places.map((place) => place.center[0]));
  const lons = places.map((place) => mean + (((place.center[0] - mean + 540) % 360) - 180));
  const lats = places.map((place) => place.center[1]);
  const [west, east] = [Math.min(...lons) - MARGIN, Math.max(...lons) + MARGIN];
  const [south, north] = [
    Math.max(Math.min(...lats) - MARGIN, -85),
    Math.min(Math.max(...lats) + MARGIN, 85),
  ];
  const frame: GeoPermissibleObjects = {
    type: 'MultiPoint',
    coordinates: [
      [west, south],
      [east, north],
      [west, north],
      [east, south],
    ],
  };
  const projection = geoNaturalEarth1()
    .rotate([-(west + east) / 2, 0])
    .fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [WIDTH, HEIGHT],
    ]);
  const path = geoPath(projection).digits(1);
  return {
    width: WIDTH,
    height: HEIGHT,
    land: path(worldLand()) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    markers: places.flatMap((place) => {
      const point = projection([place.center[0], place.center[1]]);
      return point ? [{ name: place.name, x: Math.round(point[0]), y: Math.round(point[1]) }] : [];
    }),
  };
}

/** Mean of angles on a circle, in degrees: the mean of 178° W and 170° E is 176° E, not 4° W. */
function circularMeanLongitude(lons: readonly number[]): number {
  const rad = Math.PI / 180;
  const x = lons.reduce((sum, lon) => sum + Math.cos(lon * rad), 0);
  const y = lons.reduce((sum, lon) => sum + Math.sin(lon * rad), 0);
  return Math.atan2(y, x) / rad;
}
