package com.policyminer.cli;

/** Turns highlighted HTML passages into terminal text: matches in 【】, entities unescaped. */
final class Terminal {

    private Terminal() {
    }

    static String marks(String html) {
        return html.replace("<mark>", "【").replace("</mark>", "】")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    }
}
