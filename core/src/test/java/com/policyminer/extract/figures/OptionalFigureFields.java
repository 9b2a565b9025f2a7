package com.policyminer.extract.figures;

import com.policyminer.model.Figure;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads fields the {@link Figure} record may gain (issue 16: {@code subjectType}, {@code yearSource}) by
 * name, so a scorer can score them as soon as the model has them and say "not in the model" until then.
 * The only reflection in the scorers; once the fields exist, call their accessors here instead.
 */
public final class OptionalFigureFields {

    private OptionalFigureFields() {
    }

    /** True when the Figure record has a component of this name. */
    public static boolean has(String component) {
        return find(component).isPresent();
    }

    /** The component's value as text ("" for null), or empty when the record has no such component. */
    public static Optional<String> read(Figure f, String component) {
        return find(component).map(c -> {
            try {
                Object v = c.getAccessor().invoke(f);
                return v == null ? "" : v.toString();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read Figure." + component, e);
            }
        });
    }

    private static Optional<RecordComponent> find(String component) {
        return Arrays.stream(Figure.class.getRecordComponents()).filter(c -> c.getName().equals(component)).findFirst();
    }
}
