package com.policyminer.extract.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Classifies a 《》 title by how it ends (title-kinds.tsv): 方案, 纲要, 意见 … make a policy document;
 * 报告, 蓝皮书, 研究 a report; 报, 季报, 观察 a journal; anything else is a book.
 */
final class TitleKinds {

    /** A title's class. */
    record Kind(String kind, boolean isPolicy) {
    }

    private record Ending(String text, Kind kind) {
    }

    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]*[）)]$");
    private static final Kind BOOK = new Kind("book", false);

    private final List<Ending> endings;
    private final List<Ending> followers;

    private TitleKinds(List<Ending> endings, List<Ending> followers) {
        this.endings = List.copyOf(endings);
        this.followers = List.copyOf(followers);
    }

    static TitleKinds standard() {
        List<Ending> endings = new ArrayList<>();
        for (String[] row : PolicyData.rows("title-kinds.tsv")) {
            endings.add(new Ending(row[0], new Kind(row[1], row[2].equals("1"))));
        }
        endings.sort(Comparator.comparingInt((Ending e) -> e.text().length()).reversed());
        List<Ending> followers = new ArrayList<>();
        for (String[] row : PolicyData.rows("title-followers.tsv")) {
            followers.add(new Ending(row[0], new Kind(row[1], row[2].equals("1"))));
        }
        return new TitleKinds(endings, followers);
    }

    /** As {@link #classify(String)}, letting the word after 》 decide when the title itself does not. */
    Kind classify(String normalizedTitle, String text, int afterTitle) {
        Kind kind = classify(normalizedTitle);
        if (kind != BOOK) {
            return kind;
        }
        return followers.stream().filter(f -> text.startsWith(f.text(), afterTitle)).map(Ending::kind)
                .findFirst().orElse(BOOK);
    }

    Kind classify(String normalizedTitle) {
        String core = normalizedTitle;
        while (TRAILING_NOTE.matcher(core).find() && core.length() > 4) {
            core = TRAILING_NOTE.matcher(core).replaceFirst("");
        }
        for (Ending e : endings) {
            if (core.endsWith(e.text())) {
                return e.kind();
            }
        }
        return BOOK;
    }

    /** True for the bare kind words a text uses to refer back to a title: 方案, 纲要, 意见 … */
    boolean isBareKindWord(String normalizedTitle) {
        return endings.stream().anyMatch(e -> e.kind().isPolicy() && e.text().equals(normalizedTitle));
    }
}
