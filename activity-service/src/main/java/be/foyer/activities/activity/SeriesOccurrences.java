package be.foyer.activities.activity;

/**
 * What the occurrences of a series say to a change of the series. The occurrence feature keeps them (registrations,
 * capacity limits) and implements this; the activity feature asks through it and never reads their store, so the
 * dependency goes one way: occurrences depend on activities.
 */
public interface SeriesOccurrences {

    /**
     * Before the series changes: refuses (409) a change that would drop an occurrence holding registrations or set
     * the capacity below an occurrence's confirmed registrations; bounds the scheduled occurrences to a lower
     * capacity before the series gets it.
     */
    void prepare(Activity current, Activity changed);

    /** After the changed series is stored: a raised capacity lifts the limits an earlier lowering left. */
    void changed(Activity current, Activity changed);
}
