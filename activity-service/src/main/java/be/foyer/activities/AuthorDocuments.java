package be.foyer.activities;

import org.bson.Document;

import be.foyer.platform.domain.Author;

/**
 * How every store of this service keeps an {@link Author}: {@code {id, name}}. Records written before kept a bare
 * user id or username in the same field; it reads as both the id and the name.
 */
public final class AuthorDocuments {

    private AuthorDocuments() {
    }

    public static Document of(Author author) {
        return author == null ? null : new Document("id", author.id()).append("name", author.name());
    }

    public static Author read(Object stored) {
        if (stored instanceof Document author) {
            return new Author(author.getString("id"), author.getString("name"));
        }
        return stored instanceof String bare ? new Author(bare, bare) : null;
    }
}
