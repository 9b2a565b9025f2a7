package com.policyminer.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.policyminer.model.Figure;

/** A figure with the title and path of its document (the figure's fields are inlined in JSON). */
public record FigureHit(@JsonUnwrapped Figure figure, String docTitle, String docPath) {
}
