package com.policyminer.extract.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short citations that stand for a full title cited before: an alias the text defines right after
 * the title (《…实施方案》(以下简称《方案》)) or a bare kind word (《纲要》, 《方案》) that refers to
 * the latest full title ending with it.
 */
final class BackReferences {

    private static final Pattern DEFINITION = Pattern.compile(
            "^\\s*[（(]\\s*(?:以下)?(?:简称|下称)\\s*[《“\"]([^》”\"）)]{1,12})[》”\"]\\s*[）)]");

    private final Map<String, String> defined = new HashMap<>();

    /** Records an alias defined right after a full title ending at {@code end}. */
    void defineAfter(String text, int end, String fullTitle) {
        Matcher m = DEFINITION.matcher(text).region(end, Math.min(text.length(), end + 30));
        if (m.lookingAt()) {
            defined.put(TitleNormalizer.normalize(m.group(1)), fullTitle);
        }
    }

    /** The full title a short citation stands for, given the full titles cited before it (in order). */
    Optional<String> resolve(String shortTitle, List<String> earlierFullTitles, boolean bareKindWord) {
        String full = defined.get(shortTitle);
        if (full != null) {
            return Optional.of(full);
        }
        if (!bareKindWord) {
            return Optional.empty();
        }
        for (int i = earlierFullTitles.size() - 1; i >= 0; i--) {
            if (earlierFullTitles.get(i).endsWith(shortTitle)) {
                return Optional.of(earlierFullTitles.get(i));
            }
        }
        return Optional.empty();
    }
}
