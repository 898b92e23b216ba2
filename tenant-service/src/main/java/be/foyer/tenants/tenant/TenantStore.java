package be.foyer.tenants.tenant;

import be.foyer.platform.outbox.OutboxCollection;
import be.foyer.events.tenants.ConsentPurpose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import be.foyer.events.EventEnvelope;
import be.foyer.platform.outbox.Outbox;
import be.foyer.platform.web.PageQuery;
import be.foyer.platform.web.PageResult;
import be.foyer.platform.mongo.AuthorDocuments;

/**
 * Tenant files in MongoDB, one document each with its pending events: every change and the events that report it
 * are one single-document write, guarded by the document's version.
 */
@Repository
@OutboxCollection(TenantStore.COLLECTION)
public class TenantStore {

    static final String COLLECTION = "tenants";

    /**
     * One field, {@code organisation␁last name␁first name␁id} (folded), that both selects an organisation's files (a
     * prefix) and orders them: a single-field index serves lists on any MongoDB, also on stores that ignore
     * compound indexes (mongo-java-server, which moreover uses an index only for a query on that field alone). Unique,
     * since it ends with the id; sparse, since erasure removes it and so takes the file out of every list.
     */
    static final String SORT_KEY = "sortKey";

    /** The fields erasure removes: everything that says who the person is or how to reach them. */
    private static final List<String> PERSONAL_FIELDS = List.of("firstName", "lastName", "preferredName",
            "searchName", "nameWords", SORT_KEY, "birthDate", "birthYear", "languages", "phone", "whatsApp", "household",
            "nationalRegisterNumber", "referentWorkers", "assignedVolunteers", "consents", "consentHistory", "relays");


    private final MongoCollection<Document> tenants;
    private final FollowedFiles followed;

    public TenantStore(MongoDatabase database, FollowedFiles followed) {
        this.tenants = database.getCollection(COLLECTION);
        this.followed = followed;
        tenants.createIndex(Indexes.ascending(SORT_KEY), new IndexOptions().unique(true).sparse(true));
        tenants.createIndex(Indexes.ascending("nameWords"));
        tenants.createIndex(Indexes.ascending("assignedVolunteers")); // a volunteer's list, on a real MongoDB
        addMissingSortKeys();
        addMissingFollowedFiles();
    }

    /** Files written before {@link FollowedFiles} existed: derive it once from them. */
    private void addMissingFollowedFiles() {
        if (followed.isEmpty()) {
            tenants.find(Filters.ne("erased", true)).forEach(document -> followed.changed(null, toTenant(document)));
        }
    }

    /** Files written before the sort key existed get it, so that lists keep showing them. */
    private void addMissingSortKeys() {
        for (Document document : tenants.find(Filters.and(Filters.exists(SORT_KEY, false), Filters.ne("erased", true)))) {
            Tenant tenant = toTenant(document);
            tenants.updateOne(Filters.eq("_id", tenant.id()), Updates.combine(
                    Updates.set(SORT_KEY, sortKey(tenant)), Updates.set("nameWords", tenant.profile().nameWords())));
        }
    }

    public void insert(Tenant tenant, List<EventEnvelope<?>> events) {
        Document document = new Document("_id", tenant.id())
                .append("organisation", tenant.organisation())
                .append("registeredOn", tenant.registeredOn().toString())
                .append("registeredBy", AuthorDocuments.write(tenant.registeredBy()))
                .append("registeredAt", Date.from(tenant.registeredAt()))
                .append("version", tenant.version());
        document.putAll(mutableFields(tenant));
        tenants.insertOne(document.append(Outbox.FIELD, Outbox.entries(events.toArray(EventEnvelope<?>[]::new))));
        followed.changed(null, tenant);
    }

    /**
     * Writes {@code after} over {@code before} with {@code events}, unless someone changed the file since
     * {@code before} was read.
     *
     * @return whether the write happened
     */
    public boolean update(Tenant before, Tenant after, List<EventEnvelope<?>> events) {
        List<Bson> changes = new ArrayList<>();
        mutableFields(after).forEach((field, value) -> changes.add(Updates.set(field, value)));
        changes.add(Updates.inc("version", 1L));
        if (!events.isEmpty()) {
            changes.add(Outbox.append(events.toArray(EventEnvelope<?>[]::new)));
        }
        boolean written = tenants.updateOne(current(before), Updates.combine(changes)).getModifiedCount() == 1;
        if (written) {
            followed.changed(before, after);
        }
        return written;
    }

    /** Removes the personal fields and marks the file erased, with its {@code TenantErased} event. */
    public boolean erase(Tenant before, LocalDate erasedOn, EventEnvelope<?> erased) {
        List<Bson> changes = new ArrayList<>();
        PERSONAL_FIELDS.forEach(field -> changes.add(Updates.unset(field)));
        changes.add(Updates.set("erased", true));
        changes.add(Updates.set("erasedOn", erasedOn.toString()));
        changes.add(Updates.inc("version", 1L));
        changes.add(Outbox.append(erased));
        boolean written = tenants.updateOne(current(before), Updates.combine(changes)).getModifiedCount() == 1;
        if (written) {
            followed.changed(before, null);
        }
        return written;
    }

