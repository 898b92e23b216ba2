package be.foyer.housing.author;

import org.bson.Document;

import be.foyer.platform.domain.Author;

/**
 * How an author is kept in MongoDB, the same in every record of this service: {@code {id, name}}. Documents written
 * before authors had names hold a bare user id or username there: it is read as both id and name.
 */
public final class AuthorDocuments {

    private AuthorDocuments() {
    }

    public static Document toDocument(Author author) {
        return author == null ? null : new Document("id", author.id()).append("name", author.name());
    }

    /** The author kept in {@code field} of {@code document}, {@code null} when there is none. */
    public static Author toAuthor(Document document, String field) {
        Object stored = document.get(field);
        if (stored instanceof Document author) {
            return new Author(author.getString("id"), author.getString("name"));
        }
        return stored == null ? null : new Author(stored.toString(), stored.toString());
    }
}
