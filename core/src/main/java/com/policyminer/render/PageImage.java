package com.policyminer.render;

/**
 * One page as a PNG.
 *
 * @param png      the image
 * @param width    its width in pixels
 * @param height   its height in pixels
 * @param number   the physical page number, 1-based
 * @param label    the page number as printed on the page
 * @param cached   true when the render came from the cache
 * @param outlined how many rectangles outline the requested text span (0: none asked for, or none found)
 */
public record PageImage(byte[] png, int width, int height, int number, String label, boolean cached, int outlined) {
}
