package com.policyminer.extract.figures;

import com.policyminer.extract.text.CharBuckets;

import java.util.List;
import java.util.function.Function;

/**
 * The units and multipliers of a {@link FigureVocabulary} by first character, each group longest
 * first as the vocabulary lists them: after every number the reader asks which unit follows, and
 * trying only the few that start with the next character gives the same answer as trying them all.
 */
final class UnitIndex {

    private final CharBuckets<FigureVocabulary.Unit> units;
    private final CharBuckets<FigureVocabulary.Multiplier> multipliers;

    UnitIndex(FigureVocabulary vocabulary) {
        this.units = CharBuckets.of(vocabulary.units(), u -> u.surface().charAt(0));
        this.multipliers = CharBuckets.of(vocabulary.multipliers(), m -> m.surface().charAt(0));
    }

    /** The longest unit written at {@code pos}, or null (as {@link FigureVocabulary#unitAt}). */
    FigureVocabulary.Unit unitAt(String text, int pos) {
        return firstAt(units, text, pos, FigureVocabulary.Unit::surface);
    }

    /** The longest multiplier written at {@code pos}, or null (as {@link FigureVocabulary#multiplierAt}). */
    FigureVocabulary.Multiplier multiplierAt(String text, int pos) {
        return firstAt(multipliers, text, pos, FigureVocabulary.Multiplier::surface);
    }

    /** The first item of its group (the longest, in vocabulary order) whose surface starts at {@code pos}. */
    private static <T> T firstAt(CharBuckets<T> buckets, String text, int pos, Function<T, String> surface) {
        if (pos < 0 || pos >= text.length()) {
            return null;
        }
        List<T> candidates = buckets.at(text.charAt(pos));
        for (int k = 0; k < candidates.size(); k++) {
            if (text.startsWith(surface.apply(candidates.get(k)), pos)) {
                return candidates.get(k);
            }
        }
        return null;
    }
}
