package be.foyer.web.reports;

/** The year of an annual report: the one asked for if it has begun (from 2020), else the current one. */
final class Years {

    static final int FIRST = 2020;

    private Years() {
    }

    static int chosen(Integer year) {
        int now = Months.current().getYear();
        return year == null || year < FIRST || year > now ? now : year;
    }
}
