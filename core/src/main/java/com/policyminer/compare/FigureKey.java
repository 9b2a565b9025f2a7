package com.policyminer.compare;

import java.util.Objects;

/** What a figure is compared by: its canonical subject, its indicator (by id) and its normalized unit. */
record FigureKey(String subject, ResolvedIndicator indicator, String unit) {
    @Override
    public boolean equals(Object o) {
        return o instanceof FigureKey k && subject.equals(k.subject) && indicator.id().equals(k.indicator.id())
                && unit.equals(k.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, indicator.id(), unit);
    }
}
