package com.policyminer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A TrueType font with Chinese glyphs on this machine, for rendering the benchmark's PDF corpus:
 * {@code $POLICYMINER_BENCH_FONT} when set, else the first of the Debian fonts we know (WenQuanYi
 * Micro Hei, which {@code .ci/run} installs; WenQuanYi Zen Hei; Droid Sans Fallback; AR PL). Only
 * fonts with TrueType outlines: PDFBox embeds subsets of those, not of CFF-based OpenType fonts
 * (Noto CJK). A collection (.ttc) is read by {@code TrueTypeCollection}.
 */
record CjkFontFile(Path path) {

    static final String ENV = "POLICYMINER_BENCH_FONT";

    static final List<Path> KNOWN = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc"));

    /** The font to use, or empty (with the places looked at in {@link #searched()}) when there is none. */
    static Optional<CjkFontFile> find() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env.strip());
            return Files.isReadable(p) ? Optional.of(new CjkFontFile(p)) : Optional.empty();
        }
        return KNOWN.stream().filter(Files::isReadable).findFirst().map(CjkFontFile::new);
    }

    /** Where {@link #find()} looks, for the message when it finds nothing. */
    static String searched() {
        List<String> s = new ArrayList<>();
        s.add("$" + ENV);
        KNOWN.forEach(p -> s.add(p.toString()));
        return String.join(", ", s);
    }

    boolean collection() {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }
}
