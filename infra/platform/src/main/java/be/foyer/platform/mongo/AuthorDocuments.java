package be.foyer.platform.mongo;

import org.bson.Document;

import be.foyer.platform.domain.Author;

/**
 * How every store keeps an {@link Author}: {@code {id, name}}. Records written before authors were kept so hold a
 * bare username or user id in the field: it is read as both id and name, so that they still read.
 */
public final class AuthorDocuments {

    private AuthorDocuments() {
    }

    public static Document write(Author author) {
        return author == null ? null : new Document("id", author.id()).append("name", author.name());
    }

    /** @param stored the field as read: a {@code {id, name}} document, a bare string from before, or {@code null} */
    public static Author read(Object stored) {
        if (stored instanceof Document document) {
            return new Author(document.getString("id"), document.getString("name"));
        }
        return stored == null ? null : new Author(stored.toString(), stored.toString());
    }
}
