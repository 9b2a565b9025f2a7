package com.policyminer.index;

/** The snippet of text around a mention, stored with it: up to one sentence or 60 characters each side. */
public final class Context {

    private static final int RADIUS = 60;

    private Context() {
    }

    public static String around(String text, int start, int end) {
        int a = Math.max(0, start - RADIUS);
        for (int i = start - 1; i >= a; i--) {
            if ("。！？\n".indexOf(text.charAt(i)) >= 0) {
                a = i + 1;
                break;
            }
        }
        int b = Math.min(text.length(), end + RADIUS);
        for (int i = end; i < b; i++) {
            if ("。！？\n".indexOf(text.charAt(i)) >= 0) {
                b = i + 1;
                break;
            }
        }
        return text.substring(a, b).strip();
    }
}
