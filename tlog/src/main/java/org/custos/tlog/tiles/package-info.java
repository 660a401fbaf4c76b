/** C2SP tlog-tiles v0.1.0: tile coordinates and paths, tile production, tile-backed hash reading, entry bundles. */
package org.custos.tlog.tiles;
