package be.foyer.web.reports;

/** The year of an annual report: the one asked for if it has begun (from 2020), else the current one. */
final class Years {

    static final int FIRST = 2020;

    private Years() {
    }

    /** The years a report may be asked for, the current one first. */
    static java.util.List<Integer> options() {
        java.util.List<Integer> years = new java.util.ArrayList<>();
        for (int year = Months.current().getYear(); year >= FIRST; year--) {
            years.add(year);
        }
        return years;
    }

    static int chosen(Integer year) {
        int now = Months.current().getYear();
        return year == null || year < FIRST || year > now ? now : year;
    }
}
