package be.foyer.tenants.tenant;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Who in the organisation might already be the person about to be registered: a tenant one of whose name words
 * equals or begins with a word of a name given (accents and case ignored). The same birth date ranks first, then
 * the number of words given that match; the list order breaks ties.
 */
public record PossibleDuplicates(String firstName, String lastName, String preferredName, LocalDate birthDate) {

    public static final int MAX = 5;

    /** How many files with a matching word are ranked; enough for the few words typed before registering. */
    static final int CANDIDATES = 200;

    /** The distinct folded words of the names given. */
    public List<String> words() {
        return List.copyOf(new LinkedHashSet<>(Stream.of(firstName, lastName, preferredName)
                .filter(Objects::nonNull).flatMap(name -> Names.words(name).stream()).toList()));
    }

    /** The best {@link #MAX} of {@code candidates}, which arrive in list order. */
    List<Tenant> ranked(List<Tenant> candidates) {
        List<String> words = words();
        Comparator<Tenant> bySameBirth = Comparator.comparing(
                tenant -> birthDate == null || !birthDate.equals(tenant.profile().birthDate()));
        Comparator<Tenant> byWords = Comparator.comparingLong(tenant -> -matchingWords(words, tenant));
        return candidates.stream().sorted(bySameBirth.thenComparing(byWords)).limit(MAX).toList();
    }

    private static long matchingWords(List<String> words, Tenant tenant) {
        List<String> names = tenant.profile().nameWords();
        return words.stream().filter(word -> names.stream().anyMatch(name -> name.startsWith(word))).count();
    }
}
