package be.foyer.web.support;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The one guard for who wrote something, in templates {@code ${@authors.name(entry.recordedBy)}}: the services
 * give an author's name in their fields ({@code recordedBy}, {@code changedBy}, ...), but records kept before carry
 * a bare user id there, and nobody reads a UUID. An id (or nothing) is shown as {@code common.author.someone}
 * ("une personne de l’équipe"); a name or a username as it is.
 */
@Component("authors")
public class AuthorNames {

    private static final Pattern UUID = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final Texts texts;

    AuthorNames(Texts texts) {
        this.texts = texts;
    }

    public String name(String author) {
        if (author == null || author.isBlank() || UUID.matcher(author.strip()).matches()) {
            return texts.of("common.author.someone");
        }
        return author.strip();
    }
}