    /** The tenant, if it exists in {@code organisation} and is not erased: anything else is as absent as none. */
    public Optional<Tenant> find(String organisation, String id) {
        return findAnywhere(id).filter(tenant -> organisation.equals(tenant.organisation()));
    }

    /**
     * @param nameTerms folded words that must all occur in the names; empty for all
     * @param status    {@code null} for any
     * @param volunteer only the tenants assigned to this username; {@code null} for all
     */
    public PageResult<Tenant> list(String organisation, List<String> nameTerms, TenantStatus status,
            String volunteer, Collection<String> leftOut, PageQuery page) {
        List<Bson> conditions = new ArrayList<>(List.of(inOrganisation(organisation)));
        if (!leftOut.isEmpty()) {
            conditions.add(Filters.nin("_id", leftOut));
        }
        nameTerms.forEach(term -> conditions.add(Filters.regex("searchName", Pattern.quote(term))));
        if (status != null) {
            conditions.add(Filters.eq("status", status.name()));
        }
        if (volunteer != null) {
            conditions.add(Filters.eq("assignedVolunteers", volunteer));
        }
        // alone, the sort key's range is a query the stand-in answers from its index too
        Bson filter = conditions.size() == 1 ? conditions.get(0) : Filters.and(conditions);
        List<Tenant> items = tenants.find(filter)
                .sort(Sorts.ascending(SORT_KEY))
                .skip(page.offset()).limit(page.size())
                .map(TenantStore::toTenant).into(new ArrayList<>());
        return PageResult.of(items, page, tenants.countDocuments(filter));
    }

    /** The files of {@code organisation} among {@code ids} (erased ones left out), in list order. */
    public List<Tenant> withIds(String organisation, Collection<String> ids) {
        // by id alone, which every store answers from the _id index; the organisation is checked on the few found
        return tenants.find(Filters.in("_id", ids)).into(new ArrayList<>()).stream()
                .filter(document -> organisation.equals(document.getString("organisation"))
                        && !document.getBoolean("erased", false))
                .map(TenantStore::toTenant).sorted(Comparator.comparing(TenantStore::sortKey)).toList();
    }

    /**
     * The files of {@code organisation} with a name word that begins with one of {@code words} (folded), at most
     * {@code limit}.
     */
    public List<Tenant> withNameWordsStartingWith(String organisation, Collection<String> words, int limit) {
        List<Bson> starts = words.stream().map(word -> Filters.regex("nameWords", "^" + Pattern.quote(word))).toList();
        return tenants.find(Filters.and(inOrganisation(organisation), Filters.or(starts)))
                .sort(Sorts.ascending(SORT_KEY)).limit(limit)
                .map(TenantStore::toTenant).into(new ArrayList<>());
    }

    /** The file with this id whatever its organisation, unless erased: for events, which name no organisation. */
    public Optional<Tenant> findAnywhere(String id) {
        // by _id alone, which every store answers from its primary index (the stand-in scans for any other key)
        return Optional.ofNullable(tenants.find(Filters.eq("_id", id)).first())
                .filter(document -> !document.getBoolean("erased", false)).map(TenantStore::toTenant);
    }

    private static Bson inOrganisation(String organisation) {
        return Filters.regex(SORT_KEY, "^" + literal(organisation) + Names.SORT_SEPARATOR);
    }

