/**
 * The original pages of paged documents (PDF) as images: {@link com.policyminer.render.PageRenderer}
 * draws one page with PDFBox within a pixel cap and a deadline, {@link com.policyminer.render.RenderQueue}
 * runs it on a worker with a time limit, {@link com.policyminer.render.PageImageCache} keeps the
 * renders, {@link com.policyminer.render.PageOutline} finds where a text span lies on a page and
 * {@link com.policyminer.render.OutlinePainter} draws it. {@link com.policyminer.render.PageImages} is
 * the port the API and the CLI use; {@link com.policyminer.render.OriginalPages} implements it over
 * the corpus folder and the index.
 */
package com.policyminer.render;