    /** {@code text} as a regular expression matching itself; not quoted, so that MongoDB sees a prefix to bound its scan. */
    private static String literal(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(Character.isLetterOrDigit(c) ? "" : "\\").append((char) c));
        return escaped.toString();
    }

    static String sortKey(Tenant tenant) {
        return tenant.organisation() + Names.SORT_SEPARATOR + tenant.profile().sortName() + Names.SORT_SEPARATOR
                + tenant.id();
    }

    private static Bson current(Tenant tenant) {
        return Filters.and(Filters.eq("_id", tenant.id()), Filters.eq("organisation", tenant.organisation()),
                Filters.eq("version", tenant.version()), Filters.ne("erased", true));
    }

    private static Document mutableFields(Tenant tenant) {
        TenantProfile profile = tenant.profile();
        Document consents = new Document();
        tenant.consents().forEach((purpose, consent) -> consents.append(purpose.name(), consentDocument(consent)));
        return new Document("firstName", profile.firstName())
                .append("lastName", profile.lastName())
                .append("preferredName", profile.preferredName())
                .append("searchName", profile.searchText())
                .append("nameWords", profile.nameWords())
                .append(SORT_KEY, sortKey(tenant))
                .append("birthDate", text(profile.birthDate()))
                .append("birthYear", profile.birthYear())
                .append("languages", profile.languages())
                .append("phone", profile.phone())
                .append("whatsApp", profile.whatsApp())
                .append("household", profile.household() == null ? null
                        : new Document("adults", profile.household().adults())
                                .append("children", profile.household().children()))
                .append("referentWorkers", profile.referentWorkers())
                .append("assignedVolunteers", profile.assignedVolunteers())
                .append("nationalRegisterNumber", tenant.sealedNationalRegisterNumber())
                .append("status", tenant.status().name())
                .append("statusHistory", tenant.statusHistory().stream().map(change -> new Document()
                        .append("status", change.status().name())
                        .append("changedOn", change.changedOn().toString())
                        .append("changedBy", AuthorDocuments.write(change.changedBy()))
                        .append("changedAt", Date.from(change.changedAt()))).toList())
                .append("consents", consents)
                .append("consentHistory", tenant.consentHistory().stream().map(TenantStore::consentDocument).toList())
                .append("relays", tenant.relays().stream().map(relay -> new Document("id", relay.id())
                        .append("service", relay.service().name())
                        .append("date", relay.date().toString())
                        .append("handoverUntil", text(relay.handoverUntil()))
                        .append("contact", relay.sealedContact())
                        .append("recordedBy", AuthorDocuments.write(relay.recordedBy()))
                        .append("recordedAt", Date.from(relay.recordedAt()))).toList())
                .append("runningTenancies", List.copyOf(tenant.runningTenancies()));
    }

    private static Document consentDocument(Consent consent) {
        return new Document("purpose", consent.purpose().name())
                .append("granted", consent.granted())
                .append("changedOn", consent.changedOn().toString())
                .append("recordedBy", AuthorDocuments.write(consent.recordedBy()))
                .append("recordedAt", Date.from(consent.recordedAt()));
    }

    private static Tenant toTenant(Document document) {
        Document household = document.get("household", Document.class);
        TenantProfile profile = new TenantProfile(
                document.getString("firstName"),
                document.getString("lastName"),
                document.getString("preferredName"),
                date(document.getString("birthDate")),
                document.getInteger("birthYear"),
                document.getList("languages", String.class, List.of()),
                document.getString("phone"),
                document.getString("whatsApp"),
                household == null ? null
                        : new Household(household.getInteger("adults", 0), household.getInteger("children", 0)),
                document.getList("referentWorkers", String.class, List.of()),
                document.getList("assignedVolunteers", String.class, List.of()));
        Map<ConsentPurpose, Consent> consents = new EnumMap<>(ConsentPurpose.class);
        Document stored = document.get("consents", new Document());
        stored.values().forEach(value -> {
            Consent consent = toConsent((Document) value);
            consents.put(consent.purpose(), consent);
        });
        return new Tenant(
                document.getString("_id"),
                document.getString("organisation"),
                profile,
                document.getString("nationalRegisterNumber"),
                document.getString("status") == null ? TenantStatus.STREET // files from before statuses existed
                        : TenantStatus.valueOf(document.getString("status")),
                document.getList("statusHistory", Document.class, List.of()).stream()
                        .map(change -> new StatusChange(TenantStatus.valueOf(change.getString("status")),
                                date(change.getString("changedOn")), AuthorDocuments.read(change.get("changedBy")),
                                change.getDate("changedAt").toInstant())).toList(),
                consents,
                document.getList("consentHistory", Document.class, List.of()).stream()
                        .map(TenantStore::toConsent).toList(),
                document.getList("relays", Document.class, List.of()).stream()
                        .map(relay -> new Relay(relay.getString("id"),
                                ReceivingService.valueOf(relay.getString("service")),
                                date(relay.getString("date")), date(relay.getString("handoverUntil")),
                                relay.getString("contact"), AuthorDocuments.read(relay.get("recordedBy")),
                                relay.getDate("recordedAt").toInstant())).toList(),
                Set.copyOf(document.getList("runningTenancies", String.class, List.of())),
                date(document.getString("registeredOn")),
                AuthorDocuments.read(document.get("registeredBy")),
                document.getDate("registeredAt").toInstant(),
                ((Number) document.get("version", 0L)).longValue());
    }

    private static Consent toConsent(Document consent) {
        return new Consent(ConsentPurpose.valueOf(consent.getString("purpose")), consent.getBoolean("granted", false),
                date(consent.getString("changedOn")), AuthorDocuments.read(consent.get("recordedBy")),
                consent.getDate("recordedAt").toInstant());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    // --- caseload (followup-api) ---

    /**
     * The files of {@code organisation} that {@code username} follows, not erased: their ids from
     * {@link FollowedFiles}, then the files by id, each checked to be followed still.
     *
     * @param asVolunteer whether they follow as an assigned volunteer, else as a referent worker
     */
    public List<Tenant> followedBy(String organisation, String username, boolean asVolunteer) {
        return withIds(organisation, followed.of(organisation, username, asVolunteer)).stream()
                .filter(tenant -> (asVolunteer ? tenant.profile().assignedVolunteers()
                        : tenant.profile().referentWorkers()).contains(username))
                .toList();
    }
}
